package io.cashpost.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes small camt.053.001.08 statements for tests, with balances that add up unless
 * told otherwise.
 */
public final class CamtStatementBuilder {

	private final String statementId;

	private final List<String> entries = new ArrayList<>();

	private BigDecimal opening = new BigDecimal("10000.00");

	private BigDecimal credits = BigDecimal.ZERO;

	private BigDecimal debits = BigDecimal.ZERO;

	private BigDecimal closingOffset = BigDecimal.ZERO;

	private boolean intraday;

	private String createdAt = "2026-11-20T18:00:00+01:00";

	private CamtStatementBuilder(String statementId) {
		this.statementId = statementId;
	}

	public static CamtStatementBuilder statement(String statementId) {
		return new CamtStatementBuilder(statementId);
	}

	/** A credit with a structured creditor reference. */
	public CamtStatementBuilder creditWithReference(String ref, String amount, String debtor, String reference) {
		return entry(ref, amount, "CRDT", debtor, """
				<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>%s</Ref></CdtrRefInf></Strd>
				""".formatted(reference));
	}

	/** A credit with free remittance text. */
	public CamtStatementBuilder creditWithText(String ref, String amount, String debtor, String text) {
		return entry(ref, amount, "CRDT", debtor, "<Ustrd>" + text + "</Ustrd>");
	}

	/** A credit from the payer's IBAN, with free remittance text. */
	public CamtStatementBuilder creditFromAccount(String ref, String amount, String debtor, String iban, String text) {
		return entry(ref, amount, "CRDT", debtor, iban, "<Ustrd>" + text + "</Ustrd>");
	}

	public CamtStatementBuilder debit(String ref, String amount, String text) {
		return entry(ref, amount, "DBIT", "Lieferant AG", "<Ustrd>" + text + "</Ustrd>");
	}

	/**
	 * The bank returns the credit {@code originalRef}: a debit with {@code RvslInd}, the
	 * original's end-to-end id and a return reason such as {@code AC04}.
	 */
	CamtStatementBuilder returned(String ref, String amount, String originalRef, String reason) {
		this.debits = this.debits.add(new BigDecimal(amount));
		this.entries.add("""
				<Ntry>
				<Amt Ccy="EUR">%1$s</Amt><CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd><Sts><Cd>BOOK</Cd></Sts>
				<BookgDt><Dt>2026-11-20</Dt></BookgDt><ValDt><Dt>2026-11-20</Dt></ValDt>
				<AcctSvcrRef>%2$s</AcctSvcrRef>
				<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>RRTN</SubFmlyCd></Fmly></Domn></BkTxCd>
				<NtryDtls><TxDtls>
				<Refs><AcctSvcrRef>%2$s-1</AcctSvcrRef><EndToEndId>E2E-%3$s</EndToEndId></Refs>
				<Amt Ccy="EUR">%1$s</Amt><CdtDbtInd>DBIT</CdtDbtInd>
				<RmtInf><Ustrd>Rueckgabe %3$s</Ustrd></RmtInf>
				<RtrInf><Rsn><Cd>%4$s</Cd></Rsn></RtrInf>
				</TxDtls></NtryDtls>
				</Ntry>
				""".formatted(amount, ref, originalRef, reason));
		return this;
	}

	/** An intraday account report (camt.052.001.08) instead of a statement. */
	public CamtStatementBuilder intraday() {
		this.intraday = true;
		return this;
	}

	/** When the bank created the message: the same statement sent again differs here. */
	public CamtStatementBuilder createdAt(String createdAt) {
		this.createdAt = createdAt;
		return this;
	}

	/** Makes the closing balance wrong by this much. */
	public CamtStatementBuilder closingBalanceOffBy(String amount) {
		this.closingOffset = new BigDecimal(amount);
		return this;
	}

	public Path writeTo(Path dir, String fileName) {
		BigDecimal closing = this.opening.add(this.credits).subtract(this.debits).add(this.closingOffset);
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<Document xmlns="urn:iso:std:iso:20022:tech:xsd:%5$s">
				<%6$s>
				<GrpHdr><MsgId>MSG-%1$s</MsgId><CreDtTm>%8$s</CreDtTm></GrpHdr>
				<%7$s>
				<Id>%1$s</Id>
				<CreDtTm>%8$s</CreDtTm>
				<Acct><Id><IBAN>DE75512108001245126199</IBAN></Id><Ccy>EUR</Ccy></Acct>
				%2$s
				%3$s
				%4$s
				</%7$s>
				</%6$s>
				</Document>
				""".formatted(this.statementId, balance("OPBD", this.opening), balance("CLBD", closing),
				String.join("\n", this.entries), this.intraday ? "camt.052.001.08" : "camt.053.001.08",
				this.intraday ? "BkToCstmrAcctRpt" : "BkToCstmrStmt", this.intraday ? "Rpt" : "Stmt", this.createdAt);
		try {
			Files.createDirectories(dir);
			return Files.writeString(dir.resolve(fileName), xml, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private CamtStatementBuilder entry(String ref, String amount, String direction, String debtor, String remittance) {
		return entry(ref, amount, direction, debtor, null, remittance);
	}

	private CamtStatementBuilder entry(String ref, String amount, String direction, String debtor, String iban,
			String remittance) {
		String account = (iban != null) ? "<DbtrAcct><Id><IBAN>" + iban + "</IBAN></Id></DbtrAcct>" : "";
		BigDecimal value = new BigDecimal(amount);
		if (direction.equals("CRDT")) {
			this.credits = this.credits.add(value);
		}
		else {
			this.debits = this.debits.add(value);
		}
		this.entries.add("""
				<Ntry>
				<Amt Ccy="EUR">%1$s</Amt><CdtDbtInd>%2$s</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
				<BookgDt><Dt>2026-11-20</Dt></BookgDt><ValDt><Dt>2026-11-20</Dt></ValDt>
				<AcctSvcrRef>%3$s</AcctSvcrRef>
				<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
				<NtryDtls><TxDtls>
				<Refs><AcctSvcrRef>%3$s-1</AcctSvcrRef><EndToEndId>E2E-%3$s</EndToEndId></Refs>
				<Amt Ccy="EUR">%1$s</Amt><CdtDbtInd>%2$s</CdtDbtInd>
				<RltdPties><Dbtr><Pty><Nm>%4$s</Nm></Pty></Dbtr>%6$s</RltdPties>
				<RmtInf>%5$s</RmtInf>
				</TxDtls></NtryDtls>
				</Ntry>
				""".formatted(amount, direction, ref, debtor, remittance, account));
		return this;
	}

	private static String balance(String type, BigDecimal amount) {
		return """
				<Bal><Tp><CdOrPrtry><Cd>%s</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">%s</Amt><CdtDbtInd>%s</CdtDbtInd>
				<Dt><Dt>2026-11-20</Dt></Dt></Bal>""".formatted(type, amount.abs().toPlainString(),
				(amount.signum() < 0) ? "DBIT" : "CRDT");
	}

}
