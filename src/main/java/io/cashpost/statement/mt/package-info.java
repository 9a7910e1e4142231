/**
 * SWIFT MT940 statements and MT942 intraday reports, read as a stream of
 * {@link io.cashpost.statement.StatementPart}s by
 * {@link io.cashpost.statement.mt.Mt940Reader}.
 */
package io.cashpost.statement.mt;
