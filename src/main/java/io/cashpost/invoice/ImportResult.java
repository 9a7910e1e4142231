package io.cashpost.invoice;

/**
 * What one invoice import did.
 *
 * @param file the file's name
 * @param customers distinct customers in the file (created, renamed or unchanged)
 * @param customerAccounts distinct payer accounts in the file, each with its customer
 * @param invoicesCreated invoices new to Cashpost
 * @param invoicesUpdated invoices whose values the file changed
 * @param invoicesKept invoices Cashpost has posted cash against: their amount, open
 * amount, customer, currency and issue date stayed Cashpost's, only descriptive fields
 * were updated
 * @param invoicesUnchanged invoices the file did not change
 */
public record ImportResult(String file, int customers, int customerAccounts, int invoicesCreated, int invoicesUpdated,
		int invoicesKept, int invoicesUnchanged) {

	/** Every invoice row of the file. */
	public int invoices() {
		return this.invoicesCreated + this.invoicesUpdated + this.invoicesKept + this.invoicesUnchanged;
	}

	/**
	 * One line for a console:
	 * {@code invoices.csv: 10 customers, 30 invoices created, ...}.
	 */
	public String summary() {
		return "%s: %d customers, %d invoices created, %d updated, %d kept, %d unchanged".formatted(this.file,
				this.customers, this.invoicesCreated, this.invoicesUpdated, this.invoicesKept, this.invoicesUnchanged);
	}

}
