package io.cashpost.settlement;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.cashpost.database.SqlArrays;
import io.cashpost.exceptionqueue.ExceptionQueue;
import io.cashpost.exceptionqueue.Referral;
import io.cashpost.matching.ExceptionReason;
import io.cashpost.matching.Payment;
import io.cashpost.posting.JournalEntry;
import io.cashpost.posting.JournalLine;
import io.cashpost.posting.LedgerProperties;
import io.cashpost.posting.Posting;
import io.cashpost.posting.PostingOutcome;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The third link: a batch's payout found on a bank statement. An acquirer's credit on the
 * bank is booked out of the acquirer's clearing and pays the batch it names (Adyen's
 * {@code TX…XT batch N, <merchant account>}), else the one batch of that acquirer with
 * exactly its amount and a payout date within the window (Stripe's line carries only a
 * descriptor and a trace id). A credit no batch explains is still booked to the
 * acquirer's clearing and queued for a person until a report explains it; a payout not
 * seen within the configured days is queued as missing.
 */
@Service
public class Payouts {

	private static final String AWAITED = """
			select settlement_batch_id, acquirer, batch_ref, currency, payout_amount, payout_reference, payout_date,
			       payout_transaction_id
			  from settlement_batch
			 where status = 'awaiting_payout' and acquirer = any (:acquirers::text[]) and payout_amount <> 0
			 order by settlement_batch_id
			""";

	private static final String PAID = """
			update settlement_batch
			   set status = :status, bank_transaction_id = :transactionId, paid_at = :paidAt
			 where settlement_batch_id = :batchId and status = 'awaiting_payout'
			""";

	private final NamedParameterJdbcTemplate jdbc;

	private final ExceptionQueue exceptions;

	private final LedgerProperties ledger;

	private final SettlementProperties.Payouts properties;

	private final Clock clock;

	Payouts(NamedParameterJdbcTemplate jdbc, ExceptionQueue exceptions, LedgerProperties ledger,
			SettlementProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.exceptions = exceptions;
		this.ledger = ledger;
		this.properties = properties.payouts();
		this.clock = clock;
	}

	/**
	 * Decides, for a chunk's credits from card acquirers, which batch each pays, and
	 * writes the posting that books it: cash in, the acquirer's clearing out (suspense
	 * when no acquirer is named).
	 */
	public List<Received> receive(List<Payment> credits, Instant now) {
		Map<String, String> acquirers = new LinkedHashMap<>();
		credits.forEach((credit) -> acquirer(credit).ifPresent((name) -> acquirers.put(credit.sourceKey(), name)));
		List<AwaitedPayout> awaited = awaited(Set.copyOf(acquirers.values()));
		Set<Long> taken = new HashSet<>();
		List<Received> received = new ArrayList<>();
		for (Payment credit : credits) {
			String acquirer = acquirers.get(credit.sourceKey());
			AwaitedPayout batch = (acquirer != null) ? find(credit, acquirer, awaited, taken).orElse(null) : null;
			if (batch != null) {
				taken.add(batch.batchId());
			}
			received.add(new Received(credit, acquirer, batch, posting(credit, acquirer, batch, now)));
		}
		return received;
	}

	/**
	 * Records what the chunk's postings came to: a batch paid (or paid another amount), a
	 * missing payout found, a credit no batch explains queued.
	 * @param outcomes the ledger's outcome for each received credit, in order
	 * @return the credits queued as exceptions
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Set<Long> record(List<Received> received, List<PostingOutcome> outcomes, Instant now) {
		List<Referral> referrals = new ArrayList<>();
		Map<Long, String> found = new LinkedHashMap<>();
		for (int i = 0; i < received.size(); i++) {
			Received credit = received.get(i);
			if (!(outcomes.get(i) instanceof PostingOutcome.Posted posted)) {
				continue;
			}
			Optional<Referral> referral = record(credit, posted.journalEntryId(), found, now);
			referral.ifPresent(referrals::add);
		}
		this.exceptions.referAll(referrals);
		this.exceptions.closeFound(found);
		Set<Long> referred = new HashSet<>();
		referrals.forEach((referral) -> referred.add(referral.transactionId()));
		return referred;
	}

	private Optional<Referral> record(Received credit, long entryId, Map<Long, String> found, Instant now) {
		Payment payment = credit.credit();
		AwaitedPayout batch = credit.batch();
		if (batch == null) {
			String detail = (credit.acquirer() == null)
					? payment.amount() + " booked as a card settlement, but no acquirer is named: held in suspense"
					: payment.amount() + " from " + credit.acquirer() + " that no settlement report explains (yet): "
							+ "booked out of its clearing; a report read later is matched to it";
			return Optional.of(new Referral(payment.transactionId(), ExceptionReason.ORPHAN_ACQUIRER_CREDIT, detail,
					List.of(), (credit.acquirer() == null) ? entryId : null));
		}
		boolean exact = batch.amount().compareTo(payment.amount().amount()) == 0;
		markPaid(batch, payment.transactionId(), exact ? "paid" : "discrepancy", now);
		if (batch.payoutTransactionId() != null) {
			found.put(batch.payoutTransactionId(), "paid out by bank transaction " + payment.transactionId() + " ("
					+ payment.amount() + " on " + payment.valueDate() + ")");
		}
		if (exact) {
			return Optional.empty();
		}
		return Optional.of(new Referral(payment.transactionId(), ExceptionReason.PAYOUT_MISMATCH,
				"the bank pays " + payment.amount() + " for " + batch.describe() + ": difference "
						+ payment.amount().amount().subtract(batch.amount()).toPlainString(),
				List.of(), null));
	}

	/**
	 * Matches the acquirers' credits still queued to batches of reports read since: such
	 * a credit was booked out of its acquirer's clearing when it came, so only the batch
	 * and the exception change.
	 * @return how many credits were matched
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int matchLateReports() {
		List<Payment> orphans = this.jdbc.query(PayoutQueries.OPEN_ORPHANS, new MapSqlParameterSource(),
				PayoutQueries::payment);
		Map<String, String> acquirers = new LinkedHashMap<>();
		orphans.forEach((credit) -> acquirer(credit).ifPresent((name) -> acquirers.put(credit.sourceKey(), name)));
		List<AwaitedPayout> awaited = awaited(Set.copyOf(acquirers.values()));
		Set<Long> taken = new HashSet<>();
		Map<Long, String> found = new LinkedHashMap<>();
		Instant now = this.clock.instant();
		int matched = 0;
		for (Payment credit : orphans) {
			String acquirer = acquirers.get(credit.sourceKey());
			Optional<AwaitedPayout> batch = (acquirer != null) ? find(credit, acquirer, awaited, taken)
				.filter((b) -> b.amount().compareTo(credit.amount().amount()) == 0) : Optional.empty();
			if (batch.isPresent()) {
				matched++;
				taken.add(batch.get().batchId());
				markPaid(batch.get(), credit.transactionId(), "paid", now);
				found.put(credit.transactionId(), "pays out " + batch.get().describe() + ", read later");
				if (batch.get().payoutTransactionId() != null) {
					found.put(batch.get().payoutTransactionId(), "paid out by bank transaction "
							+ credit.transactionId() + " (" + credit.amount() + " on " + credit.valueDate() + ")");
				}
			}
		}
		this.exceptions.closeFound(found);
		return (int) found.keySet()
			.stream()
			.filter((id) -> orphans.stream().anyMatch((o) -> o.transactionId() == id))
			.count();
	}

	/**
	 * Queues every batch whose payout has not turned up on the bank within the configured
	 * days after its payout date.
	 * @return how many were queued
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int flagMissing(LocalDate today) {
		LocalDate due = today.minusDays(this.properties.overdueDays());
		List<AwaitedPayout> overdue = this.jdbc.query(PayoutQueries.OVERDUE, new MapSqlParameterSource("due", due),
				PayoutQueries::awaited);
		if (overdue.isEmpty()) {
			return 0;
		}
		this.jdbc.update(PayoutQueries.EXPECTATIONS, new MapSqlParameterSource("due", due));
		Map<Long, Long> expectations = new LinkedHashMap<>();
		this.jdbc.query(PayoutQueries.EXPECTATION_IDS, new MapSqlParameterSource("due", due),
				(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> expectations
					.put(rs.getLong("settlement_batch_id"), rs.getLong("transaction_id")));
		List<Referral> referrals = new ArrayList<>();
		for (AwaitedPayout batch : overdue) {
			Long transactionId = expectations.get(batch.batchId());
			if (transactionId != null) {
				referrals.add(new Referral(transactionId, ExceptionReason.MISSING_PAYOUT,
						batch.describe() + " was to be paid out on " + batch.payoutDate() + ", and no bank statement "
								+ "read since shows it (" + this.properties.overdueDays() + " days allowed)",
						List.of(), null));
			}
		}
		this.exceptions.referAll(referrals);
		return referrals.size();
	}

	/** Which acquirer a bank line names, by the configured words. */
	Optional<String> acquirer(Payment credit) {
		String text = (" " + ((credit.debtorName() != null) ? credit.debtorName() : "") + " "
				+ credit.remittance().text() + " "
				+ ((credit.remittance().creditorReference() != null) ? credit.remittance().creditorReference() : "")
				+ " ")
			.toLowerCase(Locale.ROOT);
		return this.properties.bankNames()
			.entrySet()
			.stream()
			.filter((acquirer) -> acquirer.getValue()
				.stream()
				.anyMatch((word) -> text.contains(word.toLowerCase(Locale.ROOT))))
			.map(Map.Entry::getKey)
			.sorted()
			.findFirst();
	}

	/**
	 * The batch the credit names by its payout reference, else the one batch with its
	 * amount and a payout date within the window.
	 */
	private Optional<AwaitedPayout> find(Payment credit, String acquirer, List<AwaitedPayout> awaited,
			Set<Long> taken) {
		String text = credit.remittance().text() + " " + String.join(" ", credit.remittance().referredDocuments()) + " "
				+ ((credit.remittance().creditorReference() != null) ? credit.remittance().creditorReference() : "");
		List<AwaitedPayout> mine = awaited.stream()
			.filter((batch) -> batch.acquirer().equals(acquirer) && !taken.contains(batch.batchId())
					&& batch.currency().equals(credit.amount().currency().getCurrencyCode()))
			.toList();
		List<AwaitedPayout> named = mine.stream().filter((batch) -> batch.isNamedIn(text)).toList();
		if (named.size() == 1) {
			return Optional.of(named.get(0));
		}
		List<AwaitedPayout> fitting = mine.stream()
			.filter((batch) -> batch.amount().compareTo(credit.amount().amount()) == 0 && withinWindow(batch, credit))
			.toList();
		return (fitting.size() == 1) ? Optional.of(fitting.get(0)) : Optional.empty();
	}

	private boolean withinWindow(AwaitedPayout batch, Payment credit) {
		if (batch.payoutDate() == null || credit.valueDate() == null) {
			return true;
		}
		return Math.abs(ChronoUnit.DAYS.between(batch.payoutDate(), credit.valueDate())) <= this.properties
			.dateWindowDays();
	}

	private List<AwaitedPayout> awaited(Set<String> acquirers) {
		if (acquirers.isEmpty()) {
			return List.of();
		}
		return this.jdbc.query(AWAITED,
				new MapSqlParameterSource("acquirers", SqlArrays.text(acquirers, (name) -> name)),
				PayoutQueries::awaited);
	}

	private void markPaid(AwaitedPayout batch, long transactionId, String status, Instant now) {
		this.jdbc.update(PAID,
				new MapSqlParameterSource("status", status).addValue("transactionId", transactionId)
					.addValue("paidAt", Timestamp.from(now))
					.addValue("batchId", batch.batchId()));
	}

	/**
	 * Cash in; out of the acquirer's clearing, or to suspense when no acquirer is named.
	 */
	private Posting posting(Payment credit, String acquirer, AwaitedPayout batch, Instant now) {
		BigDecimal amount = credit.amount().amount();
		JournalLine cash = JournalLine.debit(this.ledger.cash(), credit.bankAccount(), null, null, amount);
		JournalLine out = (acquirer != null)
				? JournalLine.credit(this.ledger.cardClearing(), acquirer, null, null, amount)
				: JournalLine.credit(this.ledger.suspense(), null, null, null, amount);
		String what = (batch != null) ? "payout of " + batch.describe() : (acquirer != null)
				? "from " + acquirer + ", no settlement report explains it yet" : "card settlement, no acquirer named";
		return Posting.of(new JournalEntry(credit.sourceKey(), "receipt", credit.transactionId(), null,
				credit.amount().currency(), "Receipt " + credit.amount() + " " + what, now, List.of(cash, out)));
	}

	/**
	 * A credit from a card acquirer and what it pays.
	 *
	 * @param credit the bank line
	 * @param acquirer the acquirer it names, or {@code null}
	 * @param batch the batch it pays, or {@code null}
	 * @param posting what books it
	 */
	public record Received(Payment credit, String acquirer, AwaitedPayout batch, Posting posting) {
	}

}
