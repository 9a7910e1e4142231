package io.cashpost.matching;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.cashpost.CashpostApplication;
import io.cashpost.invoice.InvoiceImport;
import io.cashpost.job.FileOutcome;
import io.cashpost.job.StatementPipeline;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Match-quality benchmark: generates noisy cases with their truth
 * ({@link MatchingCaseGenerator}), runs them through the real pipeline (embedded
 * PostgreSQL, invoice CSV import, camt.053 files ingested by {@link StatementPipeline},
 * remittance advices sent apart ingested before and after them) and prints, per case type
 * and overall, what was auto-applied, wrongly posted, referred and classified.
 * <p>
 * Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.cashpost.matching.MatchQualityBenchmark -Dexec.args="10 20000 42"}
 * (arguments: scale, background invoices, seed, and optionally the least open invoices
 * per customer for a crowded scenario, e.g. {@code "410 0 42 40"}: about 100,000 payments
 * against customers with 40 to 60 open invoices each). See {@code BENCHMARKS.md}.
 */
public final class MatchQualityBenchmark {

	private MatchQualityBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int scale = (args.length > 0) ? Integer.parseInt(args[0]) : 10;
		int background = (args.length > 1) ? Integer.parseInt(args[1]) : 20_000;
		long seed = (args.length > 2) ? Long.parseLong(args[2]) : 42;
		int crowd = (args.length > 3) ? Integer.parseInt(args[3]) : 0;
		Path work = Files.createDirectories(Path.of("target", "match-quality"));
		MatchingScenario scenario = new MatchingCaseGenerator(seed, scale, background, crowd).generate();
		Path csv = ScenarioFiles.invoicesCsv(scenario, work);
		List<Path> statements = ScenarioFiles.statements(scenario, work);
		System.out.printf("Generated %d invoices of %d customers and %d bank entries (seed %d%s)%n",
				scenario.invoices().size(), scenario.customers().size(), scenario.entries().size(), seed,
				(crowd > 0) ? ", customers paid by several cases with " + crowd + " or more open invoices each" : "");
		SpringApplication application = new SpringApplication(CashpostApplication.class);
		try (ConfigurableApplicationContext context = application.run(
				"--cashpost.embedded-db.dir=" + work.resolve("pg"), "--cashpost.embedded-db.clean=true",
				"--cashpost.intake.dir=" + work.resolve("intake"), "--logging.level.io.cashpost=WARN")) {
			context.getBean(InvoiceImport.class).importFile(csv);
			StatementPipeline pipeline = context.getBean(StatementPipeline.class);
			Path[] advices = ScenarioFiles.advices(scenario, work);
			List<Path> files = new ArrayList<>();
			if (advices[0] != null) {
				files.add(advices[0]);
			}
			files.addAll(statements);
			if (advices[1] != null) {
				files.add(advices[1]);
			}
			for (Path statement : files) {
				long started = System.nanoTime();
				FileOutcome outcome = pipeline.ingest(statement);
				System.out.printf("%s: %s, %d entries, %d posted, exceptions %s (%d ms)%n", statement.getFileName(),
						outcome.status(), outcome.entries(), outcome.posted(), outcome.exceptions(),
						(System.nanoTime() - started) / 1_000_000);
			}
			MatchQualityReport report = MatchQualityReport.of(scenario, context.getBean(JdbcClient.class));
			System.out.println();
			System.out.print(report.table());
			System.out.println();
			System.out.printf(Locale.ROOT, "auto-applied %.1f%%, wrong %d%n", report.autoAppliedPercent(),
					report.wrongAllocations());
			report.wrong().forEach((line) -> System.out.println("WRONG  " + line));
			report.missed().stream().limit(60).forEach((line) -> System.out.println("missed " + line));
		}
	}

}
