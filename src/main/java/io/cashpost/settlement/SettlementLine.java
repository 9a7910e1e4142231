package io.cashpost.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One settlement batch as {@code export settlements} shows it.
 *
 * @param file the report it was read from
 * @param acquirer who sent it
 * @param batchId the acquirer's id of the batch
 * @param currency the settlement currency
 * @param grossAmount what its transactions were worth before fees
 * @param feeAmount the fees of every kind
 * @param netAmount gross less fees
 * @param payoutReference the reference the bank line should carry
 * @param payoutDate when the acquirer pays it out
 * @param bankEntryRef the bank's reference of the line that paid it, once found
 * @param status {@code awaiting_payout}, {@code paid} or {@code discrepancy}
 */
public record SettlementLine(String file, String acquirer, String batchId, String currency, BigDecimal grossAmount,
		BigDecimal feeAmount, BigDecimal netAmount, String payoutReference, LocalDate payoutDate, String bankEntryRef,
		String status) {

}
