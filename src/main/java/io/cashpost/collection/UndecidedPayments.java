package io.cashpost.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Payments in the exception queue whose money sits in suspense and that may be a
 * customer's: a suggestion names the customer, or the payer's account is one of its known
 * accounts. Collectors must not chase such a customer: its payment has arrived and is
 * being applied. Erring towards "may be" is deliberate: a call held back a day costs less
 * than chasing a customer who has paid.
 */
@Repository
class UndecidedPayments {

	private static final String UNDECIDED = """
			select n.customer_id, e.exception_id, t.currency, t.amount,
			       coalesce(t.value_date, t.booking_date) as value_date, t.debtor_name as payer, e.reason, e.created_at
			  from exception_item e
			  join bank_transaction t on t.transaction_id = e.bank_transaction_id
			  join lateral (select s ->> 'customer_id' as customer_id
			                  from jsonb_array_elements(e.suggestions) s
			                union
			                select ca.customer_id
			                  from customer_account ca
			                 where ca.account = t.debtor_account) n on n.customer_id is not null
			 where e.status = 'open' and e.suspense_entry_id is not null
			   and (:customerId::text is null or n.customer_id = :customerId)
			 order by n.customer_id, e.exception_id
			""";

	private final JdbcClient jdbc;

	UndecidedPayments(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** For one customer, or for all when {@code null}. */
	List<UndecidedPayment> of(String customerId) {
		return this.jdbc.sql(UNDECIDED).param("customerId", customerId).query(UndecidedPayment.class).list();
	}

	/**
	 * A payment being applied that may be the customer's.
	 *
	 * @param customerId the customer it may belong to
	 * @param exceptionId its exception item
	 * @param currency the payment's currency
	 * @param amount its amount
	 * @param valueDate its value date
	 * @param payer who paid, as the bank wrote it
	 * @param reason why it was not posted
	 * @param createdAt when it was queued
	 */
	record UndecidedPayment(String customerId, long exceptionId, String currency, BigDecimal amount,
			LocalDate valueDate, String payer, String reason, OffsetDateTime createdAt) {
	}

}
