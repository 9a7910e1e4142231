package io.cashpost.statement.bai2;

import java.util.Currency;
import java.util.function.UnaryOperator;

/**
 * Reads an account identifier record (03 and its continuations): the account, its
 * currency, and its summaries and statuses, each a type code, an amount, an item count
 * and a funds type. The ledger balances (010, 015) are kept for the balance check; every
 * amount counts in the account control total.
 */
final class AccountHeader {

	private AccountHeader() {
	}

	/**
	 * @param record the 03 record
	 * @param fallback the currency when the record names none
	 * @param statementRefs gives the statement reference of an account number
	 */
	static Account read(Bai2Record record, Currency fallback, UnaryOperator<String> statementRefs) {
		Fields fields = record.fields();
		String number = fields.next();
		if (number == null || number.isEmpty()) {
			throw new RecordProblem("account header (03) without an account number");
		}
		Currency currency = currency(fields.next(), fallback);
		Account account = new Account(number, currency, statementRefs.apply(number), record.line());
		while (fields.hasNext()) {
			summary(fields, account);
		}
		return account;
	}

	private static void summary(Fields fields, Account account) {
		String typeField = orEmpty(fields.next());
		String amountField = orEmpty(fields.next());
		FieldValues.count(fields.next(), "item count");
		FundsType.read(fields);
		if (typeField.isEmpty()) {
			if (!amountField.isEmpty()) {
				throw new RecordProblem("amount '" + amountField + "' without a type code");
			}
			return;
		}
		int typeCode = TypeCode.parse(typeField);
		if (typeCode < 0) {
			throw new RecordProblem("malformed type code '" + typeField + "': expected three digits");
		}
		if (!amountField.isEmpty()) {
			account.summary(typeCode, FieldValues.signedAmount(amountField, "amount of type code " + typeField));
		}
	}

	/** The currency of an ISO 4217 code, or the fallback when the field is empty. */
	static Currency currency(String code, Currency fallback) {
		if (code == null || code.isEmpty()) {
			return fallback;
		}
		try {
			return Currency.getInstance(code);
		}
		catch (IllegalArgumentException ex) {
			throw new RecordProblem("unknown currency code '" + code + "'");
		}
	}

	private static String orEmpty(String field) {
		return (field != null) ? field : "";
	}

}
