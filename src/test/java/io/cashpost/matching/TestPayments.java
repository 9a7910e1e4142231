package io.cashpost.matching;

import java.time.LocalDate;
import java.util.List;

import io.cashpost.money.Money;
import io.cashpost.statement.EntryStatus;
import io.cashpost.statement.RemittanceInfo;
import io.cashpost.statement.RemittanceLine;

/**
 * Builds payments for unit tests: a booked EUR credit on 2026-11-20 unless told
 * otherwise.
 */
final class TestPayments {

	static final LocalDate VALUE_DATE = LocalDate.of(2026, 11, 20);

	private String amount;

	private String currency = "EUR";

	private LocalDate valueDate = VALUE_DATE;

	private String text;

	private String reference;

	private List<String> documents = List.of();

	private String debtorName;

	private String debtorAccount;

	private String code = "PMNT/RCDT/ESCT";

	private List<RemittanceLine> lines = List.of();

	private long id = 1;

	private TestPayments(String amount) {
		this.amount = amount;
	}

	static TestPayments paid(String amount) {
		return new TestPayments(amount);
	}

	TestPayments in(String currency) {
		this.currency = currency;
		return this;
	}

	TestPayments on(LocalDate valueDate) {
		this.valueDate = valueDate;
		return this;
	}

	/**
	 * The staged transaction's id: tests deciding several payments as a page need them
	 * apart.
	 */
	TestPayments id(long id) {
		this.id = id;
		return this;
	}

	TestPayments text(String text) {
		this.text = text;
		return this;
	}

	TestPayments reference(String reference) {
		this.reference = reference;
		return this;
	}

	TestPayments documents(String... documents) {
		this.documents = List.of(documents);
		return this;
	}

	TestPayments by(String debtorName) {
		this.debtorName = debtorName;
		return this;
	}

	TestPayments from(String debtorAccount) {
		this.debtorAccount = debtorAccount;
		return this;
	}

	TestPayments code(String code) {
		this.code = code;
		return this;
	}

	/**
	 * Structured remittance lines; their documents are the payment's referred documents.
	 */
	TestPayments lines(RemittanceLine... lines) {
		this.lines = List.of(lines);
		this.documents = this.lines.stream().map(RemittanceLine::documentNumber).toList();
		return this;
	}

	Payment build() {
		RemittanceInfo remittance = new RemittanceInfo((this.text != null) ? List.of(this.text) : List.of(),
				this.reference, this.documents, this.lines);
		return new Payment(this.id, "key", "DE75512108001245126199", Money.of(this.amount, this.currency),
				this.valueDate, EntryStatus.BOOKED, false, this.debtorName, this.debtorAccount, remittance, this.code);
	}

}
