package io.cashpost.invoice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the rows of one invoice file against each other and collects every problem, so
 * that a refused file names all its bad rows at once rather than one per attempt.
 */
final class InvoiceFileCheck {

	/** How many problems an exception lists; the rest are counted. */
	static final int LISTED = 20;

	private final String file;

	private final Map<String, Long> numbers = new HashMap<>();

	private final Map<String, Named> customers = new HashMap<>();

	private final Set<CustomerAccount> accounts = new HashSet<>();

	private final List<InvoiceProblem> problems = new ArrayList<>();

	private int total;

	private int rows;

	InvoiceFileCheck(String file) {
		this.file = file;
	}

	/**
	 * Reads every row; a file that cannot be read on ends the check with that problem.
	 */
	InvoiceFileCheck readAll(InvoiceCsvReader reader) {
		try {
			for (InvoiceCsvRow row = reader.read(); row != null; row = reader.read()) {
				accept(row);
			}
		}
		catch (InvoiceFileException ex) {
			ex.problems().forEach(this::add);
		}
		return this;
	}

	void accept(InvoiceCsvRow row) {
		this.rows++;
		if (row instanceof RejectedRow rejected) {
			rejected.problems().forEach((problem) -> add(new InvoiceProblem(row.line(), problem)));
		}
		else if (row instanceof InvoiceRow invoice) {
			checkNumber(invoice);
			checkCustomer(invoice);
			if (invoice.customerAccount() != null) {
				this.accounts.add(new CustomerAccount(invoice.customerAccount(), invoice.customerId()));
			}
		}
	}

	/**
	 * @throws InvoiceFileException when any problem was found
	 */
	void throwIfInvalid() {
		if (this.total > 0) {
			throw new InvoiceFileException(this.file, this.problems, this.total);
		}
	}

	int rows() {
		return this.rows;
	}

	int customers() {
		return this.customers.size();
	}

	int customerAccounts() {
		return this.accounts.size();
	}

	private void checkNumber(InvoiceRow invoice) {
		Long first = this.numbers.putIfAbsent(invoice.invoiceNumber(), invoice.line());
		if (first != null) {
			add(new InvoiceProblem(invoice.line(),
					"invoice_number '%s' appears again (first on line %d)".formatted(invoice.invoiceNumber(), first)));
		}
	}

	private void checkCustomer(InvoiceRow invoice) {
		Named first = this.customers.putIfAbsent(invoice.customerId(),
				new Named(invoice.customerName(), invoice.line()));
		if (first != null && !first.name().equals(invoice.customerName())) {
			add(new InvoiceProblem(invoice.line(), "customer_id '%s' is named '%s' here but '%s' on line %d"
				.formatted(invoice.customerId(), invoice.customerName(), first.name(), first.line())));
		}
	}

	private void add(InvoiceProblem problem) {
		this.total++;
		if (this.problems.size() < LISTED) {
			this.problems.add(problem);
		}
	}

	private record Named(String name, long line) {
	}

	private record CustomerAccount(String account, String customerId) {
	}

}
