package io.cashpost.statement.camt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.cashpost.money.Money;
import io.cashpost.statement.RemittanceLine;

/**
 * What one {@code Ntry} says, as sent and whatever the message version: the common ground
 * between the Prowide model classes and the version-agnostic element mapping.
 * {@link EntryTransactions} turns it into transactions, once for every version.
 *
 * @param amount {@code Amt}, unsigned, or null when missing
 * @param creditDebit {@code CdtDbtInd}: {@code CRDT} or {@code DBIT}
 * @param status {@code Sts} (or {@code Sts/Cd}, {@code Sts/Prtry}), or null when missing
 * @param reversal {@code RvslInd}
 * @param bookingDate {@code BookgDt}, its date part
 * @param valueDate {@code ValDt}, its date part
 * @param accountServicerRef {@code AcctSvcrRef}
 * @param bankTransactionCode {@code BkTxCd} as {@code Domn/Fmly/SubFmly}, else its
 * proprietary code
 * @param amounts {@code AmtDtls} and {@code Chrgs} of the entry
 * @param details every {@code NtryDtls/TxDtls}, in document order
 */
record CamtEntry(Money amount, String creditDebit, String status, boolean reversal, LocalDate bookingDate,
		LocalDate valueDate, String accountServicerRef, String bankTransactionCode, AmountDetails amounts,
		List<Detail> details) {

	CamtEntry {
		amounts = (amounts != null) ? amounts : AmountDetails.NONE;
		details = List.copyOf(details);
	}

	/**
	 * One {@code TxDtls}.
	 *
	 * @param amount {@code Amt} (from version 3 on), else {@code AmtDtls/TxAmt/Amt}, or
	 * null
	 * @param creditDebit {@code CdtDbtInd} of the detail, or null (then the entry's)
	 * @param accountServicerRef {@code Refs/AcctSvcrRef}
	 * @param endToEndId {@code Refs/EndToEndId} as sent
	 * @param mandateId {@code Refs/MndtId}
	 * @param bankTransactionCode {@code BkTxCd} of the detail
	 * @param debtorName {@code RltdPties/Dbtr} name
	 * @param debtorAccount {@code RltdPties/DbtrAcct}: IBAN, else other id
	 * @param ultimateDebtorName {@code RltdPties/UltmtDbtr} name
	 * @param unstructured {@code RmtInf/Ustrd}
	 * @param creditorReferences every {@code RmtInf/Strd/CdtrRefInf/Ref}
	 * @param referredDocuments every {@code RmtInf/Strd/RfrdDocInf/Nb}
	 * @param returnReason {@code RtrInf/Rsn/Cd}, else {@code Prtry}
	 * @param amounts {@code AmtDtls} and {@code Chrgs} of the detail
	 * @param remittanceLines every {@code RmtInf/Strd} that names a document or carries
	 * amounts, in document order
	 */
	record Detail(Money amount, String creditDebit, String accountServicerRef, String endToEndId, String mandateId,
			String bankTransactionCode, String debtorName, String debtorAccount, String ultimateDebtorName,
			List<String> unstructured, List<String> creditorReferences, List<String> referredDocuments,
			String returnReason, AmountDetails amounts, List<RemittanceLine> remittanceLines) {

		Detail {
			unstructured = List.copyOf(unstructured);
			creditorReferences = List.copyOf(creditorReferences);
			referredDocuments = List.copyOf(referredDocuments);
			amounts = (amounts != null) ? amounts : AmountDetails.NONE;
			remittanceLines = (remittanceLines != null) ? List.copyOf(remittanceLines) : List.of();
		}

	}

	/**
	 * Amount details and charges.
	 *
	 * @param instructed {@code AmtDtls/InstdAmt/Amt}
	 * @param exchangeRate the first {@code AmtDtls/.../CcyXchg/XchgRate}
	 * @param charges {@code Chrgs}: the total charges and taxes, else the sum of the
	 * charge records
	 */
	record AmountDetails(Money instructed, BigDecimal exchangeRate, Money charges) {

		static final AmountDetails NONE = new AmountDetails(null, null, null);

	}

	/** An amount with its {@code Ccy} attribute; null when the amount is missing. */
	static Money money(BigDecimal value, String currency) {
		if (value == null) {
			return null;
		}
		if (currency == null || currency.isBlank()) {
			throw new IllegalArgumentException("amount " + value.toPlainString() + " has no currency (Ccy)");
		}
		try {
			return Money.of(value, currency.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("unknown currency '" + currency + "'");
		}
	}

	/** Parses an amount the way the schema writes it; never through double. */
	static Money money(String value, String currency) {
		if (value == null) {
			return null;
		}
		try {
			return money(new BigDecimal(value), currency);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("'" + value + "' is not an amount");
		}
	}

	/**
	 * A bank transaction code as one string: {@code PMNT/RCDT/ESCT} from the ISO domain,
	 * else the bank's proprietary code.
	 */
	static String transactionCode(String domain, String family, String subFamily, String proprietary) {
		if (domain != null) {
			StringBuilder code = new StringBuilder(domain);
			if (family != null) {
				code.append('/').append(family);
				if (subFamily != null) {
					code.append('/').append(subFamily);
				}
			}
			return code.toString();
		}
		return proprietary;
	}

	/** Sum of charge amounts, null when there are none. */
	static Money sum(List<Money> amounts) {
		Money total = null;
		for (Money amount : amounts) {
			total = (total != null) ? total.plus(amount) : amount;
		}
		return total;
	}

}
