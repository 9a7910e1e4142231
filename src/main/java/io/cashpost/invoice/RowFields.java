package io.cashpost.invoice;

import io.cashpost.reference.Mod97;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The values of one invoice record by column name, each read into its type; whatever
 * cannot be read is noted as a problem and read as {@code null}.
 */
final class RowFields {

	/**
	 * Digits with an optional {@code .} and fraction: {@code 1.234,56}, {@code 1,234.56},
	 * {@code 1e3} and {@code .5} are refused rather than guessed at.
	 */
	private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	/** What fits in numeric(19,4). */
	private static final int MAX_INTEGER_DIGITS = 15;

	private static final int MAX_PERCENT_DECIMALS = 4;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final Pattern ACCOUNT = Pattern.compile("[A-Z0-9]{1,34}");

	private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}");

	private static final Pattern CREDITOR_REFERENCE = Pattern.compile("RF[0-9]{2}[A-Z0-9]{1,21}");

	private final CsvRecord record;

	private final Map<String, Integer> columns;

	private final List<String> problems = new ArrayList<>();

	RowFields(CsvRecord record, Map<String, Integer> columns) {
		this.record = record;
		this.columns = columns;
	}

	/**
	 * The value without surrounding white space, or {@code null} when empty or absent.
	 */
	String optional(String column) {
		Integer index = this.columns.get(column);
		if (index == null) {
			return null;
		}
		String value = this.record.fields().get(index).strip();
		return value.isEmpty() ? null : value;
	}

	boolean has(String column) {
		return optional(column) != null;
	}

	String required(String column) {
		String value = optional(column);
		if (value == null) {
			problem("%s is missing", column);
		}
		return value;
	}

	String invoiceNumber() {
		String number = required("invoice_number");
		if (number != null && InvoiceKeys.of(number).isEmpty()) {
			problem("invoice_number '%s' has no letters or digits", number);
		}
		return number;
	}

	/** An ISO 4217 currency that has minor units (not gold, not XXX). */
	Currency currency() {
		String code = required("currency");
		if (code == null) {
			return null;
		}
		try {
			Currency currency = Currency.getInstance(code.toUpperCase(Locale.ROOT));
			if (currency.getDefaultFractionDigits() >= 0) {
				return currency;
			}
		}
		catch (IllegalArgumentException ex) {
			// reported below
		}
		problem("currency '%s' is not an ISO 4217 currency code", code);
		return null;
	}

	/**
	 * An amount with at most the currency's decimal places: {@code 1.234} in EUR is more
	 * likely a thousands separator than a tenth of a cent.
	 */
	BigDecimal money(String column, boolean required, Currency currency) {
		BigDecimal amount = decimal(column, required);
		if (amount != null && currency != null && amount.scale() > currency.getDefaultFractionDigits()) {
			problem("%s '%s' has %d decimal places but %s has %d", column, amount.toPlainString(), amount.scale(),
					currency.getCurrencyCode(), currency.getDefaultFractionDigits());
			return null;
		}
		return amount;
	}

	BigDecimal discountPercent() {
		BigDecimal percent = decimal("discount_percent", false);
		if (percent == null) {
			return null;
		}
		if (percent.signum() < 0 || percent.compareTo(HUNDRED) >= 0) {
			problem("discount_percent '%s' must be at least 0 and below 100", percent.toPlainString());
			return null;
		}
		if (percent.scale() > MAX_PERCENT_DECIMALS) {
			problem("discount_percent '%s' has more than %d decimal places", percent.toPlainString(),
					MAX_PERCENT_DECIMALS);
			return null;
		}
		return percent;
	}

	LocalDate date(String column, boolean required) {
		String text = required ? required(column) : optional(column);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			problem("%s '%s' is not a valid ISO-8601 date (yyyy-mm-dd)", column, text);
			return null;
		}
	}

	/** The payer account, upper case without spaces; an IBAN's check digits must hold. */
	String account() {
		String text = optional("customer_iban");
		if (text == null) {
			return null;
		}
		String account = AccountNumbers.normalised(text);
		if (!ACCOUNT.matcher(account).matches()) {
			problem("customer_iban '%s' is not an account number (letters and digits, at most 34)", text);
			return null;
		}
		if (IBAN.matcher(account).matches() && !Mod97.isValid(account)) {
			problem("customer_iban '%s' fails the IBAN check digits", text);
			return null;
		}
		return account;
	}

	/**
	 * The reference as printed; an ISO 11649 {@code RF} reference's check digits must
	 * hold.
	 */
	String paymentReference() {
		String reference = optional("payment_reference");
		if (reference == null) {
			return null;
		}
		String key = InvoiceKeys.of(reference);
		if (key.isEmpty()) {
			problem("payment_reference '%s' has no letters or digits", reference);
			return null;
		}
		if (CREDITOR_REFERENCE.matcher(key).matches() && !Mod97.isValid(key)) {
			problem("payment_reference '%s' fails the ISO 11649 check digits", reference);
			return null;
		}
		return reference;
	}

	void problem(String format, Object... args) {
		this.problems.add(format.formatted(args));
	}

	boolean hasProblems() {
		return !this.problems.isEmpty();
	}

	List<String> problems() {
		return List.copyOf(this.problems);
	}

	private BigDecimal decimal(String column, boolean required) {
		String text = required ? required(column) : optional(column);
		if (text == null) {
			return null;
		}
		if (!DECIMAL.matcher(text).matches()) {
			problem("%s '%s' is not a decimal number like 1234.56", column, text);
			return null;
		}
		BigDecimal value = new BigDecimal(text);
		if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
			problem("%s '%s' is too large", column, text);
			return null;
		}
		return value;
	}

}
