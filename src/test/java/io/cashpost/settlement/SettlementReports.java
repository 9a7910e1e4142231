package io.cashpost.settlement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test support: writes a report and reads all its parts. */
final class SettlementReports {

	private SettlementReports() {
	}

	static Path write(Path dir, String name, String content) {
		try {
			return Files.writeString(dir.resolve(name), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<SettlementPart> read(Path file) {
		List<SettlementPart> parts = new ArrayList<>();
		try (SettlementReader reader = SettlementFiles.shipped().open(file, file.getFileName().toString())) {
			for (SettlementPart part = reader.next(); part != null; part = reader.next()) {
				parts.add(part);
			}
		}
		return parts;
	}

	static List<CardTransaction> rows(Path file) {
		return read(file).stream().filter(CardTransaction.class::isInstance).map(CardTransaction.class::cast).toList();
	}

	static List<SettlementBatch> batches(Path file) {
		return read(file).stream().filter(SettlementBatch.class::isInstance).map(SettlementBatch.class::cast).toList();
	}

}
