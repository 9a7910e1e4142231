package io.cashpost.statement.camt;

import java.util.ArrayList;
import java.util.List;

import io.cashpost.reference.CreditorReference;
import io.cashpost.money.Money;
import io.cashpost.statement.BankTransaction;
import io.cashpost.statement.EntryStatus;
import io.cashpost.statement.RemittanceInfo;
import io.cashpost.statement.RemittanceLine;

/**
 * Turns an entry into transactions, the same way for every camt version: signs amounts,
 * splits batch entries into one transaction per detail, checks creditor references.
 */
final class EntryTransactions {

	private static final String NOT_PROVIDED = "NOTPROVIDED";

	private EntryTransactions() {
	}

	/**
	 * Where an entry sits.
	 *
	 * @param statementRef the statement's {@code Id}
	 * @param account the statement's account
	 * @param entryIndex 1-based position of the entry in the file
	 * @param line line where the entry starts
	 */
	record Position(String statementRef, String account, int entryIndex, long line) {

	}

	/** The status an entry states; see {@code CamtReader} for an entry without one. */
	static EntryStatus status(String status) {
		return switch (status) {
			case "BOOK" -> EntryStatus.BOOKED;
			// FUTR: booked by the bank with a future value date, not yet money on the
			// account.
			case "PDNG", "FUTR" -> EntryStatus.PENDING;
			case "INFO" -> EntryStatus.INFO;
			default -> throw new IllegalArgumentException("unknown entry status '" + status + "'");
		};
	}

	/** The entry's amount, positive for a credit and negative for a debit. */
	static Money signedAmount(CamtEntry entry) {
		if (entry.amount() == null) {
			throw new IllegalArgumentException("the entry has no amount (Amt)");
		}
		return signed(entry.amount(), entry.creditDebit(), "the entry");
	}

	/**
	 * The entry's transactions.
	 * @param status the entry's status: what it states, or what the reader decided for an
	 * entry without one
	 */
	static List<BankTransaction> transactions(CamtEntry entry, Position position, EntryStatus status) {
		Money entryAmount = signedAmount(entry);
		List<CamtEntry.Detail> details = entry.details();
		if (details.size() <= 1) {
			// One detail or none: the entry amount is what the bank booked, whatever the
			// detail says (it may be gross of charges or in the payer's currency).
			CamtEntry.Detail detail = details.isEmpty() ? null : details.get(0);
			return List.of(transaction(entry, detail, 0, entryAmount, status, position, entry.amounts()));
		}
		List<Money> amounts = detailAmounts(entry, entryAmount);
		if (amounts == null) {
			// The details do not divide the entry amount (an amount missing, another
			// currency, charges in between): posting them would post other money than
			// the bank booked. The entry stays whole, with what every detail says, for a
			// person to place.
			return List.of(transaction(entry, merged(details), 0, entryAmount, status, position, entry.amounts()));
		}
		List<BankTransaction> transactions = new ArrayList<>(details.size());
		for (int i = 0; i < details.size(); i++) {
			transactions.add(transaction(entry, details.get(i), i + 1, amounts.get(i), status, position,
					CamtEntry.AmountDetails.NONE));
		}
		return transactions;
	}

	/**
	 * The signed amounts of a batch's details, or null when they do not add up to the
	 * entry's amount in its currency.
	 */
	private static List<Money> detailAmounts(CamtEntry entry, Money entryAmount) {
		List<Money> amounts = new ArrayList<>(entry.details().size());
		Money total = Money.zero(entryAmount.currency());
		for (int i = 0; i < entry.details().size(); i++) {
			CamtEntry.Detail detail = entry.details().get(i);
			if (detail.amount() == null || !detail.amount().currency().equals(entryAmount.currency())) {
				return null;
			}
			Money amount = signed(detail.amount(), direction(detail, entry), "detail " + (i + 1));
			amounts.add(amount);
			total = total.plus(amount);
		}
		return total.isSameAs(entryAmount) ? amounts : null;
	}

	private static BankTransaction transaction(CamtEntry entry, CamtEntry.Detail detail, int split, Money amount,
			EntryStatus status, Position position, CamtEntry.AmountDetails entryAmounts) {
		BankTransaction.Builder builder = BankTransaction.builder()
			.statementRef(position.statementRef())
			.entryIndex(position.entryIndex())
			.splitIndex(split)
			.line(position.line())
			.account(position.account())
			.amount(amount)
			.bookingDate(entry.bookingDate())
			.valueDate(entry.valueDate())
			.status(status)
			.reversal(entry.reversal())
			.entryRef(entry.accountServicerRef())
			.bankTransactionCode(entry.bankTransactionCode());
		if (detail == null) {
			return builder.details(details(null, entryAmounts, amount)).build();
		}
		return builder.entryRef(first(detail.accountServicerRef(), entry.accountServicerRef()))
			.endToEndId(NOT_PROVIDED.equalsIgnoreCase(detail.endToEndId()) ? null : detail.endToEndId())
			.bankTransactionCode(first(detail.bankTransactionCode(), entry.bankTransactionCode()))
			.debtorName(detail.debtorName())
			.debtorAccount(detail.debtorAccount())
			.remittance(remittance(detail))
			.details(details(detail, entryAmounts, amount))
			.build();
	}

	/**
	 * The first valid creditor reference becomes the structured one. An {@code RF}
	 * reference with wrong check digits, or a second reference, is kept as text: it may
	 * still point a person (or the text rules) to an invoice, but never with the
	 * certainty of a structured match.
	 */
	private static RemittanceInfo remittance(CamtEntry.Detail detail) {
		List<String> text = new ArrayList<>(detail.unstructured());
		String creditorReference = null;
		for (String reference : detail.creditorReferences()) {
			boolean iso11649 = CreditorReference.claimsIso11649(reference);
			boolean valid = !iso11649 || CreditorReference.isValid(reference);
			if (creditorReference == null && valid) {
				creditorReference = iso11649 ? CreditorReference.compact(reference) : reference;
			}
			else {
				text.add(reference);
			}
		}
		if (text.isEmpty() && creditorReference == null && detail.referredDocuments().isEmpty()
				&& detail.remittanceLines().isEmpty()) {
			return RemittanceInfo.NONE;
		}
		return new RemittanceInfo(text, creditorReference, detail.referredDocuments(), detail.remittanceLines());
	}

	private static BankTransaction.Details details(CamtEntry.Detail detail, CamtEntry.AmountDetails entryAmounts,
			Money amount) {
		CamtEntry.AmountDetails amounts = (detail != null) ? detail.amounts() : CamtEntry.AmountDetails.NONE;
		Money instructed = first(amounts.instructed(), entryAmounts.instructed());
		if (instructed != null && instructed.isSameAs(amount.abs())) {
			// Most banks repeat the booked amount here: only a difference is news.
			instructed = null;
		}
		BankTransaction.Details details = new BankTransaction.Details((detail != null) ? detail.mandateId() : null,
				(detail != null) ? detail.ultimateDebtorName() : null, (detail != null) ? detail.returnReason() : null,
				instructed, first(amounts.charges(), entryAmounts.charges()),
				first(amounts.exchangeRate(), entryAmounts.exchangeRate()));
		return details.equals(BankTransaction.Details.NONE) ? BankTransaction.Details.NONE : details;
	}

	/** What several details without amounts say together. */
	private static CamtEntry.Detail merged(List<CamtEntry.Detail> details) {
		List<String> text = new ArrayList<>();
		List<String> documents = new ArrayList<>();
		List<RemittanceLine> lines = new ArrayList<>();
		for (CamtEntry.Detail detail : details) {
			text.addAll(detail.unstructured());
			text.addAll(detail.creditorReferences());
			documents.addAll(detail.referredDocuments());
			lines.addAll(detail.remittanceLines());
		}
		return new CamtEntry.Detail(null, null, null, null, null, null, null, null, null, text, List.of(), documents,
				null, null, lines);
	}

	private static String direction(CamtEntry.Detail detail, CamtEntry entry) {
		return (detail.creditDebit() != null) ? detail.creditDebit() : entry.creditDebit();
	}

	private static Money signed(Money amount, String creditDebit, String what) {
		if (amount.isNegative()) {
			throw new IllegalArgumentException(what + " has a negative amount " + amount.toPlainString()
					+ ": camt amounts are unsigned, CdtDbtInd gives the direction");
		}
		if ("CRDT".equals(creditDebit)) {
			return amount;
		}
		if ("DBIT".equals(creditDebit)) {
			return amount.negate();
		}
		throw new IllegalArgumentException(what + " has " + ((creditDebit == null) ? "no credit/debit indicator"
				: "an unknown credit/debit indicator '" + creditDebit + "'") + " (CdtDbtInd)");
	}

	private static <T> T first(T a, T b) {
		return (a != null) ? a : b;
	}

}
