package io.cashpost.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import io.cashpost.statement.BankTransaction;

import io.cashpost.statement.StatementFiles;
import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementReadException;
import io.cashpost.statement.StatementReader;
import io.cashpost.statement.StatementSummary;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams a statement file into the ingest step and refuses a statement whose entries do
 * not add up to its closing balance. On restart it reads forward to where the failed run
 * stopped.
 */
class StatementPartReader extends AbstractItemCountingItemStreamItemReader<StatementPart> {

	/** How many parts the file is parsed ahead of staging: two chunks' worth. */
	private static final int READ_AHEAD = 2000;

	private final Path file;

	private final String fileName;

	private StatementReader reader;

	private long lastLine;

	private CompletableFuture<Long> totalLines;

	StatementPartReader(Path file, String fileName) {
		this.file = file;
		this.fileName = fileName;
		setName("statementPartReader");
	}

	@Override
	protected void doOpen() {
		this.reader = new ReadAhead(StatementFiles.open(this.file), READ_AHEAD, this.fileName);
	}

	@Override
	protected StatementPart doRead() {
		try {
			StatementPart part = this.reader.next();
			if (part instanceof BankTransaction transaction && transaction.line() > 0) {
				this.lastLine = transaction.line();
			}
			if (part instanceof StatementSummary summary && Boolean.FALSE.equals(summary.balanced())) {
				throw new StatementReadException(this.fileName, "statement " + summary.statementRef(),
						"does not add up: opening balance " + summary.openingBalance() + " + credits "
								+ summary.creditSum() + " - debits " + summary.debitSum() + " = "
								+ summary.computedClosingBalance() + ", but the closing balance is "
								+ summary.closingBalance());
			}
			return part;
		}
		catch (StatementReadException ex) {
			throw (ex.file().equals(this.fileName)) ? ex
					: new StatementReadException(this.fileName, ex.position(), problem(ex), ex);
		}
	}

	@Override
	protected void doClose() {
		if (this.reader != null) {
			this.reader.close();
			this.reader = null;
		}
	}

	/**
	 * How far into the file reading has got, e.g. {@code 43% of bank.xml}, by the line of
	 * the last entry read; empty when the format gives no lines. The file's lines are
	 * counted once, from the first call (only steps long enough to log progress make it),
	 * beside the staging rather than on its thread: a million entries are more than a
	 * gigabyte. Until they are counted it says {@code line 120000 of bank.xml}.
	 */
	String progress() {
		if (this.lastLine <= 0) {
			return "";
		}
		if (this.totalLines == null) {
			Path counted = this.file;
			this.totalLines = CompletableFuture.supplyAsync(() -> countLines(counted));
		}
		Long total = this.totalLines.getNow(null);
		if (total == null) {
			return "line " + this.lastLine + " of " + this.fileName;
		}
		long percent = (total > 0) ? Math.min(100, this.lastLine * 100 / total) : 0;
		return percent + "% of " + this.fileName;
	}

	private static long countLines(Path file) {
		long lines = 1;
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = Files.newInputStream(file)) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				for (int i = 0; i < read; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
			}
			return lines;
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/** The archived copy has a hash in its name: report the name the user gave. */
	private static String problem(StatementReadException ex) {
		String prefix = ex.file() + ((ex.position() != null) ? ", " + ex.position() + ": " : ": ");
		return ex.getMessage().startsWith(prefix) ? ex.getMessage().substring(prefix.length()) : ex.getMessage();
	}

}
