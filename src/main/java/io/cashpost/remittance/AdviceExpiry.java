package io.cashpost.remittance;

import java.time.LocalDate;
import java.util.List;

import io.cashpost.exceptionqueue.ExceptionQueue;
import io.cashpost.exceptionqueue.Referral;
import io.cashpost.matching.ExceptionReason;
import io.cashpost.money.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues the advices whose payment never came: waiting more than the configured days
 * after the later of their payment date and their arrival. The exception is about an
 * information-only line standing for the expected payment (never booked, never matched);
 * the advice stays linkable, and its exception is closed when the payment comes after
 * all.
 */
@Service
public class AdviceExpiry {

	private static final String EXPIRE = """
			with due as (
			    select a.*
			      from remittance_advice a
			     where a.status = 'waiting'
			       and greatest(a.payment_date, cast(a.received_at at time zone 'UTC' as date)) + :days < :today
			     order by a.advice_id
			       for update
			), expected as (
			    insert into bank_transaction (file_id, statement_ref, entry_index, split_index, line, entry_ref,
			                                  end_to_end_id, currency, amount, booking_date, value_date, entry_status,
			                                  reversal, debtor_name, debtor_account, remittance_text, source_key,
			                                  match_status)
			    select d.file_id, 'advice ' || d.advice_key, -d.advice_id, 0, d.first_line, d.payment_reference,
			           d.end_to_end_id, d.currency, d.amount, d.payment_date, d.payment_date, 'INFO', false,
			           d.payer_name, d.payer_account, 'expected payment of remittance advice ' || d.advice_key,
			           'advice|' || d.file_id || '|' || d.advice_key, 'exception'
			      from due d
			    returning transaction_id, -entry_index as advice_id
			)
			update remittance_advice a
			   set status = 'expired', expiry_transaction_id = e.transaction_id
			  from expected e, statement_file f
			 where a.advice_id = e.advice_id and f.file_id = a.file_id
			returning a.expiry_transaction_id, a.advice_key, a.first_line, f.file_name, a.amount, a.currency,
			          a.payment_date, coalesce(a.payer_name, a.payer_account, 'an unnamed payer') as payer, a.detail
			""";

	private final JdbcClient jdbc;

	private final ExceptionQueue exceptions;

	private final RemittanceProperties properties;

	AdviceExpiry(JdbcClient jdbc, ExceptionQueue exceptions, RemittanceProperties properties) {
		this.jdbc = jdbc;
		this.exceptions = exceptions;
		this.properties = properties;
	}

	/**
	 * Expires what is due, in the caller's transaction.
	 * @return the advices expired
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int expire(LocalDate today) {
		List<Referral> referrals = this.jdbc.sql(EXPIRE)
			.param("days", this.properties.expiryDays())
			.param("today", today)
			.query((rs, row) -> {
				Money amount = Money.of(rs.getBigDecimal("amount"), rs.getString("currency"));
				String waited = (rs.getString("detail") != null) ? "; it waited: " + rs.getString("detail") : "";
				String detail = "remittance advice " + rs.getString("advice_key") + " (" + rs.getString("file_name")
						+ " line " + rs.getInt("first_line") + ") for "
						+ new Money(amount.inCurrencyScale(), amount.currency()) + " from " + rs.getString("payer")
						+ ", paid " + rs.getObject("payment_date") + ": no payment came within "
						+ this.properties.expiryDays() + " days" + waited;
				return new Referral(rs.getLong("expiry_transaction_id"), ExceptionReason.ADVICE_PAYMENT_MISSING, detail,
						List.of(), null);
			})
			.list();
		this.exceptions.referAll(referrals);
		return referrals.size();
	}

}
