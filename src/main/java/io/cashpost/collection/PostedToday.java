package io.cashpost.collection;

import java.math.BigDecimal;

/**
 * What the ledger took in on a day, in one currency.
 *
 * @param currency the currency
 * @param received cash received that is receivable (placed, or held in suspense)
 * @param applied applied to invoices
 * @param onAccount put on customers' accounts
 * @param inSuspense held in suspense for a person to place
 * @param receipts how many receipts
 */
public record PostedToday(String currency, BigDecimal received, BigDecimal applied, BigDecimal onAccount,
		BigDecimal inSuspense, long receipts) {

}
