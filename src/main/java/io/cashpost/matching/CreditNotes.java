package io.cashpost.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.cashpost.invoice.Invoice;
import io.cashpost.invoice.InvoiceKeys;
import io.cashpost.money.Money;

/**
 * The customers' open credit notes as one matching run knows them: found by number, and
 * used up by the run's decisions so that no two decisions count on the same credit.
 * Credit notes are few beside invoices: a map of them is small. Safe to use from several
 * threads at once.
 */
final class CreditNotes {

	private final Map<String, List<Invoice>> byKey = new HashMap<>();

	private final Map<String, List<Invoice>> byCustomer = new HashMap<>();

	private final Map<Long, Money> available = new HashMap<>();

	void add(Invoice creditNote) {
		this.byKey.computeIfAbsent(InvoiceKeys.of(creditNote.number()), (key) -> new ArrayList<>(1)).add(creditNote);
		this.byCustomer.computeIfAbsent(creditNote.customerId(), (key) -> new ArrayList<>(1)).add(creditNote);
		this.available.put(creditNote.id(), creditNote.openAmount());
	}

	/** Open credit notes whose number has the key of {@code number}. */
	List<Invoice> byNumber(String number) {
		return this.byKey.getOrDefault(InvoiceKeys.of(number), List.of());
	}

	/** Open credit notes whose number has this key. */
	List<Invoice> byKey(String key) {
		return this.byKey.getOrDefault(key, List.of());
	}

	/** The customer's credit notes this run began with, used up or not. */
	List<Invoice> ofCustomer(String customerId) {
		return this.byCustomer.getOrDefault(customerId, List.of());
	}

	boolean isEmpty() {
		return this.available.isEmpty();
	}

	/** What is left of the credit note after this run's decisions. */
	synchronized Money available(Invoice creditNote) {
		return this.available.getOrDefault(creditNote.id(), Money.zero(creditNote.amount().currency()));
	}

	/**
	 * Uses the credit of a decision, all or nothing.
	 * @return whether each credit note had enough left
	 */
	synchronized boolean use(List<CreditNoteUse> uses) {
		Map<Long, Money> after = new HashMap<>();
		for (CreditNoteUse use : uses) {
			Money left = after.getOrDefault(use.creditNoteId(), this.available.get(use.creditNoteId()));
			if (left == null || left.compareTo(use.used()) < 0) {
				return false;
			}
			after.put(use.creditNoteId(), left.minus(use.used()));
		}
		this.available.putAll(after);
		return true;
	}

	/** Gives back what {@link #use} took, when the decision did not stand. */
	synchronized void release(List<CreditNoteUse> uses) {
		for (CreditNoteUse use : uses) {
			this.available.merge(use.creditNoteId(), use.used(), Money::plus);
		}
	}

}
