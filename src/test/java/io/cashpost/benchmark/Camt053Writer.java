package io.cashpost.benchmark;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Writes a camt.053.001.08 file entry by entry, straight to disk, so that a statement of
 * a million entries needs no memory. The caller gives each statement's balances up front
 * (camt puts them before the entries) and makes them add up.
 */
public final class Camt053Writer implements Closeable {

	/** How much an entry carries besides what matching reads. */
	public enum Detail {

		/** Amount, dates, codes, references, payer and remittance: small test files. */
		COMPACT,
		/**
		 * Also what banks send with every SEPA credit: instructed amount, the payer's
		 * address and bank, the creditor, an additional entry text (about 1.3 KB per
		 * entry, as in real files).
		 */
		BANK

	}

	private final Writer out;

	private final Detail detail;

	private final StringBuilder buffer = new StringBuilder(4096);

	private Camt053Writer(Writer out, Detail detail) {
		this.out = out;
		this.detail = detail;
	}

	/** Opens the file and writes the message header, created on {@code date}. */
	public static Camt053Writer open(Path file, LocalDate date, Detail detail) {
		try {
			Camt053Writer writer = new Camt053Writer(
					new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16), detail);
			writer.out.write("""
					<?xml version="1.0" encoding="UTF-8"?>
					<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
					<BkToCstmrStmt>
					<GrpHdr><MsgId>BENCH-%1$s</MsgId><CreDtTm>%1$sT18:00:00+01:00</CreDtTm></GrpHdr>
					""".formatted(date));
			return writer;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts a statement of {@code account}; its entries must add up to the balances. */
	public void startStatement(String id, String account, String currency, LocalDate date, BigDecimal opening,
			BigDecimal closing) {
		write("<Stmt><Id>" + id + "</Id><CreDtTm>" + date + "T18:00:00+01:00</CreDtTm>\n" + "<Acct><Id><IBAN>" + account
				+ "</IBAN></Id><Ccy>" + currency + "</Ccy></Acct>\n" + balance("OPBD", opening, currency, date)
				+ balance("CLBD", closing, currency, date));
	}

	public void entry(StatementEntry entry) {
		this.buffer.setLength(0);
		String direction = (entry.amount().signum() < 0) ? "DBIT" : "CRDT";
		String amount = entry.amount().abs().setScale(2).toPlainString();
		String[] code = entry.code().split("/");
		this.buffer.append("<Ntry><Amt Ccy=\"")
			.append(entry.currency())
			.append("\">")
			.append(amount)
			.append("</Amt><CdtDbtInd>")
			.append(direction)
			.append("</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>\n<BookgDt><Dt>")
			.append(entry.valueDate())
			.append("</Dt></BookgDt><ValDt><Dt>")
			.append(entry.valueDate())
			.append("</Dt></ValDt><AcctSvcrRef>")
			.append(entry.ref())
			.append("</AcctSvcrRef>\n<BkTxCd><Domn><Cd>")
			.append(code[0])
			.append("</Cd><Fmly><Cd>")
			.append(code[1])
			.append("</Cd><SubFmlyCd>")
			.append(code[2])
			.append("</SubFmlyCd></Fmly></Domn></BkTxCd>\n<NtryDtls><TxDtls><Refs><AcctSvcrRef>")
			.append(entry.ref())
			.append("</AcctSvcrRef><EndToEndId>E2E-")
			.append(entry.ref())
			.append("</EndToEndId></Refs>\n<Amt Ccy=\"")
			.append(entry.currency())
			.append("\">")
			.append(amount)
			.append("</Amt><CdtDbtInd>")
			.append(direction)
			.append("</CdtDbtInd>");
		if (this.detail == Detail.BANK) {
			amountDetails(entry.currency(), amount);
		}
		parties(entry);
		this.buffer.append("<RmtInf>");
		remittance(entry);
		this.buffer.append("</RmtInf></TxDtls></NtryDtls>");
		if (this.detail == Detail.BANK) {
			this.buffer.append("\n<AddtlNtryInf>")
				.append((entry.amount().signum() < 0) ? "SEPA-Ueberweisung" : "SEPA-Gutschrift")
				.append("</AddtlNtryInf>");
		}
		this.buffer.append("</Ntry>\n");
		write(this.buffer);
	}

	public void endStatement() {
		write("</Stmt>\n");
	}

	@Override
	public void close() {
		try (this.out) {
			this.out.write("</BkToCstmrStmt>\n</Document>\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void amountDetails(String currency, String amount) {
		this.buffer.append("\n<AmtDtls><InstdAmt><Amt Ccy=\"")
			.append(currency)
			.append("\">")
			.append(amount)
			.append("</Amt></InstdAmt><TxAmt><Amt Ccy=\"")
			.append(currency)
			.append("\">")
			.append(amount)
			.append("</Amt></TxAmt></AmtDtls>\n");
	}

	private void parties(StatementEntry entry) {
		if (entry.debtorName() == null) {
			return;
		}
		String party = (entry.amount().signum() < 0) ? "Cdtr" : "Dbtr";
		this.buffer.append("<RltdPties><").append(party).append("><Pty><Nm>").append(xml(entry.debtorName()));
		if (this.detail == Detail.BANK) {
			this.buffer.append("</Nm><PstlAdr><StrtNm>Hauptstrasse</StrtNm><BldgNb>")
				.append(Math.floorMod(entry.ref().hashCode(), 200) + 1)
				.append("</BldgNb><PstCd>60311</PstCd><TwnNm>Frankfurt am Main</TwnNm><Ctry>DE</Ctry></PstlAdr>");
		}
		else {
			this.buffer.append("</Nm>");
		}
		this.buffer.append("</Pty></").append(party).append(">");
		if (entry.debtorIban() != null) {
			this.buffer.append("<")
				.append(party)
				.append("Acct><Id><IBAN>")
				.append(entry.debtorIban())
				.append("</IBAN></Id></")
				.append(party)
				.append("Acct>");
		}
		if (this.detail == Detail.BANK && party.equals("Dbtr")) {
			this.buffer.append("\n<Cdtr><Pty><Nm>Cashpost Demo GmbH</Nm></Pty></Cdtr>")
				.append("<CdtrAcct><Id><IBAN>DE75512108001245126199</IBAN></Id></CdtrAcct>");
		}
		this.buffer.append("</RltdPties>");
		if (this.detail == Detail.BANK) {
			this.buffer.append("\n<RltdAgts><DbtrAgt><FinInstnId><BICFI>COBADEFFXXX</BICFI></FinInstnId></DbtrAgt>")
				.append("</RltdAgts>\n");
		}
	}

	private void remittance(StatementEntry entry) {
		if (entry.text() != null) {
			this.buffer.append("<Ustrd>").append(xml(entry.text())).append("</Ustrd>");
		}
		if (!entry.lines().isEmpty()) {
			entry.lines().forEach((line) -> block(line, entry.currency()));
			return;
		}
		if (entry.creditorReference() == null && entry.documents().isEmpty()) {
			return;
		}
		this.buffer.append("<Strd>");
		for (String document : entry.documents()) {
			this.buffer.append("<RfrdDocInf><Tp><CdOrPrtry><Cd>CINV</Cd></CdOrPrtry></Tp><Nb>")
				.append(xml(document))
				.append("</Nb></RfrdDocInf>");
		}
		if (entry.creditorReference() != null) {
			this.buffer.append("<CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>")
				.append(xml(entry.creditorReference()))
				.append("</Ref></CdtrRefInf>");
		}
		this.buffer.append("</Strd>");
	}

	private void block(RemittanceBlock line, String currency) {
		this.buffer.append("<Strd><RfrdDocInf><Tp><CdOrPrtry><Cd>")
			.append(line.typeCode())
			.append("</Cd></CdOrPrtry></Tp><Nb>")
			.append(xml(line.number()))
			.append("</Nb></RfrdDocInf><RfrdDocAmt>");
		amount("DuePyblAmt", line.due(), currency);
		amount("CdtNoteAmt", line.creditNote(), currency);
		if (line.adjustment() != null) {
			this.buffer.append("<AdjstmntAmtAndRsn>");
			amount("Amt", line.adjustment(), currency);
			this.buffer.append("<CdtDbtInd>DBIT</CdtDbtInd>");
			if (line.reasonCode() != null) {
				this.buffer.append("<Rsn>").append(xml(line.reasonCode())).append("</Rsn>");
			}
			if (line.text() != null) {
				this.buffer.append("<AddtlInf>").append(xml(line.text())).append("</AddtlInf>");
			}
			this.buffer.append("</AdjstmntAmtAndRsn>");
		}
		amount("RmtdAmt", line.remitted(), currency);
		this.buffer.append("</RfrdDocAmt></Strd>");
	}

	private void amount(String element, BigDecimal amount, String currency) {
		if (amount != null) {
			this.buffer.append("<")
				.append(element)
				.append(" Ccy=\"")
				.append(currency)
				.append("\">")
				.append(amount.toPlainString())
				.append("</")
				.append(element)
				.append(">");
		}
	}

	private static String balance(String type, BigDecimal amount, String currency, LocalDate date) {
		return "<Bal><Tp><CdOrPrtry><Cd>" + type + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"" + currency + "\">"
				+ amount.abs().toPlainString() + "</Amt><CdtDbtInd>" + ((amount.signum() < 0) ? "DBIT" : "CRDT")
				+ "</CdtDbtInd><Dt><Dt>" + date + "</Dt></Dt></Bal>\n";
	}

	private void write(CharSequence text) {
		try {
			this.out.append(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

}
