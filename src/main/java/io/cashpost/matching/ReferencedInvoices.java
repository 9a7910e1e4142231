package io.cashpost.matching;

import java.util.List;

import io.cashpost.invoice.Invoice;

/**
 * Invoices a payment points to, and how: a structured reference is certain enough to post
 * a partial or an over-payment; a number found in free text is trusted only with the
 * exact amount.
 *
 * @param invoices the invoices, open or settled
 * @param structured whether they were named in structured form
 * @param rule the rule that found them
 * @param evidence what was seen
 */
record ReferencedInvoices(List<Invoice> invoices, boolean structured, String rule, String evidence) {

}
