package io.cashpost.matching;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.cashpost.invoice.Invoice;
import io.cashpost.invoice.InvoiceKeys;
import io.cashpost.invoice.OpenInvoices;
import io.cashpost.matching.MatchDecision.NotBooked;
import io.cashpost.matching.MatchDecision.NotReceivable;
import io.cashpost.matching.MatchDecision.Refer;
import io.cashpost.matching.MatchDecision.Reverse;

import org.springframework.stereotype.Component;

/**
 * Decides what to do with a payment, most certain evidence first: a structured reference,
 * then invoice numbers in the remittance text. What no rule places with certainty is
 * referred.
 */
@Component
public class PaymentMatcher {

	private final OpenInvoices invoices;

	private final MatchingProperties properties;

	public PaymentMatcher(OpenInvoices invoices, MatchingProperties properties) {
		this.invoices = invoices;
		this.properties = properties;
	}

	public MatchDecision decide(Payment payment) {
		if (!payment.status().isBooked()) {
			return new NotBooked(payment);
		}
		if (payment.reversal()) {
			// A returned receipt comes back as a debit; a reversed debit was never a
			// receivable.
			return payment.amount().isNegative() ? new Reverse(payment) : new NotReceivable(payment, "reversed_debit");
		}
		if (payment.amount().amount().signum() <= 0) {
			return new NotReceivable(payment, payment.amount().isZero() ? "zero_amount" : "outgoing_payment");
		}
		Optional<ReferencedInvoices> referenced = byStructuredReference(payment).or(() -> byTextReference(payment));
		return referenced.map((found) -> ReferenceDecision.decide(payment, found, this.properties.maxSuggestions()))
			.orElseGet(() -> unreferenced(payment));
	}

	private Optional<ReferencedInvoices> byStructuredReference(Payment payment) {
		String reference = payment.remittance().creditorReference();
		if (reference != null) {
			List<Invoice> found = this.invoices.byReferenceKey(InvoiceKeys.of(reference));
			if (!found.isEmpty()) {
				return Optional.of(new ReferencedInvoices(found, true, "creditor_reference",
						"creditor reference " + reference + " is on " + numbers(found)));
			}
		}
		List<String> documents = payment.remittance().referredDocuments();
		if (!documents.isEmpty()) {
			List<Invoice> found = this.invoices.byNumberKeys(documents.stream().map(InvoiceKeys::of).toList());
			if (!found.isEmpty()) {
				return Optional.of(new ReferencedInvoices(found, true, "referred_document",
						"referred document " + String.join(", ", documents)));
			}
		}
		return Optional.empty();
	}

	private Optional<ReferencedInvoices> byTextReference(Payment payment) {
		Set<String> candidates = InvoiceNumberCandidates.in(payment.remittance().text(), this.properties.textWindow());
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		List<Invoice> found = this.invoices.byNumberKeys(candidates);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new ReferencedInvoices(found, false, "invoice_number_in_text",
				"remittance text names " + numbers(found)));
	}

	private MatchDecision unreferenced(Payment payment) {
		Optional<String> customer = Optional.ofNullable(payment.debtorAccount())
			.flatMap(this.invoices::customerOfAccount);
		if (customer.isPresent()) {
			return new Refer(payment, ExceptionReason.NO_CANDIDATE, "payer account " + payment.debtorAccount()
					+ " belongs to customer " + customer.get() + ", but nothing names an invoice", List.of());
		}
		String payer = (payment.debtorName() != null) ? payment.debtorName() : "an unnamed payer";
		return new Refer(payment, ExceptionReason.UNKNOWN_PAYER,
				"no invoice reference, and " + payer + " is not a known customer", List.of());
	}

	private static String numbers(List<Invoice> invoices) {
		return String.join(", ", invoices.stream().map(Invoice::number).toList());
	}

}
