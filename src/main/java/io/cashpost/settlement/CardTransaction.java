package io.cashpost.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.cashpost.money.Money;

/**
 * One row of a settlement report, normalised from whatever the acquirer sent. Readers
 * build it with {@link #builder()}.
 *
 * @param acquirer who sent the report, e.g. {@code adyen}
 * @param merchantAccount the merchant account the acquirer keeps the money in (Adyen
 * merchant account, PayPal account id), or an empty string when the report names none
 * @param batchId the batch the row is settled in (Adyen batch number, Stripe payout id,
 * PayPal report day)
 * @param rowIndex 1-based position among the file's rows
 * @param line line in the file where the row starts
 * @param ownId the acquirer's own id of the row, unique for the acquirer: what makes a
 * row posted once however many reports carry it
 * @param kind what the row does
 * @param recordType the acquirer's own name of the row's type, e.g. {@code Settled},
 * {@code charge}, {@code T0006}
 * @param paymentReference the acquirer's id of the payment (Adyen PSP reference, Stripe
 * charge, PayPal transaction id), or {@code null}
 * @param originalReference for a refund, chargeback or their reversal: the payment it
 * acts on, else {@code null}
 * @param merchantReference the order or invoice number the merchant gave the payment, or
 * {@code null}
 * @param references further references the merchant gave (invoice number, metadata)
 * @param description free text of the row
 * @param payerName the card holder or payer, or {@code null}
 * @param payerAccount the payer's account at the acquirer (PayPal payer id), or
 * {@code null}
 * @param bookingDate when the payment was made (creation date)
 * @param gross what the customer paid, in the transaction currency, signed: positive is
 * money to the merchant
 * @param exchangeRate transaction currency to settlement currency, or {@code null} when
 * they are the same
 * @param net what the row adds to the merchant's balance, in the settlement currency,
 * signed
 * @param fees the fees deducted by kind, in the settlement currency; positive is a fee
 * charged, negative a fee refunded
 * @param payoutReference for a payout: the reference the bank line will carry
 */
public record CardTransaction(String acquirer, String merchantAccount, String batchId, int rowIndex, long line,
		String ownId, RecordKind kind, String recordType, String paymentReference, String originalReference,
		String merchantReference, List<String> references, String description, String payerName, String payerAccount,
		LocalDate bookingDate, Money gross, BigDecimal exchangeRate, Money net, Map<FeeKind, BigDecimal> fees,
		String payoutReference) implements SettlementPart {

	public CardTransaction {
		references = (references != null) ? List.copyOf(references) : List.of();
		EnumMap<FeeKind, BigDecimal> copy = new EnumMap<>(FeeKind.class);
		if (fees != null) {
			fees.forEach((feeKind, amount) -> {
				if (amount != null && amount.signum() != 0) {
					copy.put(feeKind, amount);
				}
			});
		}
		fees = Collections.unmodifiableMap(copy);
		merchantAccount = (merchantAccount != null) ? merchantAccount : "";
	}

	public static Builder builder() {
		return new Builder();
	}

	/** The key that makes the row unique among all reports: acquirer and own id. */
	public String key() {
		return this.acquirer + ":" + this.ownId;
	}

	/** The fees of every kind together. */
	public Money totalFees() {
		BigDecimal total = this.fees.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Money(total, this.net.currency());
	}

	/**
	 * What the row was worth before fees in the settlement currency: net + fees. For a
	 * row in another currency this is its gross converted at the acquirer's rate.
	 */
	public Money settlementGross() {
		return this.net.plus(totalFees());
	}

	/** Whether the customer paid in another currency than the batch settles in. */
	public boolean isCrossCurrency() {
		return !this.gross.currency().equals(this.net.currency());
	}

	/** Every reference the merchant gave, the merchant reference first. */
	public List<String> merchantReferences() {
		List<String> all = new ArrayList<>();
		if (this.merchantReference != null && !this.merchantReference.isBlank()) {
			all.add(this.merchantReference);
		}
		this.references.stream().filter((reference) -> !all.contains(reference)).forEach(all::add);
		return all;
	}

	/** Builds a row field by field; unset fields are {@code null} or empty. */
	public static final class Builder {

		private String acquirer;

		private String merchantAccount;

		private String batchId;

		private int rowIndex;

		private long line;

		private String ownId;

		private RecordKind kind;

		private String recordType;

		private String paymentReference;

		private String originalReference;

		private String merchantReference;

		private final List<String> references = new ArrayList<>();

		private String description;

		private String payerName;

		private String payerAccount;

		private LocalDate bookingDate;

		private Money gross;

		private BigDecimal exchangeRate;

		private Money net;

		private final Map<FeeKind, BigDecimal> fees = new EnumMap<>(FeeKind.class);

		private String payoutReference;

		private Builder() {
		}

		public Builder acquirer(String acquirer) {
			this.acquirer = acquirer;
			return this;
		}

		public Builder merchantAccount(String merchantAccount) {
			this.merchantAccount = merchantAccount;
			return this;
		}

		public Builder batchId(String batchId) {
			this.batchId = batchId;
			return this;
		}

		public Builder rowIndex(int rowIndex) {
			this.rowIndex = rowIndex;
			return this;
		}

		public Builder line(long line) {
			this.line = line;
			return this;
		}

		public Builder ownId(String ownId) {
			this.ownId = ownId;
			return this;
		}

		public Builder kind(RecordKind kind) {
			this.kind = kind;
			return this;
		}

		public RecordKind kind() {
			return this.kind;
		}

		public Builder recordType(String recordType) {
			this.recordType = recordType;
			return this;
		}

		public Builder paymentReference(String paymentReference) {
			this.paymentReference = paymentReference;
			return this;
		}

		public Builder originalReference(String originalReference) {
			this.originalReference = originalReference;
			return this;
		}

		public Builder merchantReference(String merchantReference) {
			this.merchantReference = merchantReference;
			return this;
		}

		/** Adds a further merchant reference, unless blank. */
		public Builder reference(String reference) {
			if (reference != null && !reference.isBlank()) {
				this.references.add(reference.strip());
			}
			return this;
		}

		public Builder description(String description) {
			this.description = description;
			return this;
		}

		public Builder payerName(String payerName) {
			this.payerName = payerName;
			return this;
		}

		public Builder payerAccount(String payerAccount) {
			this.payerAccount = payerAccount;
			return this;
		}

		public Builder bookingDate(LocalDate bookingDate) {
			this.bookingDate = bookingDate;
			return this;
		}

		public Builder gross(Money gross) {
			this.gross = gross;
			return this;
		}

		public Builder exchangeRate(BigDecimal exchangeRate) {
			this.exchangeRate = exchangeRate;
			return this;
		}

		public Builder net(Money net) {
			this.net = net;
			return this;
		}

		/** Adds to the fee of a kind; {@code null} adds nothing. */
		public Builder fee(FeeKind kind, BigDecimal amount) {
			if (amount != null) {
				this.fees.merge(kind, amount, BigDecimal::add);
			}
			return this;
		}

		public Builder payoutReference(String payoutReference) {
			this.payoutReference = payoutReference;
			return this;
		}

		public CardTransaction build() {
			return new CardTransaction(this.acquirer, this.merchantAccount, this.batchId, this.rowIndex, this.line,
					this.ownId, this.kind, this.recordType, this.paymentReference, this.originalReference,
					this.merchantReference, this.references, this.description, this.payerName, this.payerAccount,
					this.bookingDate, this.gross, this.exchangeRate, this.net, this.fees, this.payoutReference);
		}

	}

}
