package io.cashpost.collection;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cashpost.money.Money;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disputes: an invoice, or part of it, that the customer contests. While a dispute is
 * open its amount leaves the worklist's priority and chasing that invoice is blocked.
 * <p>
 * Two ways in. A collector records one ({@link #record}). Cash posting opens one for a
 * short payment whose remittance names a deduction and its reason ({@link #open} and
 * {@link #openAll}): these join the caller's transaction, so the dispute commits with the
 * posting or not at all, and they are idempotent: an open dispute is identified by its
 * invoice and its {@code source}, so a chunk written twice (a restart, a retried chunk)
 * opens it once. Use a source that names the money, e.g.
 * {@code "remittance:" + the payment's source key}; {@code collector} is taken by
 * collectors' disputes.
 */
@Service
public class Disputes {

	static final String COLLECTOR = "collector";

	static final String SYSTEM = "cashpost";

	private static final String INVOICES = """
			select invoice_id, invoice_number, customer_id, currency, amount
			  from invoice
			 where invoice_id in (:ids)
			""";

	private static final String INSERT = """
			insert into dispute (invoice_id, customer_id, currency, amount, reason_code, text, source, opened_by, opened_at)
			select i.invoice_id, i.customer_id, i.currency, :amount, :reasonCode, :text, :source, :openedBy, :openedAt
			  from invoice i
			 where i.invoice_id = :invoiceId
			on conflict (invoice_id, source) where status = 'open' do nothing
			returning dispute_id
			""";

	private static final String OPEN_ONE = """
			select dispute_id from dispute where invoice_id = :invoiceId and source = :source and status = 'open'
			""";

	private static final String SELECT = """
			select d.dispute_id, i.invoice_number, d.customer_id, d.currency, d.amount, d.reason_code, d.text, d.source,
			       d.opened_by, d.opened_at, d.status, d.resolution, d.resolved_by, d.resolved_at
			  from dispute d
			  join invoice i on i.invoice_id = d.invoice_id
			""";

	private static final String LIST = SELECT + """
			 where (:customerId::text is null or d.customer_id = :customerId)
			   and (:status::text is null or d.status = :status)
			   and d.dispute_id > :after
			 order by d.dispute_id
			 limit :limit
			""";

	private static final String ONE = SELECT + " where d.dispute_id = :id";

	private static final String RESOLVE = """
			update dispute set status = 'resolved', resolution = :resolution, resolved_by = :by, resolved_at = :at
			 where dispute_id = :id and status = 'open'
			""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final CustomerDirectory customers;

	private final LedgerCalendar calendar;

	Disputes(JdbcClient jdbc, NamedParameterJdbcTemplate batch, CustomerDirectory customers, LedgerCalendar calendar) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.customers = customers;
		this.calendar = calendar;
	}

	/**
	 * Opens a dispute in the caller's transaction (or its own when there is none), once:
	 * while a dispute with the same invoice and source is open, this returns it instead.
	 * Recorded as opened by {@code cashpost}.
	 * @param invoiceId the invoice, by its id as posting knows it
	 * @param amount the amount contested, in the invoice's currency, more than zero and
	 * at most the invoice's amount
	 * @param reasonCode why, as a code, e.g. a remittance advice's deduction reason
	 * @param text why, in words, or {@code null}
	 * @param source where it comes from, e.g. {@code "remittance:" + source key}
	 * @return the open dispute's id
	 * @throws ActionRefusedException when the invoice does not exist, or the amount or
	 * currency do not fit it; nothing is written then
	 */
	@Transactional
	public long open(long invoiceId, Money amount, String reasonCode, String text, String source) {
		NewDispute dispute = new NewDispute(invoiceId, amount, reasonCode, text, source);
		check(List.of(dispute));
		return insert(dispute, SYSTEM).orElseGet(() -> this.jdbc.sql(OPEN_ONE)
			.param("invoiceId", invoiceId)
			.param("source", source)
			.query(Long.class)
			.single());
	}

	/**
	 * Opens many at once, as {@link #open} does each, in two round trips: one to check
	 * every invoice, one to write them all. Nothing is written when one does not fit.
	 */
	@Transactional
	public void openAll(List<NewDispute> disputes) {
		if (disputes.isEmpty()) {
			return;
		}
		check(disputes);
		Timestamp now = this.calendar.now();
		this.batch.batchUpdate(INSERT,
				disputes.stream()
					.map((dispute) -> parameters(dispute, SYSTEM, now))
					.toArray(MapSqlParameterSource[]::new));
	}

	/**
	 * A collector records a dispute on one of the customer's invoices.
	 * @param amount the amount contested, or {@code null} for all that is open on it
	 */
	@Transactional
	public Dispute record(String customerId, String invoiceNumber, BigDecimal amount, String reasonCode, String text,
			String by) {
		OpenItem invoice = this.customers.invoiceOf(customerId, invoiceNumber);
		if (reasonCode == null || !reasonCode.matches("[a-z0-9_.-]{1,40}")) {
			throw ActionRefusedException
				.invalid("a dispute needs a reason code: 1 to 40 lower-case letters, digits, '_', '.', '-'");
		}
		BigDecimal contested = (amount != null) ? amount : invoice.openAmount();
		NewDispute dispute = new NewDispute(invoice.invoiceId(), Money.of(contested, invoice.currency()), reasonCode,
				text, COLLECTOR);
		check(List.of(dispute));
		long id = insert(dispute, by).orElseThrow(() -> ActionRefusedException.conflict(
				"invoice " + invoiceNumber + " has an open dispute already: resolve it first, or add a note to it"));
		return find(id);
	}

	/** Settles an open dispute, saying how. */
	@Transactional
	public Dispute resolve(long disputeId, String resolution, String by) {
		Dispute dispute = find(disputeId);
		if (resolution == null || resolution.isBlank()) {
			throw ActionRefusedException.invalid("say how the dispute was settled");
		}
		int updated = this.jdbc.sql(RESOLVE)
			.param("resolution", resolution.strip())
			.param("by", by)
			.param("at", this.calendar.now())
			.param("id", disputeId)
			.update();
		if (updated == 0) {
			throw ActionRefusedException.conflict("dispute " + disputeId + " was resolved already by "
					+ dispute.resolvedBy() + " at " + dispute.resolvedAt());
		}
		return find(disputeId);
	}

	public Dispute find(long disputeId) {
		return this.jdbc.sql(ONE)
			.param("id", disputeId)
			.query(Disputes::dispute)
			.optional()
			.orElseThrow(() -> ActionRefusedException.notFound("no dispute " + disputeId));
	}

	/**
	 * Disputes in the order they were opened, after the given id: what a tool polling
	 * them back reads.
	 * @param customerId one customer's, or {@code null}
	 * @param status {@code open}, {@code resolved}, or {@code null} for both
	 */
	public List<Dispute> list(String customerId, String status, long after, int limit) {
		return this.jdbc.sql(LIST)
			.param("customerId", customerId)
			.param("status", status)
			.param("after", after)
			.param("limit", limit)
			.query(Disputes::dispute)
			.list();
	}

	private java.util.Optional<Long> insert(NewDispute dispute, String by) {
		MapSqlParameterSource parameters = parameters(dispute, by, this.calendar.now());
		return this.jdbc.sql(INSERT).paramSource(parameters).query(Long.class).optional();
	}

	private static MapSqlParameterSource parameters(NewDispute dispute, String by, Timestamp at) {
		return new MapSqlParameterSource().addValue("invoiceId", dispute.invoiceId())
			.addValue("amount", dispute.amount().amount())
			.addValue("reasonCode", dispute.reasonCode())
			.addValue("text", dispute.text())
			.addValue("source", dispute.source())
			.addValue("openedBy", by)
			.addValue("openedAt", at);
	}

	/** Every invoice exists and every amount fits it, or nothing is written. */
	private void check(List<NewDispute> disputes) {
		List<Long> ids = disputes.stream().map(NewDispute::invoiceId).distinct().toList();
		Map<Long, InvoiceFacts> invoices = this.jdbc.sql(INVOICES)
			.param("ids", ids)
			.query(InvoiceFacts.class)
			.list()
			.stream()
			.collect(Collectors.toMap(InvoiceFacts::invoiceId, Function.identity()));
		List<String> problems = new ArrayList<>();
		for (NewDispute dispute : disputes) {
			InvoiceFacts invoice = invoices.get(dispute.invoiceId());
			if (invoice == null) {
				problems.add("no invoice " + dispute.invoiceId());
			}
			else {
				problems.addAll(invoice.problemsWith(dispute));
			}
		}
		if (!problems.isEmpty()) {
			throw (problems.stream().allMatch((p) -> p.startsWith("no invoice")))
					? ActionRefusedException.notFound(String.join("; ", problems))
					: ActionRefusedException.invalid(String.join("; ", problems));
		}
	}

	private static Dispute dispute(ResultSet rs, int row) throws SQLException {
		Timestamp resolvedAt = rs.getTimestamp("resolved_at");
		return new Dispute(rs.getLong("dispute_id"), rs.getString("invoice_number"), rs.getString("customer_id"),
				rs.getString("currency"), rs.getBigDecimal("amount"), rs.getString("reason_code"), rs.getString("text"),
				rs.getString("source"), rs.getString("opened_by"), rs.getTimestamp("opened_at").toInstant(),
				rs.getString("status"), rs.getString("resolution"), rs.getString("resolved_by"),
				(resolvedAt != null) ? resolvedAt.toInstant() : null);
	}

	/** What a dispute is checked against. */
	record InvoiceFacts(long invoiceId, String invoiceNumber, String customerId, String currency, BigDecimal amount) {

		List<String> problemsWith(NewDispute dispute) {
			List<String> problems = new ArrayList<>();
			if (!dispute.amount().currency().getCurrencyCode().equals(this.currency)) {
				problems.add(this.invoiceNumber + " is in " + this.currency + ", the dispute in "
						+ dispute.amount().currency().getCurrencyCode());
			}
			if (dispute.amount().amount().signum() <= 0 || dispute.amount().amount().compareTo(this.amount) > 0) {
				problems.add(this.invoiceNumber + ": a disputed amount is more than zero and at most the invoice's "
						+ this.amount.stripTrailingZeros().toPlainString() + ", not "
						+ dispute.amount().amount().toPlainString());
			}
			if (dispute.source() == null || dispute.source().isBlank() || dispute.reasonCode() == null
					|| dispute.reasonCode().isBlank()) {
				problems.add(this.invoiceNumber + ": a dispute needs a reason code and a source");
			}
			return problems;
		}

	}

}
