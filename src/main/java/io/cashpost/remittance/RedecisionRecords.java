package io.cashpost.remittance;

import io.cashpost.exceptionqueue.ExceptionQueue;
import io.cashpost.intake.StagedTransactions;
import io.cashpost.invoice.LearntPayerAccounts;

import org.springframework.stereotype.Component;

/**
 * Writes what a page of payments decided again with their advices came to, in a few
 * statements: exceptions closed, opened or reconsidered, statuses, the advices' outcomes,
 * payer accounts learnt.
 */
@Component
class RedecisionRecords {

	private final ExceptionQueue exceptions;

	private final StagedTransactions transactions;

	private final AdviceOutcomes outcomes;

	private final LearntPayerAccounts learntAccounts;

	RedecisionRecords(ExceptionQueue exceptions, StagedTransactions transactions, AdviceOutcomes outcomes,
			LearntPayerAccounts learntAccounts) {
		this.exceptions = exceptions;
		this.transactions = transactions;
		this.outcomes = outcomes;
		this.learntAccounts = learntAccounts;
	}

	void record(AdviceRedecision.Decided decided) {
		this.exceptions.closeExplained(decided.explanations);
		this.exceptions.referAll(decided.referrals);
		this.exceptions.reconsider(decided.reconsidered);
		this.transactions.markMatchStatuses(decided.statuses);
		this.outcomes.record(decided.outcomes);
		this.learntAccounts.learnAll(decided.learnt);
	}

}
