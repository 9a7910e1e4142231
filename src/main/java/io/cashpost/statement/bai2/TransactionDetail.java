package io.cashpost.statement.bai2;

import java.time.LocalDate;
import java.util.List;

import io.cashpost.money.Money;
import io.cashpost.statement.BankTransaction;
import io.cashpost.statement.EntryStatus;

/**
 * Reads a transaction detail record (16 and its continuations) into a transaction of the
 * account: type code, amount, funds type, bank reference, customer reference and text.
 */
final class TransactionDetail {

	private TransactionDetail() {
	}

	static BankTransaction read(Bai2Record record, Account account, Group group, int entryIndex) {
		Fields fields = record.fields();
		String typeField = orEmpty(fields.next());
		int typeCode = TypeCode.parse(typeField);
		if (typeCode < 0) {
			throw new RecordProblem("malformed type code '" + typeField + "': expected three digits");
		}
		TypeCode.Direction direction = TypeCode.direction(typeCode);
		long amount = amount(orEmpty(fields.next()), direction, typeField);
		FundsType funds = FundsType.read(fields);
		String bankReference = blankToNull(fields.next());
		String customerReference = blankToNull(fields.next());
		List<String> text = fields.rest();
		account.detail(direction, amount);
		boolean reversal = TypeCode.isReversal(typeCode);
		// A return's counterparty is not a customer paying: only plain credits name a
		// payer.
		boolean payment = direction == TypeCode.Direction.CREDIT && !reversal;
		DetailText detail = DetailText.of(text, payment, reversal);
		long signed = (direction == TypeCode.Direction.DEBIT) ? -amount : amount;
		return BankTransaction.builder()
			.statementRef(account.statementRef)
			.entryIndex(entryIndex)
			.line(record.line())
			.entryRef(bankReference)
			.endToEndId((customerReference != null) ? customerReference : detail.endToEndId())
			.account(account.number)
			.amount(new Money(account.money(signed), account.currency))
			.bookingDate(group.asOfDate)
			.valueDate(valueDate(funds, group.asOfDate))
			.status((direction != TypeCode.Direction.NONE) ? EntryStatus.BOOKED : EntryStatus.INFO)
			.reversal(reversal)
			.bankTransactionCode(typeField)
			.debtorName(detail.debtorName())
			.debtorAccount(detail.debtorAccount())
			.remittance(detail.remittance())
			.details((detail.returnReason() != null)
					? new BankTransaction.Details(null, null, detail.returnReason(), null, null, null) : null)
			.build();
	}

	private static long amount(String field, TypeCode.Direction direction, String typeField) {
		if (!field.isEmpty()) {
			return FieldValues.unsignedAmount(field, "amount");
		}
		if (direction != TypeCode.Direction.NONE) {
			throw new RecordProblem("detail of type code " + typeField + " without an amount");
		}
		return 0;
	}

	/**
	 * The value date of value-dated funds; the as-of date for immediately available
	 * funds.
	 */
	private static LocalDate valueDate(FundsType funds, LocalDate asOfDate) {
		if (funds.valueDate() != null) {
			return funds.valueDate();
		}
		return "0".equals(funds.code()) ? asOfDate : null;
	}

	private static String orEmpty(String field) {
		return (field != null) ? field : "";
	}

	private static String blankToNull(String field) {
		return (field == null || field.isEmpty()) ? null : field;
	}

}
