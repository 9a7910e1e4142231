package io.cashpost.invoice;

/**
 * A payer account known to belong to a customer.
 *
 * @param account the account, normalised ({@link AccountNumbers#normalised})
 * @param customerId the customer
 * @param source {@code invoice_import} or {@code confirmed_match}
 */
public record PayerAccount(String account, String customerId, String source) {

}
