package io.cashpost.settlement.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.cashpost.money.Money;
import io.cashpost.settlement.CardTransaction;
import io.cashpost.settlement.FeeKind;
import io.cashpost.settlement.RecordKind;
import io.cashpost.settlement.SettlementBatch;

/**
 * The running totals of every batch of a report, kept while its rows stream past: memory
 * grows with the number of batches, never with the rows. Each row is checked in itself
 * (gross - fees = net); the readers add the report's own control totals at the end.
 */
public final class BatchBook {

	/** Problems listed per batch; the rest are counted. */
	private static final int LISTED = 5;

	private final Map<Key, Totals> batches = new LinkedHashMap<>();

	private final boolean payoutFromRows;

	/**
	 * @param payoutFromRows whether a batch pays out only what its payout rows say
	 * (Adyen, PayPal), or, without payout rows, what its rows add up to (Stripe, a
	 * generic report)
	 */
	public BatchBook(boolean payoutFromRows) {
		this.payoutFromRows = payoutFromRows;
	}

	/** Adds the row to its batch's totals. */
	public void add(CardTransaction row) {
		Totals totals = totals(row);
		totals.rows++;
		switch (row.kind()) {
			case PAYOUT -> {
				totals.payoutRows++;
				totals.paidOut = totals.paidOut.add(row.net().amount().negate());
				totals.payoutReference(row.payoutReference());
				totals.payoutDate(row.bookingDate());
			}
			case BALANCE_TRANSFER -> {
				if (row.net().isNegative()) {
					totals.carriedOut = totals.carriedOut.add(row.net().amount().negate());
				}
				else {
					totals.carriedIn = totals.carriedIn.add(row.net().amount());
				}
			}
			case INFO -> {
			}
			default -> addBusiness(totals, row);
		}
	}

	/** Notes where a batch's payout goes, when its rows say so without a payout row. */
	public void notePayout(CardTransaction row, String reference, LocalDate date) {
		Totals totals = totals(row);
		totals.payoutReference(reference);
		totals.payoutDate(date);
	}

	/** Every batch so far, in the order their first rows came. */
	public List<Totals> all() {
		return List.copyOf(this.batches.values());
	}

	/** The batches' summaries, once the report is read and its checks added. */
	public List<SettlementBatch> summaries() {
		return this.batches.values().stream().map(this::summary).toList();
	}

	/** Adds a check to every batch the consumer is given. */
	public void forEach(Consumer<Totals> consumer) {
		this.batches.values().forEach(consumer);
	}

	private void addBusiness(Totals totals, CardTransaction row) {
		totals.gross = totals.gross.add(row.settlementGross().amount());
		row.fees().forEach((kind, amount) -> totals.fees.merge(kind, amount, BigDecimal::add));
		totals.net = totals.net.add(row.net().amount());
		if (row.kind() == RecordKind.UNKNOWN) {
			totals.unknownTypes.merge(row.recordType(), 1, Integer::sum);
		}
		String problem = problem(row);
		if (problem != null) {
			totals.problem(problem);
		}
	}

	/**
	 * gross - fees = net for a row in one currency; for a row in another currency, its
	 * gross at the acquirer's rate within a unit of the last decimal.
	 */
	private static String problem(CardTransaction row) {
		Money fees = row.totalFees();
		if (!row.isCrossCurrency()) {
			Money expected = row.gross().minus(fees);
			if (expected.isSameAs(row.net())) {
				return null;
			}
			return "line " + row.line() + " (" + row.recordType() + " " + reference(row) + "): gross "
					+ plain(row.gross()) + " - fees " + plain(fees) + " = " + plain(expected) + ", but net is "
					+ plain(row.net()) + " (difference " + plain(row.net().minus(expected)) + ")";
		}
		if (row.exchangeRate() == null) {
			return null;
		}
		int digits = Math.max(0, row.net().currency().getDefaultFractionDigits());
		BigDecimal converted = row.gross().amount().multiply(row.exchangeRate()).setScale(digits, RoundingMode.HALF_UP);
		BigDecimal difference = row.settlementGross().amount().subtract(converted);
		BigDecimal unit = BigDecimal.ONE.movePointLeft(digits);
		if (difference.abs().compareTo(unit) <= 0) {
			return null;
		}
		return "line " + row.line() + " (" + row.recordType() + " " + reference(row) + "): gross " + plain(row.gross())
				+ " at " + row.exchangeRate().toPlainString() + " is "
				+ plain(new Money(converted, row.net().currency())) + ", but net + fees is "
				+ plain(row.settlementGross()) + " (difference "
				+ new Money(difference, row.net().currency()).inCurrencyScale().toPlainString() + ")";
	}

	private static String reference(CardTransaction row) {
		return (row.paymentReference() != null) ? row.paymentReference() : row.ownId();
	}

	private static String plain(Money money) {
		return money.inCurrencyScale().toPlainString() + " " + money.currency().getCurrencyCode();
	}

	private Totals totals(CardTransaction row) {
		Key key = new Key(row.merchantAccount(), row.batchId(), row.net().currency());
		return this.batches.computeIfAbsent(key, (k) -> new Totals(row.acquirer(), k, row.line()));
	}

	private SettlementBatch summary(Totals t) {
		BigDecimal payout;
		if (t.payoutRows > 0 || this.payoutFromRows) {
			payout = t.paidOut;
		}
		else {
			payout = t.carriedIn.add(t.net).subtract(t.carriedOut);
		}
		List<String> problems = new ArrayList<>(t.problems);
		if (t.unlisted > 0) {
			problems.add(t.unlisted + " more rows that do not add up");
		}
		return new SettlementBatch(t.acquirer, t.key.merchantAccount(), t.key.batchId(), t.key.currency(), t.rows,
				t.line, t.gross, t.fees, t.net, t.carriedIn, t.carriedOut, payout, t.payoutReference, t.payoutDate,
				t.checks, problems, t.unknownTypes);
	}

	/** What identifies a batch within a report. */
	public record Key(String merchantAccount, String batchId, Currency currency) {
	}

	/** A batch's totals so far. */
	public static final class Totals {

		private final String acquirer;

		private final Key key;

		private final long line;

		private int rows;

		private int payoutRows;

		private BigDecimal gross = BigDecimal.ZERO;

		private final Map<FeeKind, BigDecimal> fees = new EnumMap<>(FeeKind.class);

		private BigDecimal net = BigDecimal.ZERO;

		private BigDecimal carriedIn = BigDecimal.ZERO;

		private BigDecimal carriedOut = BigDecimal.ZERO;

		private BigDecimal paidOut = BigDecimal.ZERO;

		private String payoutReference;

		private LocalDate payoutDate;

		private final List<SettlementBatch.Check> checks = new ArrayList<>();

		private final List<String> problems = new ArrayList<>();

		private int unlisted;

		private final Map<String, Integer> unknownTypes = new LinkedHashMap<>();

		private Totals(String acquirer, Key key, long line) {
			this.acquirer = acquirer;
			this.key = key;
			this.line = line;
		}

		public Key key() {
			return this.key;
		}

		public int rows() {
			return this.rows;
		}

		public int payoutRows() {
			return this.payoutRows;
		}

		public BigDecimal net() {
			return this.net;
		}

		public BigDecimal gross() {
			return this.gross;
		}

		public BigDecimal carriedIn() {
			return this.carriedIn;
		}

		public BigDecimal carriedOut() {
			return this.carriedOut;
		}

		/** What the payout rows pay out, positive. */
		public BigDecimal paidOut() {
			return this.paidOut;
		}

		public void check(String what, BigDecimal stated, BigDecimal computed) {
			this.checks.add(new SettlementBatch.Check(what, stated, computed));
		}

		public void problem(String problem) {
			if (this.problems.size() < LISTED) {
				this.problems.add(problem);
			}
			else {
				this.unlisted++;
			}
		}

		private void payoutReference(String reference) {
			if (reference == null || reference.isBlank()) {
				return;
			}
			if (this.payoutReference == null) {
				this.payoutReference = reference;
			}
			else if (!this.payoutReference.contains(reference)) {
				this.payoutReference = this.payoutReference + " | " + reference;
			}
		}

		private void payoutDate(LocalDate date) {
			if (date != null && (this.payoutDate == null || date.isAfter(this.payoutDate))) {
				this.payoutDate = date;
			}
		}

	}

}
