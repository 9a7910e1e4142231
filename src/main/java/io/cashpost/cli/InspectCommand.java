package io.cashpost.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cashpost.settlement.SettlementFiles;
import io.cashpost.settlement.SettlementFormat;
import io.cashpost.settlement.SettlementJson;
import io.cashpost.statement.StatementFiles;
import io.cashpost.statement.StatementFormat;
import io.cashpost.statement.StatementJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads statement files and settlement reports without a database and prints what is in
 * them: one JSON object per file and line (JSON Lines), an error object for a file that
 * cannot be read, and on to the next file. Settlement reports are told first; what is no
 * settlement report is read as a statement.
 */
class InspectCommand {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SettlementFiles SETTLEMENTS = SettlementFiles.shipped();

	private final PrintStream out;

	private final PrintStream err;

	InspectCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(List<String> files) {
		if (files.isEmpty()) {
			this.err.println("cashpost inspect: no file given (usage: cashpost inspect FILE...)");
			return CashpostCommandLine.USAGE;
		}
		int failed = 0;
		for (String file : files) {
			if (!inspect(file)) {
				failed++;
			}
		}
		this.out.flush();
		return (failed == 0) ? CashpostCommandLine.OK : CashpostCommandLine.FAILED;
	}

	private boolean inspect(String file) {
		try {
			Path path = Path.of(file);
			Optional<SettlementFormat> settlement = SETTLEMENTS.detect(path, file);
			if (settlement.isPresent()) {
				this.out.println(SettlementJson.summary(file, SETTLEMENTS.open(path, file)).toCompactJson());
				return true;
			}
			StatementFormat format = StatementFiles.detect(path);
			StatementJson json = StatementJson.read(StatementFiles.open(path), StatementJson.summary(file, format));
			this.out.println(json.toCompactJson());
			return true;
		}
		catch (RuntimeException ex) {
			String message = Failures.rootMessage(ex);
			Map<String, String> error = new LinkedHashMap<>();
			error.put("file", file);
			error.put("error", message);
			this.out.println(JSON.writeValueAsString(error));
			this.err.println("cashpost inspect: " + message);
			return false;
		}
	}

}
