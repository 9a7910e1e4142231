package io.cashpost.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.cashpost.remittance.AdviceFiles;
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
 * cannot be read, and on to the next file. Remittance advice files and settlement reports
 * are told first (an advice file shows its advices, with {@code --transactions} their
 * lines); what is no settlement report is read as a statement. With
 * {@code --transactions} each statement lists its transactions as the golden files do,
 * structured remittance included, and each settlement report its rows.
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

	int run(List<String> args) {
		boolean transactions = args.contains("--transactions");
		List<String> files = args.stream().filter((arg) -> !arg.equals("--transactions")).toList();
		if (files.isEmpty()) {
			this.err.println("cashpost inspect: no file given (usage: cashpost inspect [--transactions] FILE...)");
			return CashpostCommandLine.USAGE;
		}
		int failed = 0;
		for (String file : files) {
			if (!inspect(file, transactions)) {
				failed++;
			}
		}
		this.out.flush();
		return (failed == 0) ? CashpostCommandLine.OK : CashpostCommandLine.FAILED;
	}

	private boolean inspect(String file, boolean transactions) {
		try {
			Path path = Path.of(file);
			if (AdviceFiles.isAdvice(path)) {
				this.out
					.println(JSON.writeValueAsString(AdviceView.of(file, AdviceFiles.read(path, file), transactions)));
				return true;
			}
			Optional<SettlementFormat> settlement = SETTLEMENTS.detect(path, file);
			if (settlement.isPresent()) {
				SettlementJson report = transactions ? SettlementJson.detailed(file, SETTLEMENTS.open(path, file))
						: SettlementJson.summary(file, SETTLEMENTS.open(path, file));
				this.out.println(report.toCompactJson());
				return true;
			}
			StatementFormat format = StatementFiles.detect(path);
			StatementJson view = transactions ? StatementJson.detailed(file, format)
					: StatementJson.summary(file, format);
			StatementJson json = StatementJson.read(StatementFiles.open(path), view);
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
