package io.cashpost.matching;

import io.cashpost.money.Money;

/**
 * An invoice a person may want to apply a referred payment to.
 *
 * @param invoiceNumber the invoice
 * @param customerId its customer
 * @param openAmount what is open on it
 * @param score how good a candidate it is, 0 to 1
 * @param why what speaks for it
 */
public record Suggestion(String invoiceNumber, String customerId, Money openAmount, double score, String why) {

}
