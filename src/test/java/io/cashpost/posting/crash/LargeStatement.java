package io.cashpost.posting.crash;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated camt.053 statement of many entries and the invoices it pays. Every twenty
 * entries: fourteen pay an invoice in full, two pay half of one, two nobody can place,
 * one is an outgoing payment and one returns the full payment nineteen entries before.
 * Each invoice is paid by one entry only, so no decision depends on where a chunk (or a
 * crash) falls.
 */
final class LargeStatement {

	static final String ACCOUNT = "DE75512108001245126199";

	private final int entries;

	LargeStatement(int entries) {
		this.entries = entries;
	}

	/** What invoice {@code INV-i} is for; the test inserts the same figures in SQL. */
	static BigDecimal invoiceAmount(int i) {
		return BigDecimal.valueOf(10_000 + (i * 7919L) % 90_000, 2);
	}

	Path writeTo(Path file) {
		List<String> entryXml = new ArrayList<>(this.entries);
		BigDecimal balance = BigDecimal.ZERO;
		for (int i = 1; i <= this.entries; i++) {
			Entry entry = entry(i);
			balance = entry.credit() ? balance.add(entry.amount()) : balance.subtract(entry.amount());
			entryXml.add(entry.xml(i));
		}
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			out.write(header(balance));
			for (String xml : entryXml) {
				out.write(xml);
			}
			out.write("</Stmt>\n</BkToCstmrStmt>\n</Document>\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	private static Entry entry(int i) {
		int kind = i % 20;
		if (kind < 14) {
			return new Entry(true, false, invoiceAmount(i), "E2E-" + i,
					"<Strd><RfrdDocInf><Nb>" + number(i) + "</Nb></RfrdDocInf></Strd>");
		}
		if (kind < 16) {
			return new Entry(true, false,
					invoiceAmount(i).divide(BigDecimal.valueOf(2)).setScale(2, java.math.RoundingMode.DOWN), "E2E-" + i,
					"<Strd><RfrdDocInf><Nb>" + number(i) + "</Nb></RfrdDocInf></Strd>");
		}
		if (kind < 18) {
			return new Entry(true, false, BigDecimal.valueOf(1000 + i, 2), "E2E-" + i,
					"<Ustrd>Miete " + i + "</Ustrd>");
		}
		if (kind < 19) {
			return new Entry(false, false, BigDecimal.valueOf(5000 + i, 2), "E2E-" + i, "<Ustrd>Lieferant</Ustrd>");
		}
		return new Entry(false, true, invoiceAmount(i - 19), "E2E-" + (i - 19), "<Ustrd>AC04 Konto erloschen</Ustrd>");
	}

	static String number(int i) {
		return "INV-%06d".formatted(i);
	}

	private static String header(BigDecimal closing) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
				<BkToCstmrStmt>
				<GrpHdr><MsgId>MSG-CRASH</MsgId><CreDtTm>2026-11-20T18:00:00+01:00</CreDtTm></GrpHdr>
				<Stmt>
				<Id>CRASH-1</Id>
				<CreDtTm>2026-11-20T18:00:00+01:00</CreDtTm>
				<Acct><Id><IBAN>%s</IBAN></Id><Ccy>EUR</Ccy></Acct>
				<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">0.00</Amt><CdtDbtInd>CRDT</CdtDbtInd>
				<Dt><Dt>2026-11-20</Dt></Dt></Bal>
				<Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">%s</Amt><CdtDbtInd>%s</CdtDbtInd>
				<Dt><Dt>2026-11-20</Dt></Dt></Bal>
				""".formatted(ACCOUNT, closing.abs().toPlainString(), (closing.signum() < 0) ? "DBIT" : "CRDT");
	}

	private record Entry(boolean credit, boolean reversal, BigDecimal amount, String endToEndId, String remittance) {

		String xml(int i) {
			String direction = this.credit ? "CRDT" : "DBIT";
			return """
					<Ntry>
					<Amt Ccy="EUR">%1$s</Amt><CdtDbtInd>%2$s</CdtDbtInd>%3$s<Sts><Cd>BOOK</Cd></Sts>
					<BookgDt><Dt>2026-11-20</Dt></BookgDt><ValDt><Dt>2026-11-20</Dt></ValDt>
					<AcctSvcrRef>R%4$d</AcctSvcrRef>
					<NtryDtls><TxDtls>
					<Refs><AcctSvcrRef>R%4$d-1</AcctSvcrRef><EndToEndId>%5$s</EndToEndId></Refs>
					<Amt Ccy="EUR">%1$s</Amt><CdtDbtInd>%2$s</CdtDbtInd>
					<RltdPties><Dbtr><Pty><Nm>Payer %4$d</Nm></Pty></Dbtr></RltdPties>
					<RmtInf>%6$s</RmtInf>
					</TxDtls></NtryDtls>
					</Ntry>
					""".formatted(this.amount.toPlainString(), direction,
					this.reversal ? "<RvslInd>true</RvslInd>" : "", i, this.endToEndId, this.remittance);
		}

	}

}
