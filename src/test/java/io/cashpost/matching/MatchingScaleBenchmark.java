package io.cashpost.matching;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import io.cashpost.CashpostApplication;
import io.cashpost.TestDatabase;
import io.cashpost.benchmark.SyntheticReceivables;
import io.cashpost.invoice.InvoiceKeys;
import io.cashpost.job.FileOutcome;
import io.cashpost.job.StatementPipeline;
import io.cashpost.matching.MatchDecision.AutoPost;
import io.cashpost.matching.MatchDecision.Refer;
import io.cashpost.matching.MatchingScenario.Entry;
import io.cashpost.money.Money;
import io.cashpost.statement.EntryStatus;
import io.cashpost.statement.RemittanceInfo;
import org.postgresql.PGConnection;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Scale benchmark: for 10,000, 100,000 and 1,000,000 open invoices (bulk-loaded into the
 * embedded PostgreSQL), how long the real {@link PaymentMatcher} takes to build its index
 * (wall and CPU time), how much heap the index holds, and how long it takes to decide
 * each of as many payments as there are invoices (each naming or paying a different
 * invoice, in a realistic mix), and how long the whole pipeline (camt.053 ingest, match,
 * post) takes per payment for a smaller batch at the same size.
 * <p>
 * Run:
 * {@code ./mvnw -Pbenchmark -Dbenchmark.class=io.cashpost.matching.MatchingScaleBenchmark
 * -Dbenchmark.heap=4g -Dbenchmark.args="10000,100000,1000000 1000000 5000"} (arguments:
 * invoice counts, most payments decided per size, payments through the pipeline per
 * size). See {@code BENCHMARKS.md}.
 */
public final class MatchingScaleBenchmark {

	private static final LocalDate VALUE_DATE = LocalDate.of(2026, 11, 20);

	private static final int INVOICES_PER_CUSTOMER = 5;

	/** CPU time of the deciding thread: what a payment costs, whatever else runs. */
	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	private MatchingScaleBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int[] sizes = Arrays.stream(((args.length > 0) ? args[0] : "10000,100000,1000000").split(","))
			.mapToInt(Integer::parseInt)
			.toArray();
		int maxPayments = (args.length > 1) ? Integer.parseInt(args[1]) : 1_000_000;
		int pipelinePayments = (args.length > 2) ? Integer.parseInt(args[2]) : 5_000;
		Path work = Files.createDirectories(Path.of("target", "match-scale"));
		SpringApplication application = new SpringApplication(CashpostApplication.class);
		try (ConfigurableApplicationContext context = application.run(
				"--cashpost.embedded-db.dir=" + work.resolve("pg"), "--cashpost.embedded-db.clean=true",
				"--cashpost.intake.dir=" + work.resolve("intake"), "--logging.level.io.cashpost=WARN")) {
			List<String> lines = new ArrayList<>();
			boolean warm = false;
			for (int size : sizes) {
				Synthetic data = new Synthetic(size);
				load(context, data, work);
				PaymentMatcher matcher = context.getBean(PaymentMatcher.class);
				if (!warm) {
					decideAll(matcher, data, Math.min(size, 20_000), 7);
					warm = true;
				}
				lines.add(measure(context, matcher, data, Math.min(size, maxPayments), pipelinePayments, work));
				System.out.println(lines.get(lines.size() - 1));
			}
			System.out.println();
			System.out.println("| open invoices | index build (wall / CPU) | heap after build (of it the index) | "
					+ "payments decided | time per payment, decide (wall / CPU) | posted / referred / other | "
					+ "pipeline payments | pipeline time per payment |");
			System.out.println("|---:|---:|---:|---:|---:|---|---:|---:|");
			lines.forEach(System.out::println);
		}
	}

	private static String measure(ConfigurableApplicationContext context, PaymentMatcher matcher, Synthetic data,
			int payments, int pipelinePayments, Path work) throws IOException {
		matcher.refresh();
		System.gc();
		long before = usedHeap();
		long started = System.nanoTime();
		long startedCpu = CPU.getCurrentThreadCpuTime();
		matcher.decide(data.payment(-1));
		long build = System.nanoTime() - started;
		long buildCpu = CPU.getCurrentThreadCpuTime() - startedCpu;
		System.gc();
		long heap = usedHeap();
		Map<String, Integer> kinds = new LinkedHashMap<>();
		long[] decide = decideAll(matcher, data, payments, 0, kinds);
		matcher.refresh();
		System.gc();
		Path statement = data.statement(work, pipelinePayments);
		long pipelineStarted = System.nanoTime();
		FileOutcome outcome = context.getBean(StatementPipeline.class).ingest(statement);
		long pipeline = System.nanoTime() - pipelineStarted;
		return String.format(Locale.ROOT,
				"| %,d | %,d ms / %,d ms | %,d MB (%,d MB) | %,d | %.1f µs / %.1f µs | %s | %,d (%d posted) | %.2f ms |",
				data.invoices, build / 1_000_000, buildCpu / 1_000_000, heap / (1024 * 1024),
				(heap - before) / (1024 * 1024), payments, decide[0] / 1000.0 / payments, decide[1] / 1000.0 / payments,
				kinds, outcome.entries(), outcome.posted(), pipeline / 1_000_000.0 / pipelinePayments);
	}

	private static long usedHeap() {
		return Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
	}

	private static void decideAll(PaymentMatcher matcher, Synthetic data, int payments, int offset) {
		decideAll(matcher, data, payments, offset, new LinkedHashMap<>());
	}

	/**
	 * Decides payments in batches made beforehand, so only deciding is timed.
	 * @return wall and CPU nanoseconds
	 */
	private static long[] decideAll(PaymentMatcher matcher, Synthetic data, int payments, int offset,
			Map<String, Integer> kinds) {
		long nanos = 0;
		long cpu = 0;
		int batch = 50_000;
		for (int from = 0; from < payments; from += batch) {
			List<Payment> made = new ArrayList<>(batch);
			for (int k = from; k < Math.min(payments, from + batch); k++) {
				made.add(data.payment(k + offset));
			}
			long started = System.nanoTime();
			long startedCpu = CPU.getCurrentThreadCpuTime();
			for (Payment payment : made) {
				MatchDecision decision = matcher.decide(payment);
				String kind = (decision instanceof AutoPost) ? "posted"
						: (decision instanceof Refer) ? "referred" : "other";
				kinds.merge(kind, 1, Integer::sum);
			}
			nanos += System.nanoTime() - started;
			cpu += CPU.getCurrentThreadCpuTime() - startedCpu;
		}
		return new long[] { nanos, cpu };
	}

	/**
	 * Loads customers, their accounts and open invoices with COPY, as an ERP import would
	 * leave them.
	 */
	private static void load(ConfigurableApplicationContext context, Synthetic data, Path work) throws Exception {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		TestDatabase.clear(jdbc);
		long started = System.nanoTime();
		Path customers = work.resolve("customers.csv");
		Path accounts = work.resolve("accounts.csv");
		Path invoices = work.resolve("invoices.csv");
		try (BufferedWriter c = Files.newBufferedWriter(customers);
				BufferedWriter a = Files.newBufferedWriter(accounts);
				BufferedWriter i = Files.newBufferedWriter(invoices)) {
			for (int customer = 0; customer < data.customers; customer++) {
				c.write(data.customerId(customer) + ",\"" + data.name(customer) + "\"\n");
				if (data.iban(customer) != null) {
					a.write(data.iban(customer) + "," + data.customerId(customer) + ",invoice_import\n");
				}
			}
			for (int invoice = 0; invoice < data.invoices; invoice++) {
				i.write(data.invoiceRow(invoice));
			}
		}
		try (Connection connection = context.getBean(DataSource.class).getConnection()) {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy("copy customer (customer_id, name) from stdin (format csv)", customers, copy);
			copy("copy customer_account (account, customer_id, source) from stdin (format csv)", accounts, copy);
			copy("copy invoice (invoice_number, number_key, customer_id, currency, amount, open_amount, issue_date,"
					+ " due_date, discount_percent, discount_until, payment_reference, reference_key)"
					+ " from stdin (format csv)", invoices, copy);
		}
		jdbc.sql("analyze").update();
		System.out.printf("Loaded %,d customers and %,d open invoices in %,d ms%n", data.customers, data.invoices,
				(System.nanoTime() - started) / 1_000_000);
	}

	private static void copy(String sql, Path file, org.postgresql.copy.CopyManager copy) throws Exception {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			copy.copyIn(sql, reader);
		}
	}

	/**
	 * Invoices and payments made from their index alone, so that a million of each need
	 * no memory beyond the matcher's own.
	 */
	static final class Synthetic {

		final int invoices;

		final int customers;

		private final SyntheticReceivables book;

		Synthetic(int invoices) {
			this.book = SyntheticReceivables.evenly(invoices, INVOICES_PER_CUSTOMER);
			this.invoices = invoices;
			this.customers = this.book.customers();
		}

		String customerId(int customer) {
			return this.book.customerId(customer);
		}

		String name(int customer) {
			return this.book.name(customer);
		}

		/** Every second customer's account is known from the import. */
		String iban(int customer) {
			return (customer % 2 == 0) ? String.format(Locale.ROOT, "DE%02d5001%014d", customer % 97, customer) : null;
		}

		String number(int invoice) {
			return this.book.number(invoice);
		}

		BigDecimal amount(int invoice) {
			return this.book.amount(invoice);
		}

		String reference(int invoice) {
			return this.book.reference(invoice);
		}

		String invoiceRow(int invoice) {
			String number = number(invoice);
			String reference = reference(invoice);
			boolean discount = invoice % 10 == 0;
			return String.join(",", number, InvoiceKeys.of(number), customerId(invoice / INVOICES_PER_CUSTOMER), "EUR",
					amount(invoice).toPlainString(), amount(invoice).toPlainString(), "2026-10-15", "2026-11-14",
					discount ? "2" : "", discount ? "2026-11-25" : "", (reference != null) ? reference : "",
					(reference != null) ? InvoiceKeys.of(reference) : "") + "\n";
		}

		/** The k-th payment: a different invoice for each k below the invoice count. */
		Payment payment(int k) {
			int invoice = (int) (((long) Math.max(k, 0) * 7919 + 13) % this.invoices);
			int customer = invoice / INVOICES_PER_CUSTOMER;
			Entry entry = entry(k, invoice, customer);
			RemittanceInfo remittance = new RemittanceInfo((entry.text() != null) ? List.of(entry.text()) : List.of(),
					entry.creditorReference(), entry.documents());
			return new Payment(k, "bench|" + k, "DE75512108001245126199", Money.of(entry.amount(), "EUR"), VALUE_DATE,
					EntryStatus.BOOKED, false, entry.debtorName(), entry.debtorIban(), remittance, entry.code());
		}

		/**
		 * A realistic mix: references of every kind, payers known by account or name,
		 * strangers.
		 */
		Entry entry(int k, int invoice, int customer) {
			String number = number(invoice);
			BigDecimal amount = amount(invoice);
			String name = name(customer).toUpperCase(Locale.ROOT);
			String ref = String.format(Locale.ROOT, "SCALE%09d", k + 1);
			int kind = Math.floorMod(k, 20);
			if (kind <= 6 && reference(invoice) != null) {
				return entry(ref, amount, name, null, "Danke", reference(invoice));
			}
			if (kind <= 11) {
				return entry(ref, amount, name, iban(customer), "Rechnung " + number + " Kd-Nr. 4471", null);
			}
			if (kind <= 13) {
				return entry(ref, amount, name, null, "Re " + number.substring(4).replaceFirst("-0+", "-"), null);
			}
			if (kind == 14) {
				return entry(ref, amount, name, null, "INV-2026-" + swapped(number.substring(9)), null);
			}
			if (kind <= 16 && iban(customer) != null) {
				return entry(ref, amount, name, iban(customer), "Zahlung", null);
			}
			if (kind == 17) {
				return entry(ref, amount, name, "DE00999" + k, "Payment", null);
			}
			if (kind == 18 && iban(customer) != null) {
				int sibling = customer * INVOICES_PER_CUSTOMER + (invoice + 1) % INVOICES_PER_CUSTOMER;
				return entry(ref, amount.add(amount(sibling)), name, iban(customer), null, null);
			}
			return entry(ref, amount.add(new BigDecimal("0.37")), "Privatperson " + k, "DE11888" + k, "Miete", null);
		}

		private static Entry entry(String ref, BigDecimal amount, String name, String iban, String text,
				String creditorReference) {
			return new Entry(ref, 1, "EUR", amount, VALUE_DATE, "PMNT/RCDT/ESCT", name, iban, text, creditorReference,
					List.of());
		}

		private static String swapped(String digits) {
			char[] chars = digits.toCharArray();
			int at = chars.length - 3;
			char swap = chars[at];
			chars[at] = chars[at + 1];
			chars[at + 1] = swap;
			return new String(chars);
		}

		/** A camt.053 file of payments for invoices the timed run did not start with. */
		Path statement(Path dir, int payments) {
			List<Entry> entries = new ArrayList<>(payments);
			for (int k = 0; k < payments; k++) {
				int invoice = (int) (((long) (k + 500_000) * 7919 + 13) % this.invoices);
				entries.add(entry(k + this.invoices + 1, invoice, invoice / INVOICES_PER_CUSTOMER));
			}
			MatchingScenario scenario = new MatchingScenario(List.of(), List.of(), entries, Map.of(), Map.of("EUR",
					"DE75512108001245126199", "USD", "DE24512108001245126200", "EUR2", "DE02512108001245126201"));
			Path day = dir.resolve("scale-" + this.invoices);
			try {
				Files.createDirectories(day);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
			return ScenarioFiles.statements(scenario, day).get(0);
		}

	}

}
