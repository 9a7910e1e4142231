package io.cashpost.settlement;

/**
 * What a {@link SettlementReader} yields: every row of the report as a
 * {@link CardTransaction}, then, after the last row, each batch's {@link SettlementBatch}
 * with its totals and control checks.
 */
public sealed interface SettlementPart permits CardTransaction, SettlementBatch {

}
