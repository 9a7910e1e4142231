package io.cashpost.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cashpost.money.Money;

/**
 * A settlement batch once all its rows are read: its totals in the settlement currency,
 * what it pays out, and whether the report's control totals confirm them.
 *
 * @param acquirer who sent the report
 * @param merchantAccount the merchant account, or an empty string
 * @param batchId the batch's id (Adyen batch number, Stripe payout id, PayPal report day)
 * @param currency the settlement currency
 * @param rows how many rows of the file belong to the batch
 * @param line the line of its first row
 * @param gross what its transactions were worth before fees: sales less refunds and
 * chargebacks, fee rows at zero
 * @param fees the fees by kind
 * @param net gross less fees: what the batch's own rows add to the balance
 * @param carriedIn balance carried in from an earlier batch
 * @param carriedOut balance carried on to a later batch
 * @param payout what the batch pays to the merchant's bank account (zero when nothing is
 * paid out)
 * @param payoutReference the reference the bank line will carry, or {@code null}
 * @param payoutDate when the acquirer pays out, or {@code null}
 * @param checks the report's control totals against what the rows add up to
 * @param problems rows that do not add up in themselves (gross - fees not equal to net)
 * @param unknownTypes record types Cashpost does not know, with how many rows each
 */
public record SettlementBatch(String acquirer, String merchantAccount, String batchId, Currency currency, int rows,
		long line, BigDecimal gross, Map<FeeKind, BigDecimal> fees, BigDecimal net, BigDecimal carriedIn,
		BigDecimal carriedOut, BigDecimal payout, String payoutReference, LocalDate payoutDate, List<Check> checks,
		List<String> problems, Map<String, Integer> unknownTypes) implements SettlementPart {

	public SettlementBatch {
		merchantAccount = (merchantAccount != null) ? merchantAccount : "";
		fees = Collections
			.unmodifiableMap(new EnumMap<>(fees.isEmpty() ? Map.of(FeeKind.OTHER, BigDecimal.ZERO) : fees));
		checks = List.copyOf(checks);
		problems = List.copyOf(problems);
		unknownTypes = Collections.unmodifiableMap(new LinkedHashMap<>(unknownTypes));
	}

	/** The fees of every kind together. */
	public BigDecimal totalFees() {
		return this.fees.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * Whether the report's control totals confirm the rows and every row adds up;
	 * {@code null} when the report carries no control total to check against.
	 */
	public Boolean balanced() {
		if (!this.problems.isEmpty()) {
			return false;
		}
		if (this.checks.isEmpty()) {
			return null;
		}
		return this.checks.stream().allMatch(Check::agrees);
	}

	/** How a person names the batch: {@code batch 380 (USD)}. */
	public String describe() {
		return "batch " + this.batchId + " (" + this.currency.getCurrencyCode() + ")";
	}

	/**
	 * Why the batch is refused, naming the control and the difference; {@code null} when
	 * it is not.
	 */
	public String refusal() {
		if (!Boolean.FALSE.equals(balanced())) {
			return null;
		}
		StringBuilder reason = new StringBuilder(describe()).append(" does not add up: ");
		List<String> failures = this.checks.stream().filter((check) -> !check.agrees()).map(this::explain).toList();
		List<String> all = new ArrayList<>(failures);
		all.addAll(this.problems);
		reason.append(all.get(0));
		if (all.size() > 1) {
			reason.append(" (and ").append(all.size() - 1).append(" more)");
		}
		return reason.toString();
	}

	/** What the amount reads in the batch's currency. */
	public String amount(BigDecimal amount) {
		return new Money(amount, this.currency).inCurrencyScale().toPlainString();
	}

	private String explain(Check check) {
		return check.what() + " " + amount(check.stated()) + ", the rows add up to " + amount(check.computed())
				+ " (difference " + amount(check.difference()) + ")";
	}

	/**
	 * A control total of the report against what the rows add up to.
	 *
	 * @param what the control in words, e.g. {@code the MerchantPayout pays out}
	 * @param stated what the report states
	 * @param computed what the rows add up to
	 */
	public record Check(String what, BigDecimal stated, BigDecimal computed) {

		public BigDecimal difference() {
			return this.computed.subtract(this.stated);
		}

		public boolean agrees() {
			return this.stated.compareTo(this.computed) == 0;
		}

	}

}
