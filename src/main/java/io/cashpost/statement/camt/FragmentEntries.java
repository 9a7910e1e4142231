package io.cashpost.statement.camt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.cashpost.money.Money;

/**
 * Reads an entry from its elements by name, for every camt version: element names of an
 * {@code Ntry} have stayed stable from {@code .001.02} to {@code .001.13} and beyond, and
 * where a version moved something (status under {@code Cd}, party under {@code Pty}, the
 * detail amount out of {@code AmtDtls}) both places are looked at. It reads what
 * Prowide's model classes read, in a third of their time; a test proves both give the
 * same on every sample and corpus file.
 */
final class FragmentEntries {

	private static final String[] EXCHANGE_RATES = { "AmtDtls/InstdAmt/CcyXchg/XchgRate",
			"AmtDtls/TxAmt/CcyXchg/XchgRate", "AmtDtls/CntrValAmt/CcyXchg/XchgRate",
			"AmtDtls/AnncdPstngAmt/CcyXchg/XchgRate" };

	private FragmentEntries() {
	}

	static CamtEntry entry(XmlFragment ntry) {
		List<CamtEntry.Detail> details = new ArrayList<>();
		for (XmlFragment transaction : ntry.all("NtryDtls/TxDtls")) {
			details.add(detail(transaction));
		}
		return new CamtEntry(amount(ntry.at("Amt")), ntry.text("CdtDbtInd"), status(ntry),
				Boolean.parseBoolean(ntry.text("RvslInd")), date(ntry.at("BookgDt")), date(ntry.at("ValDt")),
				ntry.text("AcctSvcrRef"), transactionCode(ntry), amounts(ntry), details);
	}

	private static CamtEntry.Detail detail(XmlFragment tx) {
		Money amount = amount(tx.at("Amt"));
		if (amount == null) {
			amount = amount(tx.at("AmtDtls/TxAmt/Amt"));
		}
		List<String> creditorReferences = tx.texts("RmtInf/Strd/CdtrRefInf/Ref");
		List<String> referredDocuments = tx.texts("RmtInf/Strd/RfrdDocInf/Nb");
		return new CamtEntry.Detail(amount, tx.text("CdtDbtInd"), tx.text("Refs/AcctSvcrRef"),
				tx.text("Refs/EndToEndId"), tx.text("Refs/MndtId"), transactionCode(tx), partyName(tx, "Dbtr"),
				account(tx.at("RltdPties/DbtrAcct")), partyName(tx, "UltmtDbtr"), tx.texts("RmtInf/Ustrd"),
				creditorReferences, referredDocuments, firstText(tx, "RtrInf/Rsn/Cd", "RtrInf/Rsn/Prtry"), amounts(tx),
				FragmentRemittance.lines(tx));
	}

	private static String status(XmlFragment ntry) {
		XmlFragment status = ntry.at("Sts");
		if (status == null) {
			return null;
		}
		return status.children().isEmpty() ? status.text() : firstText(status, "Cd", "Prtry");
	}

	/** {@code Dbtr/Nm} up to version 7, {@code Dbtr/Pty/Nm} from version 8 on. */
	private static String partyName(XmlFragment tx, String party) {
		return firstText(tx, "RltdPties/" + party + "/Nm", "RltdPties/" + party + "/Pty/Nm");
	}

	static String account(XmlFragment account) {
		return (account != null) ? firstText(account, "Id/IBAN", "Id/Othr/Id") : null;
	}

	private static String transactionCode(XmlFragment element) {
		XmlFragment code = element.at("BkTxCd");
		if (code == null) {
			return null;
		}
		return CamtEntry.transactionCode(code.text("Domn/Cd"), code.text("Domn/Fmly/Cd"),
				code.text("Domn/Fmly/SubFmlyCd"), code.text("Prtry/Cd"));
	}

	private static CamtEntry.AmountDetails amounts(XmlFragment element) {
		Money instructed = amount(element.at("AmtDtls/InstdAmt/Amt"));
		String rate = firstText(element, EXCHANGE_RATES);
		return new CamtEntry.AmountDetails(instructed, (rate != null) ? decimal(rate) : null, charges(element));
	}

	/**
	 * Version 2 repeats {@code Chrgs}, one per charge; later versions hold one
	 * {@code Chrgs} with a total and {@code Rcrd} records. The total wins where sent.
	 */
	private static Money charges(XmlFragment element) {
		List<XmlFragment> charges = element.all("Chrgs");
		List<Money> records = new ArrayList<>();
		for (XmlFragment chrgs : charges) {
			Money total = amount(chrgs.at("TtlChrgsAndTaxAmt"));
			if (total != null) {
				return total;
			}
			addIfPresent(records, amount(chrgs.at("Amt")));
			for (XmlFragment record : chrgs.all("Rcrd")) {
				addIfPresent(records, amount(record.at("Amt")));
			}
		}
		return CamtEntry.sum(records);
	}

	private static void addIfPresent(List<Money> amounts, Money amount) {
		if (amount != null) {
			amounts.add(amount);
		}
	}

	static Money amount(XmlFragment amt) {
		if (amt == null || amt.text().isEmpty()) {
			return null;
		}
		return CamtEntry.money(amt.text(), amt.attribute("Ccy"));
	}

	/** {@code Dt} or {@code DtTm}: the date as the bank wrote it, offset ignored. */
	static LocalDate date(XmlFragment choice) {
		if (choice == null) {
			return null;
		}
		String text = firstText(choice, "Dt", "DtTm");
		if (text == null) {
			return null;
		}
		return LocalDate.parse((text.length() > 10) ? text.substring(0, 10) : text);
	}

	private static BigDecimal decimal(String text) {
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'" + text + "' is not a number");
		}
	}

	private static String firstText(XmlFragment element, String... paths) {
		for (String path : paths) {
			String text = element.text(path);
			if (text != null) {
				return text;
			}
		}
		return null;
	}

}
