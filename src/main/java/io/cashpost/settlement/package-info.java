/**
 * Card and PSP settlements: the acquirers' settlement reports read batch by batch and
 * checked against their control totals, the card transactions staged for matching, the
 * fees and currency conversions posted, and each batch's payout found on a bank
 * statement. Its API is {@link io.cashpost.settlement.SettlementFiles} (what a report is
 * and its reader) and the services the jobs call.
 */
package io.cashpost.settlement;
