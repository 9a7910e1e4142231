package io.cashpost.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.cashpost.invoice.Invoice;
import io.cashpost.matching.Fit.Kind;
import io.cashpost.money.Money;

/**
 * Fits a payment's amount to a set of invoices of one customer: in full, with the
 * early-payment discount (only within its period, by value date), with a small difference
 * written off, or, where the reference is clear enough, as a partial payment or with the
 * surplus on account.
 */
final class AmountFit {

	private final MatchingProperties.WriteOff writeOff;

	AmountFit(MatchingProperties.WriteOff writeOff) {
		this.writeOff = writeOff;
	}

	/**
	 * A fit that settles every invoice: in full, with discount, or with a small
	 * write-off.
	 * @param invoices open invoices in the payment's currency, in the order to apply
	 */
	Optional<Fit> settling(List<Invoice> invoices, Money paid, LocalDate valueDate) {
		Money full = openSum(invoices, paid);
		if (paid.isSameAs(full)) {
			return Optional.of(new Fit(Kind.FULL, allocate(invoices, List.of(), null), zero(paid),
					"amount equals " + describe(invoices) + " open"));
		}
		List<Money> discounts = invoices.stream().map((invoice) -> Amounts.discountOn(invoice, valueDate)).toList();
		Money discount = discounts.stream().reduce(zero(paid), Money::plus);
		Money discounted = full.minus(discount);
		if (!discount.isZero() && paid.isSameAs(discounted)) {
			return Optional.of(new Fit(Kind.DISCOUNT, allocate(invoices, discounts, null), zero(paid), "amount equals "
					+ full + " less early-payment discount " + discount + " (value date " + valueDate + ")"));
		}
		Optional<Fit> writtenOff = writeOff(invoices, paid, full, List.of(), "");
		if (writtenOff.isPresent() || discount.isZero()) {
			return writtenOff;
		}
		return writeOff(invoices, paid, discounted, discounts,
				" after early-payment discount " + discount + " (value date " + valueDate + ")");
	}

	/**
	 * A fit for a payment that does not settle the invoices exactly: surplus on account,
	 * or a partial payment of one invoice. Only for a clear reference.
	 */
	Optional<Fit> unsettling(List<Invoice> invoices, Money paid, LocalDate valueDate) {
		Money full = openSum(invoices, paid);
		if (paid.compareTo(full) > 0) {
			Money rest = paid.minus(full);
			return Optional.of(new Fit(Kind.OVERPAID, allocate(invoices, List.of(), null), rest,
					"overpaid by " + rest + ", on account as customer credit"));
		}
		if (invoices.size() != 1 || paid.compareTo(full) >= 0) {
			return Optional.empty();
		}
		Invoice invoice = invoices.get(0);
		Money applied = paid;
		Money zero = zero(paid);
		boolean lateDiscount = Amounts.hasDiscountTerms(invoice) && invoice.openAmount().isSameAs(invoice.amount())
				&& valueDate != null && valueDate.isAfter(invoice.discountUntil())
				&& paid.isSameAs(invoice.amount().minus(Amounts.discountOf(invoice)));
		String reason = lateDiscount ? Fit.DISCOUNT_EXPIRED : Fit.SHORT_PAYMENT;
		String detail = lateDiscount
				? "discount taken on " + valueDate + ", its period ended " + invoice.discountUntil()
						+ ": partial payment, " + full.minus(paid) + " stays open"
				: "short by " + full.minus(paid) + ": partial payment, the rest stays open";
		return Optional.of(new Fit(Kind.PARTIAL, List.of(new ProposedAllocation(invoice.id(), invoice.number(),
				invoice.customerId(), applied, zero, zero, reason)), zero, detail));
	}

	/**
	 * Applies a short payment to several invoices oldest first: all but the last are
	 * settled, the last is paid in part. Only when a policy allows it.
	 */
	Optional<Fit> oldestFirst(List<Invoice> invoices, Money paid) {
		List<ProposedAllocation> allocations = new ArrayList<>();
		Money left = paid;
		Money zero = zero(paid);
		for (Invoice invoice : invoices) {
			if (left.isZero()) {
				break;
			}
			Money applied = (left.compareTo(invoice.openAmount()) >= 0) ? invoice.openAmount() : left;
			String reason = applied.isSameAs(invoice.openAmount()) ? null : Fit.SHORT_PAYMENT;
			allocations.add(new ProposedAllocation(invoice.id(), invoice.number(), invoice.customerId(), applied, zero,
					zero, reason));
			left = left.minus(applied);
		}
		if (allocations.isEmpty() || !left.isZero()) {
			return Optional.empty();
		}
		return Optional
			.of(new Fit(Kind.PARTIAL, allocations, zero, "applied oldest first, " + openSum(invoices, paid).minus(paid)
					+ " stays open on " + allocations.get(allocations.size() - 1).invoiceNumber()));
	}

	private Optional<Fit> writeOff(List<Invoice> invoices, Money paid, Money due, List<Money> discounts, String after) {
		if (paid.compareTo(due) >= 0) {
			return Optional.empty();
		}
		Money difference = due.minus(paid);
		BigDecimal allowed = this.writeOff.allowedOn(due.amount(), paid.currency());
		Invoice last = invoices.get(invoices.size() - 1);
		if (difference.amount().compareTo(allowed) > 0 || difference.compareTo(last.openAmount()) >= 0) {
			return Optional.empty();
		}
		return Optional.of(new Fit(Kind.WRITE_OFF, allocate(invoices, discounts, difference), zero(paid),
				"short by " + difference + after + ", within the write-off tolerance of "
						+ new Money(allowed, paid.currency()) + ": written off as " + this.writeOff.reasonCode()));
	}

	/**
	 * Settles each invoice: cash, less its discount, and the write-off on the last one.
	 */
	private List<ProposedAllocation> allocate(List<Invoice> invoices, List<Money> discounts, Money writeOff) {
		List<ProposedAllocation> allocations = new ArrayList<>(invoices.size());
		for (int i = 0; i < invoices.size(); i++) {
			Invoice invoice = invoices.get(i);
			Money zero = Money.zero(invoice.openAmount().currency());
			Money discount = discounts.isEmpty() ? zero : discounts.get(i);
			Money written = (writeOff != null && i == invoices.size() - 1) ? writeOff : zero;
			Money applied = invoice.openAmount().minus(discount).minus(written);
			String reason = !written.isZero() ? this.writeOff.reasonCode()
					: (!discount.isZero() ? Fit.EARLY_PAYMENT_DISCOUNT : null);
			allocations.add(new ProposedAllocation(invoice.id(), invoice.number(), invoice.customerId(), applied,
					discount, written, reason));
		}
		return allocations;
	}

	static Money openSum(List<Invoice> invoices, Money paid) {
		return invoices.stream().map(Invoice::openAmount).reduce(zero(paid), Money::plus);
	}

	private static Money zero(Money paid) {
		return Money.zero(paid.currency());
	}

	private static String describe(List<Invoice> invoices) {
		return (invoices.size() == 1) ? "what is" : "what " + invoices.size() + " invoices have";
	}

}
