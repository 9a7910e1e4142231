package io.cashpost.collection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What is known about one customer and currency while the worklist is built; turned into
 * its row with the score, reasons and blocks.
 */
final class WorklistFacts {

	private final String customerId;

	private final String customerName;

	private final String currency;

	private BigDecimal overdue = BigDecimal.ZERO;

	private BigDecimal disputed = BigDecimal.ZERO;

	private BigDecimal weighted = BigDecimal.ZERO;

	private BigDecimal credit = BigDecimal.ZERO;

	private int invoices;

	private int oldestDays;

	private List<String> invoiceNumbers = List.of();

	private List<String> disputedInvoices = List.of();

	private final List<WorklistRow.PaidToday> paidToday = new ArrayList<>();

	private final List<WorklistRow.Block> blocks = new ArrayList<>();

	private int brokenPromises;

	WorklistFacts(String customerId, String customerName, String currency) {
		this.customerId = customerId;
		this.customerName = customerName;
		this.currency = currency;
	}

	String customerId() {
		return this.customerId;
	}

	void overdue(BigDecimal overdue, BigDecimal disputed, int invoices, int oldestDays, BigDecimal weighted,
			List<String> invoiceNumbers, List<String> disputedInvoices) {
		this.overdue = overdue;
		this.disputed = disputed;
		this.invoices = invoices;
		this.oldestDays = oldestDays;
		this.weighted = weighted;
		this.invoiceNumbers = invoiceNumbers;
		this.disputedInvoices = disputedInvoices;
	}

	WorklistFacts paidToday(WorklistRow.PaidToday paid) {
		this.paidToday.add(paid);
		return this;
	}

	void credit(BigDecimal credit) {
		this.credit = credit;
	}

	void undecided(UndecidedPayments.UndecidedPayment payment) {
		this.blocks.add(new WorklistRow.Block("payment_being_applied",
				"payment received, being applied — do not chase: " + payment.currency() + " " + plain(payment.amount())
						+ " from " + ((payment.payer() != null) ? payment.payer() : "an unnamed payer")
						+ ((payment.valueDate() != null) ? " on " + payment.valueDate() : "") + " (exception "
						+ payment.exceptionId() + ")"));
	}

	void hold(Hold hold) {
		this.blocks
			.add(new WorklistRow.Block("hold", "on hold" + ((hold.until() != null) ? " until " + hold.until() : "")
					+ " by " + hold.setBy() + ": " + hold.reason()));
	}

	void promise(Promise promise) {
		if (promise.isOpen()) {
			this.blocks.add(new WorklistRow.Block("promise",
					"promised " + promise.currency() + " " + plain(promise.amount()) + " by " + promise.promisedDate()
							+ " (recorded by " + promise.createdBy() + "; " + plain(promise.paid()) + " paid since)"));
		}
		else if (promise.isBroken()) {
			this.brokenPromises++;
		}
	}

	WorklistRow row(CollectionProperties properties, WorklistRow.Block stale) {
		List<WorklistRow.Block> rowBlocks = new ArrayList<>(this.blocks);
		if (this.invoices > 0 && this.weighted.signum() == 0 && this.disputed.signum() > 0) {
			rowBlocks.add(new WorklistRow.Block("disputed",
					"every overdue invoice is disputed: " + String.join(", ", this.disputedInvoices)));
		}
		if (stale != null) {
			rowBlocks.add(stale);
		}
		BigDecimal score = Worklist.score(this.weighted, this.brokenPromises, properties);
		return new WorklistRow(this.customerId, this.customerName, this.currency, this.overdue, this.disputed,
				this.invoices, this.oldestDays, this.invoiceNumbers, this.brokenPromises, score, !rowBlocks.isEmpty(),
				reasons(), rowBlocks, List.copyOf(this.paidToday), List.copyOf(this.disputedInvoices));
	}

	private List<String> reasons() {
		List<String> reasons = new ArrayList<>();
		if (this.invoices > 0) {
			reasons.add(this.currency + " " + plain(this.overdue) + " overdue on " + this.invoices
					+ ((this.invoices == 1) ? " invoice" : " invoices") + ", the oldest " + this.oldestDays
					+ " days past due");
		}
		if (this.disputed.signum() > 0) {
			reasons.add(this.currency + " " + plain(this.disputed) + " disputed ("
					+ String.join(", ", this.disputedInvoices) + "), left out of the score");
		}
		if (this.brokenPromises > 0) {
			reasons.add(this.brokenPromises + ((this.brokenPromises == 1) ? " broken promise" : " broken promises")
					+ " raise the score");
		}
		if (this.credit.signum() > 0) {
			reasons.add(this.currency + " " + plain(this.credit) + " held on account as credit");
		}
		if (!this.paidToday.isEmpty()) {
			reasons.add("paid today: "
					+ String.join(", ", this.paidToday.stream().map(WorklistRow.PaidToday::toString).toList()));
		}
		return reasons;
	}

	private static String plain(BigDecimal amount) {
		return amount
			.setScale(Math.max(2, Math.min(amount.stripTrailingZeros().scale(), 4)), java.math.RoundingMode.UNNECESSARY)
			.toPlainString();
	}

}
