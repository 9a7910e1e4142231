package io.cashpost.settlement;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;

import io.cashpost.money.Money;

/**
 * A staged report row whose settlement entry is not posted yet.
 *
 * @param cardTransactionId the row
 * @param fileId the report it came from
 * @param ownKey acquirer and the acquirer's own id of the row
 * @param acquirer the acquirer
 * @param batchRef the batch's id
 * @param kind what the row does
 * @param recordType the acquirer's name of its type
 * @param paymentReference the acquirer's id of the payment, or {@code null}
 * @param description the row's text, or {@code null}
 * @param rowIndex its position among the report's rows
 * @param line its line in the report
 * @param gross what the customer paid, in the transaction currency
 * @param net what it adds to the balance, in the settlement currency
 * @param fees the fees by kind, in the settlement currency
 */
public record UnsettledRow(long cardTransactionId, long fileId, String ownKey, String acquirer, String batchRef,
		RecordKind kind, String recordType, String paymentReference, String description, int rowIndex, long line,
		Money gross, Money net, Map<FeeKind, BigDecimal> fees) {

	public UnsettledRow {
		EnumMap<FeeKind, BigDecimal> copy = new EnumMap<>(FeeKind.class);
		copy.putAll(fees);
		fees = java.util.Collections.unmodifiableMap(copy);
	}

	/** net + fees: the row's gross in the settlement currency. */
	Money settlementGross() {
		return this.net.plus(totalFees());
	}

	Money totalFees() {
		return new Money(this.fees.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), this.net.currency());
	}

	boolean isCrossCurrency() {
		return !this.gross.currency().equals(this.net.currency());
	}

	Currency currency() {
		return this.net.currency();
	}

	/** What this row's postings are called: the same in every report carrying the row. */
	String postingKey(String part) {
		return "card|" + this.ownKey + "|" + part;
	}

}
