package io.cashpost.job;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.cashpost.matching.ExceptionReason;
import io.cashpost.matching.MatchDecision;
import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.MatchDecision.NotBooked;
import io.cashpost.matching.MatchDecision.NotReceivable;
import io.cashpost.matching.MatchDecision.Refer;
import io.cashpost.matching.Payment;
import io.cashpost.posting.Allocation;
import io.cashpost.posting.CashPosting;
import io.cashpost.posting.JournalEntry;
import io.cashpost.posting.JournalLine;
import io.cashpost.posting.Posting;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reference for the chunked path: decisions carried out the way Cashpost did before
 * it posted chunks, one payment after the other with a statement per row — claim, lock
 * the invoices and check them, insert the entry, its lines, each allocation, update each
 * invoice, queue the exception, record the status. Plain SQL, none of the chunked code,
 * so that comparing the two compares two independent ways of writing the same ledger.
 * Only the entries themselves come from {@link CashPosting}: what is booked is not what
 * is being compared, how it is written is.
 */
final class PostingOneAtATime {

	private final JdbcClient jdbc;

	private final CashPosting cash;

	PostingOneAtATime(JdbcClient jdbc, CashPosting cash) {
		this.jdbc = jdbc;
		this.cash = cash;
	}

	void carryOut(MatchDecision decision, Instant now) {
		Payment payment = decision.payment();
		boolean undecided = this.jdbc.sql(
				"select transaction_id from bank_transaction where transaction_id = :id and match_status = 'new' for update")
			.param("id", payment.transactionId())
			.query(Long.class)
			.optional()
			.isPresent();
		if (!undecided) {
			return;
		}
		if (decision instanceof AutoPost autoPost) {
			post(autoPost, now);
		}
		else if (decision instanceof Refer refer) {
			if (payment.isReceipt()) {
				toSuspense(payment, refer.reason(), refer.detail(), now);
			}
			else {
				refer(payment, refer.reason().code(), refer.detail(), null);
			}
		}
		else if (decision instanceof NotReceivable notReceivable) {
			if (payment.isReceipt()
					&& append(this.cash.toClearing(payment, notReceivable.classification(), now)).isEmpty()) {
				duplicate(payment);
				return;
			}
			status(payment, "not_receivable");
		}
		else if (decision instanceof NotBooked) {
			status(payment, "not_booked");
		}
	}

	private void post(AutoPost decision, Instant now) {
		Posting posting = this.cash.applied(decision, now);
		for (Allocation allocation : posting.allocations()) {
			if (allocation.invoiceId() == null) {
				continue;
			}
			var open = this.jdbc
				.sql("select open_amount, invoice_number from invoice where invoice_id = :id for update")
				.param("id", allocation.invoiceId())
				.query()
				.singleRow();
			if (((java.math.BigDecimal) open.get("open_amount")).compareTo(allocation.settles().amount()) < 0) {
				toSuspense(decision.payment(), ExceptionReason.INVOICE_SETTLED, "changed", now);
				return;
			}
		}
		Optional<Long> entryId = append(posting);
		if (entryId.isEmpty()) {
			duplicate(decision.payment());
			return;
		}
		for (Allocation allocation : posting.allocations()) {
			this.jdbc.sql("""
					insert into allocation (journal_entry_id, bank_transaction_id, invoice_id, customer_id, currency,
					                        applied_amount, discount_amount, write_off_amount, reason_code, rule,
					                        confidence, evidence, posted_at)
					values (:entryId, :transactionId, :invoiceId, :customerId, :currency, :applied, :discount,
					        :writeOff, :reasonCode, :rule, :confidence, :evidence, :postedAt)
					""")
				.param("entryId", entryId.get())
				.param("transactionId", decision.payment().transactionId())
				.param("invoiceId", allocation.invoiceId())
				.param("customerId", allocation.customerId())
				.param("currency", allocation.applied().currency().getCurrencyCode())
				.param("applied", allocation.applied().amount())
				.param("discount", allocation.discount().amount())
				.param("writeOff", allocation.writeOff().amount())
				.param("reasonCode", allocation.reasonCode())
				.param("rule", allocation.rule())
				.param("confidence", java.math.BigDecimal.valueOf(allocation.confidence()))
				.param("evidence", allocation.evidence())
				.param("postedAt", Timestamp.from(now))
				.update();
			if (allocation.invoiceId() != null) {
				this.jdbc.sql("update invoice set open_amount = open_amount - :amount where invoice_id = :id")
					.param("amount", allocation.settles().amount())
					.param("id", allocation.invoiceId())
					.update();
			}
		}
		status(decision.payment(), "posted");
	}

	private void toSuspense(Payment payment, ExceptionReason reason, String detail, Instant now) {
		Optional<Long> entryId = append(this.cash.toSuspense(payment, reason.code(), now));
		if (entryId.isEmpty()) {
			duplicate(payment);
			return;
		}
		refer(payment, reason.code(), detail, entryId.get());
	}

	private Optional<Long> append(Posting posting) {
		JournalEntry entry = posting.entry();
		Optional<Long> id = this.jdbc.sql("""
				insert into journal_entry (posting_key, kind, bank_transaction_id, currency, description, posted_at)
				values (:key, :kind, :transactionId, :currency, :description, :postedAt)
				on conflict (posting_key) do nothing
				returning journal_entry_id
				""")
			.param("key", entry.postingKey())
			.param("kind", entry.kind())
			.param("transactionId", entry.bankTransactionId())
			.param("currency", entry.currency().getCurrencyCode())
			.param("description", entry.description())
			.param("postedAt", Timestamp.from(entry.postedAt()))
			.query(Long.class)
			.optional();
		id.ifPresent((entryId) -> appendLines(entryId, entry.lines()));
		return id;
	}

	/** The lines of an entry in one statement: the ledger checks each entry balances. */
	private void appendLines(long entryId, List<JournalLine> lines) {
		StringBuilder values = new StringBuilder();
		var statement = new java.util.LinkedHashMap<String, Object>();
		for (int i = 0; i < lines.size(); i++) {
			JournalLine line = lines.get(i);
			values.append((i > 0) ? ", " : "")
				.append("(:entryId, %d, :account%d, :customer%d, :invoice%d, :debit%d, :credit%d)".formatted(i + 1, i,
						i, i, i, i));
			statement.put("account" + i,
					line.accountCode() + ((line.subAccount() != null) ? ":" + line.subAccount() : ""));
			statement.put("customer" + i, line.customerId());
			statement.put("invoice" + i, line.invoiceId());
			statement.put("debit" + i, line.debit());
			statement.put("credit" + i, line.credit());
		}
		statement.put("entryId", entryId);
		this.jdbc
			.sql("insert into journal_line (journal_entry_id, line_no, account_code, customer_id, invoice_id, "
					+ "debit, credit) values " + values)
			.params(statement)
			.update();
	}

	private void duplicate(Payment payment) {
		refer(payment, ExceptionReason.DUPLICATE.code(), "duplicate", null);
	}

	private void refer(Payment payment, String reason, String detail, Long suspenseEntryId) {
		this.jdbc.sql("""
				insert into exception_item (bank_transaction_id, reason, detail, suspense_entry_id, created_at)
				values (:id, :reason, :detail, :suspense, now())
				on conflict (bank_transaction_id) do nothing
				""")
			.param("id", payment.transactionId())
			.param("reason", reason)
			.param("detail", detail)
			.param("suspense", suspenseEntryId)
			.update();
		status(payment, "exception");
	}

	private void status(Payment payment, String status) {
		this.jdbc.sql("update bank_transaction set match_status = :status where transaction_id = :id")
			.param("status", status)
			.param("id", payment.transactionId())
			.update();
	}

}
