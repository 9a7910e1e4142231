package io.cashpost.money;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of one currency. Signed: a negative amount is money going out.
 *
 * @param amount the amount, never parsed through {@code double}
 * @param currency the ISO 4217 currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

	public Money {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(currency, "currency");
	}

	public static Money of(String amount, String currency) {
		return new Money(new BigDecimal(amount), Currency.getInstance(currency));
	}

	public static Money of(BigDecimal amount, String currency) {
		return new Money(amount, Currency.getInstance(currency));
	}

	public static Money zero(Currency currency) {
		return new Money(BigDecimal.ZERO, currency);
	}

	public Money plus(Money other) {
		return new Money(this.amount.add(sameCurrency(other).amount), this.currency);
	}

	public Money minus(Money other) {
		return new Money(this.amount.subtract(sameCurrency(other).amount), this.currency);
	}

	public Money negate() {
		return new Money(this.amount.negate(), this.currency);
	}

	public Money abs() {
		return new Money(this.amount.abs(), this.currency);
	}

	public boolean isNegative() {
		return this.amount.signum() < 0;
	}

	public boolean isZero() {
		return this.amount.signum() == 0;
	}

	/** Equal in value and currency, whatever the scale ({@code 10.0 == 10.00}). */
	public boolean isSameAs(Money other) {
		return this.currency.equals(other.currency) && this.amount.compareTo(other.amount) == 0;
	}

	@Override
	public int compareTo(Money other) {
		return this.amount.compareTo(sameCurrency(other).amount);
	}

	/**
	 * The amount in the currency's own decimals, the way people read it:
	 * {@code 1250.0000 EUR} as {@code 1250.00}, {@code 1500.0000 JPY} as {@code 1500}. An
	 * amount with more significant digits than the currency has (a fraction of a cent)
	 * keeps them all: nothing is rounded away.
	 */
	public BigDecimal inCurrencyScale() {
		int digits = Math.max(0, this.currency.getDefaultFractionDigits());
		BigDecimal stripped = this.amount.stripTrailingZeros();
		return (stripped.scale() <= digits) ? stripped.setScale(digits) : stripped;
	}

	/** The amount as a plain decimal string without exponent, e.g. {@code 1250.00}. */
	public String toPlainString() {
		return this.amount.toPlainString();
	}

	@Override
	public String toString() {
		return this.currency.getCurrencyCode() + " " + this.amount.toPlainString();
	}

	private Money sameCurrency(Money other) {
		if (!this.currency.equals(other.currency)) {
			throw new IllegalArgumentException("Currency mismatch: " + this + " and " + other);
		}
		return other;
	}

}
