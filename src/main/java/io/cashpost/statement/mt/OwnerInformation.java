package io.cashpost.statement.mt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.cashpost.reference.CreditorReference;
import io.cashpost.money.Money;

/**
 * What field 86 (information to account owner) says about one statement line, whatever
 * the bank's dialect: German {@code ?20}-style subfields, Dutch-style {@code /EREF/}
 * codes, or free text. Each part is {@code null} when the bank did not send it.
 *
 * @param endToEndId the payer's end-to-end id
 * @param mandateId direct-debit mandate id
 * @param returnReason return reason code as the bank sent it ({@code MS03}, or the German
 * three-digit {@code 9xx} code)
 * @param counterpartyName name of the other party
 * @param counterpartyAccount IBAN or account number of the other party
 * @param ultimateDebtorName on whose behalf the payer paid
 * @param remittance remittance lines
 * @param creditorReference structured creditor reference (ISO 11649 or national)
 * @param instructedAmount original amount ({@code /OCMT/})
 * @param charges charges ({@code /CHGS/})
 * @param exchangeRate exchange rate ({@code /EXCH/})
 */
record OwnerInformation(String endToEndId, String mandateId, String returnReason, String counterpartyName,
		String counterpartyAccount, String ultimateDebtorName, List<String> remittance, String creditorReference,
		Money instructedAmount, Money charges, BigDecimal exchangeRate) {

	static final OwnerInformation NONE = new Builder().build();

	OwnerInformation {
		remittance = List.copyOf(remittance);
	}

	/**
	 * Reads the {@code :86:} values that follow one statement line (most banks send one,
	 * old Rabobank files several).
	 */
	static OwnerInformation parse(List<String> values) {
		if (values.isEmpty()) {
			return NONE;
		}
		String joined = joinWrapped(values);
		OwnerInformation information = GermanSubfields.parse(joined);
		if (information == null) {
			information = SlashCodes.parse(joined);
		}
		if (information == null) {
			information = freeText(values);
		}
		if (joined.contains("/OCMT/") || joined.contains("/CHGS/") || joined.contains("/EXCH/")) {
			OwnerInformation.Builder builder = information.toBuilder();
			SlashCodes.amounts(joined, builder);
			information = builder.build();
		}
		return information;
	}

	/**
	 * Joins the field's lines without a separator: banks wrap structured field 86 at 65
	 * characters, in the middle of a word or a code.
	 */
	static String joinWrapped(List<String> values) {
		StringBuilder joined = new StringBuilder();
		for (String value : values) {
			joined.append(value.replace("\n", ""));
		}
		return joined.toString();
	}

	private static OwnerInformation freeText(List<String> values) {
		Builder builder = new Builder();
		for (String value : values) {
			for (String line : value.split("\n")) {
				builder.remittance(line);
			}
		}
		return builder.build();
	}

	Builder toBuilder() {
		Builder builder = new Builder();
		builder.endToEndId = this.endToEndId;
		builder.mandateId = this.mandateId;
		builder.returnReason = this.returnReason;
		builder.counterpartyName = this.counterpartyName;
		builder.counterpartyAccount = this.counterpartyAccount;
		builder.ultimateDebtorName = this.ultimateDebtorName;
		builder.remittance.addAll(this.remittance);
		builder.creditorReference = this.creditorReference;
		builder.instructedAmount = this.instructedAmount;
		builder.charges = this.charges;
		builder.exchangeRate = this.exchangeRate;
		return builder;
	}

	/** Collects the parts a dialect finds; blank parts stay {@code null}. */
	static final class Builder {

		private String endToEndId;

		private String mandateId;

		private String returnReason;

		private String counterpartyName;

		private String counterpartyAccount;

		private String ultimateDebtorName;

		private final List<String> remittance = new ArrayList<>();

		private String creditorReference;

		private Money instructedAmount;

		private Money charges;

		private BigDecimal exchangeRate;

		Builder endToEndId(String value) {
			String id = clean(value);
			if (this.endToEndId == null && id != null && !id.equalsIgnoreCase("NOTPROVIDED")
					&& !id.equalsIgnoreCase("NONREF")) {
				this.endToEndId = id;
			}
			return this;
		}

		Builder mandateId(String value) {
			this.mandateId = first(this.mandateId, value);
			return this;
		}

		Builder returnReason(String value) {
			this.returnReason = first(this.returnReason, value);
			return this;
		}

		Builder counterpartyName(String value) {
			this.counterpartyName = first(this.counterpartyName, value);
			return this;
		}

		Builder counterpartyAccount(String value) {
			this.counterpartyAccount = first(this.counterpartyAccount, (value != null) ? value.replace(" ", "") : null);
			return this;
		}

		Builder ultimateDebtorName(String value) {
			this.ultimateDebtorName = first(this.ultimateDebtorName, value);
			return this;
		}

		Builder remittance(String line) {
			String text = clean(line);
			if (text != null) {
				this.remittance.add(text);
			}
			return this;
		}

		Builder creditorReference(String value) {
			this.creditorReference = first(this.creditorReference, value);
			return this;
		}

		Builder instructedAmount(Money value) {
			this.instructedAmount = (this.instructedAmount != null) ? this.instructedAmount : value;
			return this;
		}

		Builder charges(Money value) {
			this.charges = (this.charges != null) ? this.charges : value;
			return this;
		}

		Builder exchangeRate(BigDecimal value) {
			this.exchangeRate = (this.exchangeRate != null) ? this.exchangeRate : value;
			return this;
		}

		String endToEndId() {
			return this.endToEndId;
		}

		String counterpartyName() {
			return this.counterpartyName;
		}

		String counterpartyAccount() {
			return this.counterpartyAccount;
		}

		String creditorReference() {
			return this.creditorReference;
		}

		List<String> remittance() {
			return this.remittance;
		}

		OwnerInformation build() {
			if (this.creditorReference == null) {
				this.creditorReference = CreditorReference.find(this.remittance);
			}
			return new OwnerInformation(this.endToEndId, this.mandateId, this.returnReason, this.counterpartyName,
					this.counterpartyAccount, this.ultimateDebtorName, this.remittance, this.creditorReference,
					this.instructedAmount, this.charges, this.exchangeRate);
		}

		private static String first(String current, String value) {
			return (current != null) ? current : clean(value);
		}

		/**
		 * Trimmed, runs of blanks (fixed-width padding) made one, {@code null} if blank.
		 */
		static String clean(String value) {
			if (value == null) {
				return null;
			}
			String text = value.strip();
			if (text.isEmpty()) {
				return null;
			}
			return text.contains("  ") ? collapseBlanks(text) : text;
		}

		private static String collapseBlanks(String text) {
			StringBuilder collapsed = new StringBuilder(text.length());
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c != ' ' || text.charAt(i - 1) != ' ') {
					collapsed.append(c);
				}
			}
			return collapsed.toString();
		}

	}

}
