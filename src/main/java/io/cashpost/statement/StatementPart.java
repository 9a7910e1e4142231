package io.cashpost.statement;

/**
 * What a {@link StatementReader} yields, in document order: the transactions of a
 * statement, then that statement's {@link StatementSummary}.
 */
public sealed interface StatementPart permits BankTransaction, StatementSummary {

}
