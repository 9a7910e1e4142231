package io.cashpost.matching;

import io.cashpost.money.Money;

/**
 * A credit note of the customer that a payment consumes: the payer paid invoices net of
 * it, so it is used up (in part or whole) in the payment's journal entry, never paid out
 * as cash.
 *
 * @param creditNoteId the credit note (a row of the invoice table of type credit note)
 * @param number its number, for people
 * @param customerId its customer
 * @param used how much of it the payment uses
 */
public record CreditNoteUse(long creditNoteId, String number, String customerId, Money used) {

}
