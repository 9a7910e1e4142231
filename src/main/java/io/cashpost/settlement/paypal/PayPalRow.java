package io.cashpost.settlement.paypal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import io.cashpost.money.Money;
import io.cashpost.settlement.CardTransaction;
import io.cashpost.settlement.FeeKind;
import io.cashpost.settlement.RecordKind;
import io.cashpost.settlement.report.Row;

/**
 * One body record ({@code SB}) of a PayPal report: unsigned amounts in minor units (100
 * is 1.00 USD and also 1 JPY... written as 100), their direction in a separate debit or
 * credit column.
 */
final class PayPalRow {

	private static final String DATE = "yyyy/MM/dd";

	private final Row row;

	private final String account;

	private final String batchId;

	private final int rowIndex;

	PayPalRow(Row row, String account, String batchId, int rowIndex) {
		this.row = row;
		this.account = account;
		this.batchId = batchId;
		this.rowIndex = rowIndex;
	}

	CardTransaction read() {
		String code = this.row.required("Transaction Event Code");
		Currency currency = this.row.currency("Gross Transaction Currency");
		boolean credit = direction("Transaction Debit or Credit");
		BigDecimal amount = minorUnits(this.row, "Gross Transaction Amount");
		BigDecimal gross = credit ? amount : amount.negate();
		BigDecimal fee = fee(currency);
		RecordKind kind = settled() ? EventCodes.kind(code, credit) : RecordKind.INFO;
		CardTransaction.Builder builder = CardTransaction.builder()
			.acquirer(PayPalReportReader.SETTLEMENT.acquirer())
			.merchantAccount(this.account)
			.batchId(this.batchId)
			.rowIndex(this.rowIndex)
			.line(this.row.line())
			.ownId(this.row.required("Transaction ID"))
			.kind(kind)
			.recordType(code)
			.paymentReference(this.row.text("Transaction ID"))
			.merchantReference(this.row.text("Invoice ID"))
			.reference(this.row.text("Custom Field"))
			.reference(this.row.text("Item ID"))
			.description(this.row.first("Transaction Subject", "Item Name", "Transaction Note"))
			.payerName(payerName())
			.payerAccount(this.row.text("Consumer ID"))
			.bookingDate(this.row.date("Transaction Initiation Date", DATE));
		String original = this.row.text("PayPal Reference ID");
		if (kind != RecordKind.SALE && original != null) {
			builder.originalReference(original);
		}
		amounts(builder, kind, currency, gross, fee);
		return builder.build();
	}

	private void amounts(CardTransaction.Builder builder, RecordKind kind, Currency currency, BigDecimal gross,
			BigDecimal fee) {
		switch (kind) {
			case FEE -> builder.gross(Money.zero(currency))
				.fee(FeeKind.OTHER, fee.subtract(gross))
				.net(new Money(gross.subtract(fee), currency));
			case PAYOUT -> builder.gross(new Money(gross, currency))
				.net(new Money(gross, currency))
				.payoutReference(this.row.first("Bank Reference ID", "Transaction ID"))
				.bookingDate(this.row.date("Transaction Completion Date", DATE));
			case INFO -> builder.gross(new Money(gross, currency)).net(Money.zero(currency));
			default -> builder.gross(new Money(gross, currency))
				.fee(FeeKind.COMMISSION, fee)
				.net(new Money(gross.subtract(fee), currency));
		}
	}

	/** The fee, positive when charged; its currency must be the gross's. */
	private BigDecimal fee(Currency currency) {
		BigDecimal amount = minorUnits(this.row, "Fee Amount");
		if (amount == null || amount.signum() == 0) {
			return BigDecimal.ZERO;
		}
		String feeCurrency = this.row.text("Fee Currency");
		if (feeCurrency != null && !feeCurrency.equalsIgnoreCase(currency.getCurrencyCode())) {
			throw this.row.fail("the fee is in " + feeCurrency + ", the gross in " + currency.getCurrencyCode()
					+ ": PayPal charges a fee in the transaction's currency");
		}
		return direction("Fee Debit or Credit") ? amount.negate() : amount;
	}

	/**
	 * Only completed transactions ({@code S}) move money; the STL lists only those and
	 * has no status column.
	 */
	private boolean settled() {
		String status = this.row.text("Transactional Status");
		return status == null && !this.row.header().has("Transactional Status") || "S".equalsIgnoreCase(status);
	}

	/** True for a credit ({@code CR}), false for a debit ({@code DR}). */
	private boolean direction(String column) {
		String value = this.row.required(column).toUpperCase(Locale.ROOT);
		if (!value.equals("CR") && !value.equals("DR")) {
			throw this.row.fail(column + " '" + value + "' is neither CR nor DR");
		}
		return value.equals("CR");
	}

	private String payerName() {
		String business = this.row.text("Consumer Business Name");
		if (business != null) {
			return business;
		}
		String first = this.row.text("First Name");
		String last = this.row.text("Last Name");
		if (first == null && last == null) {
			return null;
		}
		return ((first != null) ? first : "") + ((first != null && last != null) ? " " : "")
				+ ((last != null) ? last : "");
	}

	/** An unsigned amount in minor units, as a decimal: {@code 5200} is {@code 52.00}. */
	static BigDecimal minorUnits(Row row, String column) {
		String value = row.text(column);
		if (value == null) {
			return null;
		}
		if (!value.matches("\\d+")) {
			throw row.fail(column + " '" + value + "' is not an amount in minor units (digits only)");
		}
		return new BigDecimal(value).movePointLeft(2);
	}

}
