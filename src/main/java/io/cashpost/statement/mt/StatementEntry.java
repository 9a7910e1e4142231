package io.cashpost.statement.mt;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Set;

import io.cashpost.money.Money;
import io.cashpost.statement.BankTransaction;
import io.cashpost.statement.EntryStatus;
import io.cashpost.statement.RemittanceInfo;

/**
 * A statement line (field 61) with what field 86 says about it, as a
 * {@link BankTransaction}.
 * <ul>
 * <li>The bank reference after {@code //} is the entry reference.</li>
 * <li>The end-to-end id comes from field 86; failing that, from the customer reference,
 * which banks fill with the account owner's reference, unless it is a placeholder
 * ({@code NONREF}, ING's {@code EREF}), has no digit, or is an IBAN.</li>
 * <li>The debtor is the other party: the payer of a credit, the payee of a debit. Where
 * field 86 does not name it, Dutch banks put its IBAN in the customer reference or the
 * supplementary details, and its name in the latter.</li>
 * <li>An entry without entry date is booked on its value date.</li>
 * <li>MT942 entries are information: the end-of-day MT940 books them.</li>
 * </ul>
 */
final class StatementEntry {

	private static final Set<String> PLACEHOLDERS = Set.of("EREF", "PREF", "KREF", "KREF+", "MARF", "NOTPROVIDED",
			"NONE", "NOREF", "NON REF");

	private StatementEntry() {
	}

	static BankTransaction toTransaction(Context context, StatementLine line, OwnerInformation information) {
		OwnerInformation complete = withFallbacks(line, information);
		return BankTransaction.builder()
			.statementRef(context.statementRef())
			.entryIndex(context.entryIndex())
			.line(context.line())
			.entryRef(line.bankReference())
			.endToEndId(complete.endToEndId())
			.account(context.account())
			.amount(new Money(context.amount(), context.currency()))
			.bookingDate((line.entryDate() != null) ? line.entryDate() : line.valueDate())
			.valueDate(line.valueDate())
			.status(context.status())
			.reversal(line.reversal())
			.bankTransactionCode(line.type())
			.debtorName(complete.counterpartyName())
			.debtorAccount(complete.counterpartyAccount())
			.remittance(new RemittanceInfo(complete.remittance(), complete.creditorReference(), List.of()))
			.details(details(complete))
			.build();
	}

	/**
	 * Where the transaction stands in its file.
	 *
	 * @param statementRef the statement's reference
	 * @param account the statement's account
	 * @param currency the account's currency
	 * @param entryIndex 1-based position of the entry in the file
	 * @param line line of the statement line
	 * @param amount the signed amount in the account's scale
	 * @param status booked, or information in an MT942 report
	 */
	record Context(String statementRef, String account, Currency currency, int entryIndex, long line, BigDecimal amount,
			EntryStatus status) {

	}

	/** Expected entries are pending; an MT942 report's entries information. */
	static EntryStatus status(boolean report, StatementLine line) {
		if (line.expected()) {
			return EntryStatus.PENDING;
		}
		return report ? EntryStatus.INFO : EntryStatus.BOOKED;
	}

	private static OwnerInformation withFallbacks(StatementLine line, OwnerInformation information) {
		String customer = line.customerReference();
		String supplementary = line.supplementary();
		boolean customerIsIban = customer != null && Accounts.isIban(customer);
		boolean needsAmounts = supplementary != null && supplementary.contains("/");
		if (information.endToEndId() != null && information.counterpartyAccount() != null && !needsAmounts) {
			return information;
		}
		OwnerInformation.Builder builder = information.toBuilder();
		if (looksLikeReference(customer) && !customerIsIban) {
			builder.endToEndId(customer);
		}
		if (customerIsIban) {
			builder.counterpartyAccount(customer);
			builder.counterpartyName(supplementary);
		}
		else if (supplementary != null && Accounts.isIban(firstWord(supplementary))) {
			builder.counterpartyAccount(firstWord(supplementary));
		}
		if (needsAmounts) {
			SlashCodes.amounts(supplementary, builder);
		}
		return builder.build();
	}

	/**
	 * A customer reference worth keeping: not a placeholder, with a digit, not a column
	 * of padded text (old Rabobank files put the payee's name there).
	 */
	private static boolean looksLikeReference(String customer) {
		return customer != null && !PLACEHOLDERS.contains(customer) && !customer.contains("  ")
				&& customer.chars().anyMatch(Character::isDigit);
	}

	private static String firstWord(String text) {
		int space = text.indexOf(' ');
		return (space < 0) ? text : text.substring(0, space);
	}

	private static BankTransaction.Details details(OwnerInformation information) {
		return new BankTransaction.Details(information.mandateId(), information.ultimateDebtorName(),
				information.returnReason(), information.instructedAmount(), information.charges(),
				information.exchangeRate());
	}

}
