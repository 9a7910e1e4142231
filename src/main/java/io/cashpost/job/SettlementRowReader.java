package io.cashpost.job;

import java.nio.file.Path;

import io.cashpost.settlement.CardTransaction;
import io.cashpost.settlement.SettlementFiles;
import io.cashpost.settlement.SettlementPart;
import io.cashpost.settlement.SettlementReader;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams a settlement report's rows into the staging step; the batch summaries that
 * follow the rows were staged by the check before. On restart it reads forward to where
 * the failed run stopped.
 */
class SettlementRowReader extends AbstractItemCountingItemStreamItemReader<CardTransaction> {

	private final SettlementFiles files;

	private final Path file;

	private final String fileName;

	private SettlementReader reader;

	SettlementRowReader(SettlementFiles files, Path file, String fileName) {
		this.files = files;
		this.file = file;
		this.fileName = fileName;
		setName("settlementRowReader");
	}

	@Override
	protected void doOpen() {
		this.reader = this.files.open(this.file, this.fileName);
	}

	@Override
	protected CardTransaction doRead() {
		SettlementPart part = this.reader.next();
		return (part instanceof CardTransaction row) ? row : null;
	}

	@Override
	protected void doClose() {
		if (this.reader != null) {
			this.reader.close();
			this.reader = null;
		}
	}

}
