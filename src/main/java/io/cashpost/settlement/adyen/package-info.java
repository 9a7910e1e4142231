/**
 * Adyen's Settlement details report: one row per payment, modification and batch
 * movement, each batch closed by its MerchantPayout or a Balancetransfer to the next.
 */
package io.cashpost.settlement.adyen;
