/**
 * PayPal's SFTP reports: the Settlement report (STL) and the Transaction Detail Report
 * (TRR), framed by record types {@code RH} to {@code FF}, one row per event code.
 */
package io.cashpost.settlement.paypal;
