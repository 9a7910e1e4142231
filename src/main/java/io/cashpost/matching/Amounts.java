package io.cashpost.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;

import io.cashpost.invoice.Invoice;
import io.cashpost.money.Money;

/**
 * Exact arithmetic matching needs: amounts as whole ten-thousandths for hashing and
 * adding up, and the early-payment discount an invoice grants on a value date.
 */
final class Amounts {

	/** Amounts are stored with four decimals, so every one is a whole number of these. */
	private static final int SCALE = 4;

	/**
	 * Marks an amount that cannot be a key (more than four decimals): it matches nothing.
	 */
	static final long NO_KEY = Long.MIN_VALUE;

	private Amounts() {
	}

	/** The amount in ten-thousandths, e.g. {@code 12.50 -> 125000}. */
	static long units(BigDecimal amount) {
		try {
			return amount.setScale(SCALE, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
		}
		catch (ArithmeticException ex) {
			return NO_KEY;
		}
	}

	static long units(Money money) {
		return units(money.amount());
	}

	/** Back from ten-thousandths, in the currency's usual decimals when exact. */
	static Money money(long units, Currency currency) {
		BigDecimal amount = BigDecimal.valueOf(units, SCALE);
		int digits = Math.max(currency.getDefaultFractionDigits(), 0);
		BigDecimal shown = amount.stripTrailingZeros();
		return new Money((shown.scale() <= digits) ? shown.setScale(digits) : shown, currency);
	}

	/**
	 * The discount the invoice grants when paid with this value date: none once its
	 * period is over, none when it was already partly paid.
	 */
	static Money discountOn(Invoice invoice, LocalDate valueDate) {
		Money zero = Money.zero(invoice.amount().currency());
		if (!hasDiscountTerms(invoice) || valueDate == null || valueDate.isAfter(invoice.discountUntil())
				|| !invoice.openAmount().isSameAs(invoice.amount())) {
			return zero;
		}
		return discountOf(invoice);
	}

	/** The discount as the terms state it, whatever the date. */
	static Money discountOf(Invoice invoice) {
		Currency currency = invoice.amount().currency();
		BigDecimal discount = invoice.amount()
			.amount()
			.multiply(invoice.discountPercent())
			.movePointLeft(2)
			.setScale(Math.max(currency.getDefaultFractionDigits(), 0), RoundingMode.HALF_UP);
		return new Money(discount, currency);
	}

	static boolean hasDiscountTerms(Invoice invoice) {
		return invoice.discountPercent() != null && invoice.discountPercent().signum() > 0
				&& invoice.discountUntil() != null;
	}

}
