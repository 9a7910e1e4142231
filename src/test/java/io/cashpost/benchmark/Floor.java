package io.cashpost.benchmark;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * The hardware floor for a statement: the least any importer must do. One pass of the
 * JDK's StAX parser (hardened as Cashpost's) over the file that picks each entry's fields
 * (references, amount, currency, direction, status, dates, bank code, payer, account,
 * remittance, creditor reference, documents), streamed in the same pass through
 * {@code COPY} into a plain table (no key, no index) on the same server, one row per
 * entry, committed. Also timed alone: the bare StAX pass without the database.
 */
final class Floor {

	static final String TABLE = "benchmark_floor";

	private static final int AMOUNT = 2;

	private Floor() {
	}

	/**
	 * @param staxNanos the bare StAX pass
	 * @param floorNanos StAX pass with COPY, to the commit
	 * @param floorCpuNanos CPU time of the thread that ran the StAX pass with COPY
	 * @param serverCpuNanos the database server's CPU time for the floor, or -1
	 * @param entries entries found (both passes find the same)
	 */
	record Figures(long staxNanos, long floorNanos, long floorCpuNanos, long serverCpuNanos, long entries) {

		/** CPU on both sides, or -1 when the server's is not known. */
		long totalCpuNanos() {
			return (this.serverCpuNanos < 0) ? -1 : this.floorCpuNanos + this.serverCpuNanos;
		}

	}

	static Figures measure(Path statement, Connection connection, ServerCpu server) throws SQLException {
		long started = System.nanoTime();
		long entries = pass(statement, null);
		long stax = System.nanoTime() - started;
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		server.sample();
		long serverBefore = server.nanos();
		long cpuBefore = threads.getCurrentThreadCpuTime();
		started = System.nanoTime();
		long copied = copy(statement, connection);
		long floor = System.nanoTime() - started;
		long cpu = threads.getCurrentThreadCpuTime() - cpuBefore;
		server.sample();
		long serverCpu = (serverBefore < 0 || server.nanos() < 0) ? -1 : server.nanos() - serverBefore;
		drop(connection);
		if (copied != entries) {
			throw new IllegalStateException("the two passes found " + entries + " and " + copied + " entries");
		}
		return new Figures(stax, floor, cpu, serverCpu, entries);
	}

	/**
	 * Creates the plain table, then streams the file into it and commits.
	 * @return rows copied
	 */
	static long copy(Path statement, Connection connection) throws SQLException {
		drop(connection);
		try (Statement sql = connection.createStatement()) {
			sql.execute("create table " + TABLE + " (entry_ref text, end_to_end_id text, amount numeric(18, 2), "
					+ "currency char(3), direction text, status text, booking_date date, value_date date, "
					+ "bank_code text, debtor_name text, debtor_account text, remittance text, "
					+ "creditor_reference text, documents text)");
		}
		connection.setAutoCommit(true);
		try (PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
				"copy " + TABLE + " from stdin", 1 << 16);
				Writer out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16)) {
			return pass(statement, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void drop(Connection connection) throws SQLException {
		try (Statement sql = connection.createStatement()) {
			sql.execute("drop table if exists " + TABLE);
		}
	}

	/**
	 * Reads every entry's fields; writes one COPY text row per entry when given a sink.
	 */
	private static long pass(Path statement, Writer rows) {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(statement), 1 << 16)) {
			XMLStreamReader xml = factory().createXMLStreamReader(in);
			Deque<String> path = new ArrayDeque<>();
			String[] entry = new String[14];
			long entries = 0;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					String name = xml.getLocalName();
					int field = field(name, path);
					if (field >= 0) {
						if (field == AMOUNT) {
							entry[AMOUNT + 1] = xml.getAttributeValue(null, "Ccy");
						}
						entry[field] = join(entry[field], xml.getElementText(), field);
						continue;
					}
					if (name.equals("Ntry")) {
						Arrays.fill(entry, null);
					}
					path.push(name);
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					path.pop();
					if (xml.getLocalName().equals("Ntry")) {
						entries++;
						if (rows != null) {
							write(rows, entry);
						}
					}
				}
			}
			xml.close();
			return entries;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(statement + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Which column an element fills, or -1 (the amount's currency is its attribute and
	 * fills the column after it). Columns: ref, end-to-end id, amount, currency,
	 * direction, status, booking date, value date, bank code, payer, payer account,
	 * remittance, creditor reference, documents.
	 */
	private static int field(String name, Deque<String> path) {
		String parent = path.peek();
		if (parent == null) {
			return -1;
		}
		return switch (name) {
			case "AcctSvcrRef" -> parent.equals("Ntry") ? 0 : -1;
			case "EndToEndId" -> 1;
			case "Amt" -> parent.equals("Ntry") ? AMOUNT : -1;
			case "CdtDbtInd" -> parent.equals("Ntry") ? 4 : -1;
			case "Cd" -> parent.equals("Sts") ? 5 : (parent.equals("Domn") || parent.equals("Fmly")) ? 8 : -1;
			case "Dt" -> parent.equals("BookgDt") ? 6 : parent.equals("ValDt") ? 7 : -1;
			case "SubFmlyCd" -> 8;
			case "Nm" -> (parent.equals("Pty") && "Dbtr".equals(grandparent(path))) ? 9 : -1;
			case "IBAN" -> "DbtrAcct".equals(grandparent(path)) ? 10 : -1;
			case "Ustrd" -> 11;
			case "Ref" -> parent.equals("CdtrRefInf") ? 12 : -1;
			case "Nb" -> parent.equals("RfrdDocInf") ? 13 : -1;
			default -> -1;
		};
	}

	private static String grandparent(Deque<String> path) {
		var names = path.iterator();
		names.next();
		return names.hasNext() ? names.next() : null;
	}

	private static String join(String before, String text, int field) {
		if (before == null) {
			return text;
		}
		return before + ((field == 8) ? "/" : " ") + text;
	}

	private static void write(Writer out, String[] entry) {
		try {
			for (int i = 0; i < entry.length; i++) {
				if (i > 0) {
					out.write('\t');
				}
				if (entry[i] == null) {
					out.write("\\N");
				}
				else {
					escaped(out, entry[i]);
				}
			}
			out.write('\n');
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** COPY's text format: backslash, tab and line breaks escaped. */
	private static void escaped(Writer out, String value) throws IOException {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.write("\\\\");
				case '\t' -> out.write("\\t");
				case '\n' -> out.write("\\n");
				case '\r' -> out.write("\\r");
				default -> out.write(c);
			}
		}
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

}
