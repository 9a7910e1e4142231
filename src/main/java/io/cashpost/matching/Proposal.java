package io.cashpost.matching;

import java.util.List;

import io.cashpost.invoice.Invoice;

/**
 * What a rule proposes for a payment, before the confidence threshold has its say.
 *
 * @param rule the rule, e.g. {@code creditor_reference}
 * @param fit how the amount fits the invoices
 * @param invoices the invoices, as the rule saw them
 * @param customerId the customer (who gets any surplus as credit)
 * @param confidence how sure the rule is, 0 to 1
 * @param evidence what the rule saw, in words a person reads
 */
record Proposal(String rule, Fit fit, List<Invoice> invoices, String customerId, double confidence, String evidence) {

	Proposal {
		invoices = List.copyOf(invoices);
	}

}
