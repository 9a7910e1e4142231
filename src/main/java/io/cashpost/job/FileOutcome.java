package io.cashpost.job;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What became of one file: the one-line summary {@code ingest} prints.
 *
 * @param fileName the file's name
 * @param fileId its id; for a refused duplicate, the id of the file the same bytes came
 * as first
 * @param status {@code ingested}, {@code quarantined} or {@code refused}
 * @param reason why it was quarantined or refused, else {@code null}
 * @param format its format, when known
 * @param entries statement entries read
 * @param transactions transactions after batch entries were split
 * @param posted transactions posted automatically
 * @param postedAmount what they brought in, per currency
 * @param partial posted transactions that left an invoice partly open
 * @param exceptions transactions referred to a person, by reason
 * @param notReceivable outgoing payments and other money that is not a receivable
 * @param notBooked pending or information-only entries, kept but not posted
 * @param confirmed entries whose money an earlier report had posted, confirmed unchanged
 * @param resumed whether this run finished the same file's earlier run, which was cut off
 * (a crash, a kill); the counts are the whole file's
 * @param detail for a file that carries no payments (a remittance advice file), what
 * became of what it carries, e.g. {@code 2 advices (5 lines): 1 linked, 1 waiting}; else
 * {@code null}
 */
public record FileOutcome(String fileName, long fileId, String status, String reason, String format, int entries,
		int transactions, int posted, Map<String, BigDecimal> postedAmount, int partial,
		Map<String, Integer> exceptions, int notReceivable, int notBooked, int confirmed, boolean resumed,
		String detail) {

	/** The outcome of a file of payments. */
	public FileOutcome(String fileName, long fileId, String status, String reason, String format, int entries,
			int transactions, int posted, Map<String, BigDecimal> postedAmount, int partial,
			Map<String, Integer> exceptions, int notReceivable, int notBooked, int confirmed, boolean resumed) {
		this(fileName, fileId, status, reason, format, entries, transactions, posted, postedAmount, partial, exceptions,
				notReceivable, notBooked, confirmed, resumed, null);
	}

	/** The outcome of a run that resumed nothing. */
	public FileOutcome(String fileName, long fileId, String status, String reason, String format, int entries,
			int transactions, int posted, Map<String, BigDecimal> postedAmount, int partial,
			Map<String, Integer> exceptions, int notReceivable, int notBooked, int confirmed) {
		this(fileName, fileId, status, reason, format, entries, transactions, posted, postedAmount, partial, exceptions,
				notReceivable, notBooked, confirmed, false);
	}

	public boolean processed() {
		return "ingested".equals(this.status);
	}

	public int exceptionCount() {
		return this.exceptions.values().stream().mapToInt(Integer::intValue).sum();
	}

	static FileOutcome refused(String fileName, long fileId, String status, String reason) {
		return new FileOutcome(fileName, fileId, status, reason, null, 0, 0, 0, Map.of(), 0, Map.of(), 0, 0, 0);
	}

	/** The same outcome, reached by finishing a run that was cut off. */
	FileOutcome asResumed() {
		return new FileOutcome(this.fileName, this.fileId, this.status, this.reason, this.format, this.entries,
				this.transactions, this.posted, this.postedAmount, this.partial, this.exceptions, this.notReceivable,
				this.notBooked, this.confirmed, true, this.detail);
	}

	FileOutcome withDetail(String detail) {
		return new FileOutcome(this.fileName, this.fileId, this.status, this.reason, this.format, this.entries,
				this.transactions, this.posted, this.postedAmount, this.partial, this.exceptions, this.notReceivable,
				this.notBooked, this.confirmed, this.resumed, detail);
	}

	/**
	 * One line:
	 * {@code bank.xml: ingested camt.053.001.08, 25 entries, 18 posted (EUR 41234.50), ...},
	 * ending in {@code , resumed} when it finished a run that was cut off.
	 */
	public String summaryLine() {
		if (!processed()) {
			return (this.reason.startsWith(this.fileName)) ? this.reason
					: this.fileName + ": " + this.status + ": " + this.reason;
		}
		if (this.detail != null) {
			return this.fileName + ": ingested " + this.format + ", " + this.detail + (this.resumed ? ", resumed" : "");
		}
		StringBuilder line = new StringBuilder(this.fileName).append(": ingested ")
			.append(this.format)
			.append(", ")
			.append(this.entries)
			.append(" entries, ")
			.append(this.posted)
			.append(" posted");
		this.postedAmount.forEach((currency,
				amount) -> line.append(" (").append(currency).append(' ').append(amount.toPlainString()).append(')'));
		line.append(", ").append(this.partial).append(" partial, ").append(exceptionCount()).append(" exceptions");
		if (!this.exceptions.isEmpty()) {
			line.append(' ').append(this.exceptions);
		}
		line.append(", ").append(this.notReceivable).append(" not receivable");
		if (this.notBooked > 0) {
			line.append(", ").append(this.notBooked).append(" not booked");
		}
		if (this.confirmed > 0) {
			line.append(", ").append(this.confirmed).append(" confirmed (posted from an earlier report)");
		}
		if (this.resumed) {
			line.append(", resumed");
		}
		return line.toString();
	}

}
