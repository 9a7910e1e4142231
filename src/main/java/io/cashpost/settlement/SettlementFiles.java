package io.cashpost.settlement;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.cashpost.settlement.adyen.AdyenSettlementReader;
import io.cashpost.settlement.generic.MappedSettlementReader;
import io.cashpost.settlement.paypal.PayPalReportReader;
import io.cashpost.settlement.report.Header;
import io.cashpost.settlement.stripe.StripePayoutReader;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The front door to the settlement readers: tells a settlement report from its content
 * (never from its name) and opens its reader. Intake and {@code inspect} ask it first; a
 * file it does not claim is left to the statement readers.
 */
public final class SettlementFiles {

	private static final int HEAD_BYTES = 16384;

	private static final String SHIPPED = "io/cashpost/settlement/mappings.properties";

	/** Reports people send that Cashpost does not read, with what it reads instead. */
	private static final List<Unsupported> UNSUPPORTED = List.of(
			new Unsupported(List.of("BalancePlatform", "Transfer Id"),
					"an Adyen Balance Platform accounting or statement report; Cashpost reads Adyen's "
							+ "Settlement details report"),
			new Unsupported(List.of("Category", "Type", "Status", "Transfer Id", "Amount"),
					"an Adyen Balance Platform statement; Cashpost reads Adyen's Settlement details report"),
			new Unsupported(List.of("Payout ID", "Payout Amount", "Merchant Payout Fees"),
					"a Checkout.com payouts summary (one total per payout, no transactions); Cashpost reads "
							+ "the settlement breakdown report"),
			new Unsupported(List.of("Transaction ID", "Gross", "Fee", "Net", "Balance"),
					"a PayPal activity download (the website's CSV with a running balance); Cashpost reads "
							+ "PayPal's SFTP Settlement (STL) and Transaction Detail (TRR) reports"),
			new Unsupported(List.of("Id. de transacción", "Bruto", "Neto", "Saldo"),
					"a PayPal activity download (the website's CSV with a running balance); Cashpost reads "
							+ "PayPal's SFTP Settlement (STL) and Transaction Detail (TRR) reports"));

	private final Map<String, ColumnMapping> mappings;

	private SettlementFiles(Map<String, ColumnMapping> mappings) {
		this.mappings = mappings;
	}

	/** The readers with the column mappings Cashpost ships. */
	public static SettlementFiles shipped() {
		return new SettlementFiles(shippedMappings());
	}

	/**
	 * The readers with the shipped column mappings and the configured ones; a configured
	 * mapping of the same name replaces a shipped one.
	 */
	public static SettlementFiles with(Map<String, ColumnMapping> configured) {
		Map<String, ColumnMapping> all = new LinkedHashMap<>(shippedMappings());
		all.putAll(configured);
		return new SettlementFiles(all);
	}

	/** The column mappings the generic reader knows, by name. */
	public Map<String, ColumnMapping> mappings() {
		return Map.copyOf(this.mappings);
	}

	/**
	 * Tells whether the file is a settlement report, and which.
	 * @param name the file's name as messages give it
	 * @return the report, or empty when the file is no settlement report (a bank
	 * statement, say)
	 * @throws SettlementReadException when the file is a CSV Cashpost recognises but does
	 * not read, or cannot be read at all
	 */
	public Optional<SettlementFormat> detect(Path file, String name) {
		String head = head(file, name);
		String first = head.lines().filter((line) -> !line.isBlank()).findFirst().orElse("").strip();
		if (isPayPal(first)) {
			return Optional.of(payPalFormat(head));
		}
		if (!looksLikeCsv(first)) {
			return Optional.empty();
		}
		Header comma = header(first, ',');
		if (comma.hasAll(AdyenSettlementReader.SIGNATURE)) {
			return Optional.of(AdyenSettlementReader.FORMAT);
		}
		if (comma.hasAll(StripePayoutReader.SIGNATURE)) {
			return Optional.of(StripePayoutReader.FORMAT);
		}
		for (Map.Entry<String, ColumnMapping> mapping : this.mappings.entrySet()) {
			if (header(first, mapping.getValue().separator().charAt(0)).hasAll(mapping.getValue().detect())) {
				return Optional.of(mapping.getValue().format(mapping.getKey()));
			}
		}
		for (Unsupported unsupported : UNSUPPORTED) {
			if (comma.hasAll(unsupported.columns())) {
				throw new SettlementReadException(name, null, "not a report Cashpost reads: " + unsupported.what());
			}
		}
		throw new SettlementReadException(name, null,
				"a CSV file, but neither a settlement report Cashpost knows (Adyen Settlement details, Stripe "
						+ "itemized payout reconciliation, PayPal STL/TRR, " + String.join(", ", this.mappings.keySet())
						+ ") nor a bank statement; its header starts with '" + printable(first) + "'");
	}

	/**
	 * Opens the reader for a settlement report.
	 * @param name the file's name as messages give it
	 * @throws SettlementReadException when the file is no settlement report Cashpost
	 * reads
	 */
	public SettlementReader open(Path file, String name) {
		SettlementFormat format = detect(file, name)
			.orElseThrow(() -> new SettlementReadException(name, null, "not a settlement report Cashpost knows"));
		if (format.equals(AdyenSettlementReader.FORMAT)) {
			return new AdyenSettlementReader(file, name);
		}
		if (format.equals(StripePayoutReader.FORMAT)) {
			return new StripePayoutReader(file, name);
		}
		if (format.acquirer().equals("paypal")) {
			return new PayPalReportReader(format, file, name);
		}
		return new MappedSettlementReader(format, this.mappings.get(format.id()), file, name);
	}

	/**
	 * Reads the whole report and returns its batches, once they are all known to add up.
	 * @param name the file's name as messages give it
	 * @throws SettlementReadException when the file cannot be read, or naming the first
	 * batch that does not add up and its difference
	 */
	public List<SettlementBatch> checkedBatches(Path file, String name) {
		SettlementJson report = SettlementJson.summary(name, open(file, name));
		report.refusal().ifPresent((refusal) -> {
			throw new SettlementReadException(name, null, refusal);
		});
		return report.batches();
	}

	private static boolean isPayPal(String first) {
		String type = first.replace("\"", "");
		return type.startsWith("RH,") || type.startsWith("FH,") || type.startsWith("SH,")
				|| (type.startsWith("CH,") && type.contains("Transaction Event Code"));
	}

	/** The TRR's column header has the transaction status, the STL's has not. */
	private static SettlementFormat payPalFormat(String head) {
		String columns = head.lines().filter((line) -> line.replace("\"", "").startsWith("CH,")).findFirst().orElse("");
		return columns.contains("Transactional Status") ? PayPalReportReader.TRANSACTION_DETAIL
				: PayPalReportReader.SETTLEMENT;
	}

	/**
	 * A first line with two separators at least, that starts as no bank format does (XML,
	 * SWIFT blocks or fields, BAI2's {@code 01,}).
	 */
	private static boolean looksLikeCsv(String first) {
		if (first.startsWith("<") || first.startsWith("{") || first.startsWith(":") || first.startsWith("01,")) {
			return false;
		}
		return first.chars().filter((c) -> c == ',').count() >= 2 || first.chars().filter((c) -> c == ';').count() >= 2;
	}

	private static Header header(String line, char separator) {
		CsvRecord record = CsvReader.builder().fieldSeparator(separator).ofSingleCsvRecord(line);
		return new Header(record.getFields(), 1);
	}

	private static String head(Path file, String name) {
		byte[] bytes;
		try (InputStream in = Files.newInputStream(file)) {
			bytes = in.readNBytes(HEAD_BYTES);
		}
		catch (NoSuchFileException ex) {
			throw new SettlementReadException(name, null, "no such file", ex);
		}
		catch (IOException ex) {
			throw new SettlementReadException(name, null, "cannot read the file: " + ex, ex);
		}
		String text = new String(bytes, StandardCharsets.UTF_8);
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static String printable(String text) {
		String start = (text.length() > 60) ? text.substring(0, 60) + "..." : text;
		return start.replaceAll("[^\\x20-\\x7E]", "?");
	}

	private static Map<String, ColumnMapping> shippedMappings() {
		try {
			Properties properties = PropertiesLoaderUtils.loadProperties(new ClassPathResource(SHIPPED));
			Binder binder = new Binder(new MapConfigurationPropertySource(properties));
			return binder.bind("cashpost.settlement.mappings", Bindable.mapOf(String.class, ColumnMapping.class))
				.orElse(Map.of());
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read the shipped column mappings " + SHIPPED, ex);
		}
	}

	private record Unsupported(List<String> columns, String what) {
	}

}
