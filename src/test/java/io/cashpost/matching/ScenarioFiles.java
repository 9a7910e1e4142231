package io.cashpost.matching;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cashpost.matching.MatchingScenario.Customer;
import io.cashpost.matching.MatchingScenario.Entry;
import io.cashpost.matching.MatchingScenario.GeneratedInvoice;

/**
 * Writes a scenario as the real pipeline takes it: the ERP's invoice CSV and one
 * camt.053.001.08 file per day, with a statement per account whose balances add up.
 */
final class ScenarioFiles {

	private ScenarioFiles() {
	}

	static Path invoicesCsv(MatchingScenario scenario, Path dir) {
		Map<String, Customer> customers = new LinkedHashMap<>();
		scenario.customers().forEach((customer) -> customers.put(customer.id(), customer));
		Path file = dir.resolve("invoices.csv");
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("invoice_number,customer_id,customer_name,currency,amount,issue_date,due_date,open_amount,"
					+ "discount_percent,discount_until,customer_iban,payment_reference\n");
			for (GeneratedInvoice invoice : scenario.invoices()) {
				Customer customer = customers.get(invoice.customerId());
				out.write(String.join(",", invoice.number(), customer.id(), quoted(customer.name()), invoice.currency(),
						invoice.amount().toPlainString(), invoice.issueDate().toString(), invoice.dueDate().toString(),
						"", plain(invoice.discountPercent()),
						(invoice.discountUntil() != null) ? invoice.discountUntil().toString() : "",
						orEmpty(customer.importedIban()), orEmpty(invoice.paymentReference())));
				out.write('\n');
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/**
	 * One camt.053 file per day; our second EUR account always gets a statement on day 1.
	 */
	static List<Path> statements(MatchingScenario scenario, Path dir) {
		List<Path> files = new ArrayList<>();
		for (int day = 1; day <= 2; day++) {
			Map<String, List<Entry>> byAccount = new LinkedHashMap<>();
			if (day == 1) {
				byAccount.put(scenario.ownAccounts().get("EUR2"), new ArrayList<>());
			}
			for (Entry entry : scenario.entries()) {
				if (entry.day() == day) {
					byAccount.computeIfAbsent(scenario.ownAccounts().get(entry.currency()), (a) -> new ArrayList<>())
						.add(entry);
				}
			}
			Path file = dir.resolve("statement-day-" + day + ".xml");
			write(file, day, byAccount, scenario);
			files.add(file);
		}
		return files;
	}

	private static void write(Path file, int day, Map<String, List<Entry>> byAccount, MatchingScenario scenario) {
		String date = (day == 1) ? MatchingCaseGenerator.DAY_1.toString() : MatchingCaseGenerator.DAY_2.toString();
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write("""
					<?xml version="1.0" encoding="UTF-8"?>
					<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
					<BkToCstmrStmt>
					<GrpHdr><MsgId>BENCH-%1$s</MsgId><CreDtTm>%1$sT18:00:00+01:00</CreDtTm></GrpHdr>
					""".formatted(date));
			for (Map.Entry<String, List<Entry>> account : byAccount.entrySet()) {
				String currency = scenario.ownAccounts().get("USD").equals(account.getKey()) ? "USD" : "EUR";
				statement(out, "STMT-" + date + "-" + account.getKey(), account.getKey(), currency, date,
						account.getValue());
			}
			out.write("</BkToCstmrStmt>\n</Document>\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void statement(BufferedWriter out, String id, String account, String currency, String date,
			List<Entry> entries) throws IOException {
		BigDecimal opening = new BigDecimal("100000.00");
		BigDecimal closing = opening;
		for (Entry entry : entries) {
			closing = closing.add(entry.amount());
		}
		out.write("<Stmt><Id>" + id + "</Id><CreDtTm>" + date + "T18:00:00+01:00</CreDtTm>\n");
		out.write("<Acct><Id><IBAN>" + account + "</IBAN></Id><Ccy>" + currency + "</Ccy></Acct>\n");
		out.write(balance("OPBD", opening, currency, date));
		out.write(balance("CLBD", closing, currency, date));
		for (Entry entry : entries) {
			out.write(entry(entry));
		}
		out.write("</Stmt>\n");
	}

	private static String entry(Entry entry) {
		String direction = (entry.amount().signum() < 0) ? "DBIT" : "CRDT";
		String amount = entry.amount().abs().setScale(2).toPlainString();
		String[] code = entry.code().split("/");
		StringBuilder remittance = new StringBuilder();
		if (entry.text() != null) {
			remittance.append("<Ustrd>").append(xml(entry.text())).append("</Ustrd>");
		}
		if (entry.creditorReference() != null || !entry.documents().isEmpty()) {
			remittance.append("<Strd>");
			for (String document : entry.documents()) {
				remittance.append("<RfrdDocInf><Tp><CdOrPrtry><Cd>CINV</Cd></CdOrPrtry></Tp><Nb>")
					.append(xml(document))
					.append("</Nb></RfrdDocInf>");
			}
			if (entry.creditorReference() != null) {
				remittance.append("<CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>")
					.append(xml(entry.creditorReference()))
					.append("</Ref></CdtrRefInf>");
			}
			remittance.append("</Strd>");
		}
		String party = (entry.amount().signum() < 0) ? "Cdtr" : "Dbtr";
		String parties = (entry.debtorName() == null) ? "" : "<RltdPties><" + party + "><Pty><Nm>"
				+ xml(entry.debtorName()) + "</Nm></Pty></" + party + ">"
				+ ((entry.debtorIban() != null)
						? "<" + party + "Acct><Id><IBAN>" + entry.debtorIban() + "</IBAN></Id></" + party + "Acct>"
						: "")
				+ "</RltdPties>";
		return """
				<Ntry><Amt Ccy="%1$s">%2$s</Amt><CdtDbtInd>%3$s</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
				<BookgDt><Dt>%4$s</Dt></BookgDt><ValDt><Dt>%4$s</Dt></ValDt><AcctSvcrRef>%5$s</AcctSvcrRef>
				<BkTxCd><Domn><Cd>%6$s</Cd><Fmly><Cd>%7$s</Cd><SubFmlyCd>%8$s</SubFmlyCd></Fmly></Domn></BkTxCd>
				<NtryDtls><TxDtls><Refs><AcctSvcrRef>%5$s</AcctSvcrRef><EndToEndId>E2E-%5$s</EndToEndId></Refs>
				<Amt Ccy="%1$s">%2$s</Amt><CdtDbtInd>%3$s</CdtDbtInd>%9$s<RmtInf>%10$s</RmtInf></TxDtls></NtryDtls></Ntry>
				"""
			.formatted(entry.currency(), amount, direction, entry.valueDate(), entry.ref(), code[0], code[1], code[2],
					parties, remittance);
	}

	private static String balance(String type, BigDecimal amount, String currency, String date) {
		return "<Bal><Tp><CdOrPrtry><Cd>" + type + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"" + currency + "\">"
				+ amount.abs().toPlainString() + "</Amt><CdtDbtInd>" + ((amount.signum() < 0) ? "DBIT" : "CRDT")
				+ "</CdtDbtInd><Dt><Dt>" + date + "</Dt></Dt></Bal>\n";
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	private static String plain(BigDecimal value) {
		return (value != null) ? value.toPlainString() : "";
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
