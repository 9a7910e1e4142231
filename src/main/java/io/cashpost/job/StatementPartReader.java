package io.cashpost.job;

import java.nio.file.Path;

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

	private final Path file;

	private final String fileName;

	private StatementReader reader;

	StatementPartReader(Path file, String fileName) {
		this.file = file;
		this.fileName = fileName;
		setName("statementPartReader");
	}

	@Override
	protected void doOpen() {
		this.reader = StatementFiles.open(this.file);
	}

	@Override
	protected StatementPart doRead() {
		try {
			StatementPart part = this.reader.next();
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

	/** The archived copy has a hash in its name: report the name the user gave. */
	private static String problem(StatementReadException ex) {
		String prefix = ex.file() + ((ex.position() != null) ? ", " + ex.position() + ": " : ": ");
		return ex.getMessage().startsWith(prefix) ? ex.getMessage().substring(prefix.length()) : ex.getMessage();
	}

}
