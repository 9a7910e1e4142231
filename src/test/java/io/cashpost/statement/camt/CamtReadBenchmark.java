package io.cashpost.statement.camt;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.cashpost.statement.StatementFormat;
import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementReader;
import io.cashpost.statement.StatementSummary;

/**
 * Generates a camt.053.001.08 with N entries (default 1,000,000, about 1.5 GB) in a
 * temporary file, then times a bare StAX pass that only counts {@code Ntry} elements
 * beside the project's reader (the element mapping, and Prowide's JAXB path it replaced,
 * kept as the reference), printing entries per second and peak heap. Not a test; run it
 * under a small heap:
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx256m -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     io.cashpost.statement.camt.CamtReadBenchmark 1000000
 * </pre>
 */
public final class CamtReadBenchmark {

	private static final StatementFormat FORMAT = new StatementFormat("camt.053", "camt.053.001.08");

	private static final AtomicLong LIVE_AFTER_GC = new AtomicLong();

	private CamtReadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int entries = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
		watchCollections();
		Path file = Files.createTempFile("camt-benchmark", ".xml");
		try {
			long start = System.nanoTime();
			BigDecimal closing = generate(file, entries);
			System.out.printf("generated %,d entries, %,d MB in %.1f s (closing balance %s)%n", entries,
					Files.size(file) >> 20, seconds(start), closing.toPlainString());
			System.out.printf("max heap %,d MB%n", Runtime.getRuntime().maxMemory() >> 20);
			double[] bare = measure("bare StAX, counting Ntry", () -> countEntries(file));
			double[] mapping = measure("CamtReader (element mapping)", () -> read(CamtReader.open(file, FORMAT)));
			double[] prowide = measure("Prowide JAXB per Ntry (reference)",
					() -> read(CamtReader.open(file, FORMAT, ProwideEntryDecoder.version8())));
			System.out.printf(
					"ratio to the bare pass: element mapping %.1fx wall, %.1fx CPU; Prowide %.1fx wall, %.1fx CPU%n",
					mapping[0] / bare[0], mapping[1] / bare[1], prowide[0] / bare[0], prowide[1] / bare[1]);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/** Runs and prints one measurement; returns its wall and CPU time in seconds. */
	private static double[] measure(String name, Supplier<Long> run) {
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		LIVE_AFTER_GC.set(0);
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		long count = run.get();
		double seconds = seconds(start);
		double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
		long peak = heap.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
		System.out.printf(
				"%-36s %,10d entries  wall %6.1f s %,9.0f/s  cpu %6.1f s %,9.0f/s  peak heap %,4d MB, live after GC %,4d MB%n",
				name, count, seconds, count / seconds, cpu, count / cpu, peak >> 20, LIVE_AFTER_GC.get() >> 20);
		return new double[] { seconds, cpu };
	}

	/**
	 * Records the largest heap still in use after any collection: what the reader
	 * retains.
	 */
	private static void watchCollections() {
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			if (collector instanceof NotificationEmitter emitter) {
				emitter.addNotificationListener((notification, handback) -> {
					if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
						.equals(notification.getType())) {
						GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
							.from((CompositeData) notification.getUserData());
						long used = info.getGcInfo()
							.getMemoryUsageAfterGc()
							.values()
							.stream()
							.mapToLong(MemoryUsage::getUsed)
							.sum();
						LIVE_AFTER_GC.accumulateAndGet(used, Math::max);
					}
				}, null, null);
			}
		}
	}

	private static long countEntries(Path file) {
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
			XMLStreamReader xml = HardenedXml.reader(in);
			long count = 0;
			while (xml.hasNext()) {
				if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Ntry")) {
					count++;
				}
			}
			xml.close();
			return count;
		}
		catch (IOException | XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static long read(StatementReader reader) {
		try (reader) {
			long entries = 0;
			for (StatementPart part = reader.next(); part != null; part = reader.next()) {
				if (part instanceof StatementSummary summary) {
					entries += summary.entries();
					if (!Boolean.TRUE.equals(summary.balanced())) {
						throw new IllegalStateException("generated statement does not add up: " + summary);
					}
				}
			}
			return entries;
		}
	}

	private static BigDecimal generate(Path file, int entries) throws IOException {
		BigDecimal opening = new BigDecimal("1000000.00");
		BigDecimal closing = opening;
		for (int i = 1; i <= entries; i++) {
			closing = isCredit(i) ? closing.add(amount(i)) : closing.subtract(amount(i));
		}
		try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
			out.write("""
					<?xml version="1.0" encoding="UTF-8"?>
					<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
					  <BkToCstmrStmt>
					    <GrpHdr><MsgId>BENCH-1</MsgId><CreDtTm>2026-11-20T18:00:00+01:00</CreDtTm></GrpHdr>
					    <Stmt>
					      <Id>BENCH-STMT-1</Id>
					      <Acct><Id><IBAN>DE75512108001245126199</IBAN></Id><Ccy>EUR</Ccy></Acct>
					""");
			out.write(balance("OPBD", opening));
			out.write(balance("CLBD", closing));
			StringBuilder body = new StringBuilder(1 << 20);
			for (int i = 1; i <= entries; i++) {
				entry(body, i, amount(i), isCredit(i));
				if (body.length() > (1 << 19)) {
					out.write(body.toString());
					body.setLength(0);
				}
			}
			out.write(body.toString());
			out.write("    </Stmt>\n  </BkToCstmrStmt>\n</Document>\n");
		}
		return closing;
	}

	private static boolean isCredit(int i) {
		return i % 10 != 0;
	}

	private static BigDecimal amount(int i) {
		return BigDecimal.valueOf(1000 + (i * 7919L) % 900_000, 2);
	}

	private static String balance(String type, BigDecimal amount) {
		return "      <Bal><Tp><CdOrPrtry><Cd>" + type + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">"
				+ amount.abs().toPlainString() + "</Amt><CdtDbtInd>" + ((amount.signum() >= 0) ? "CRDT" : "DBIT")
				+ "</CdtDbtInd><Dt><Dt>2026-11-20</Dt></Dt></Bal>\n";
	}

	/** About 1.5 KB per entry, shaped like a SEPA credit with structured remittance. */
	private static void entry(StringBuilder out, int i, BigDecimal amount, boolean credit) {
		String value = amount.toPlainString();
		String direction = credit ? "CRDT" : "DBIT";
		out.append("      <Ntry>\n        <Amt Ccy=\"EUR\">")
			.append(value)
			.append("</Amt>\n        <CdtDbtInd>")
			.append(direction)
			.append("</CdtDbtInd>\n        <Sts><Cd>BOOK</Cd></Sts>\n")
			.append("        <BookgDt><Dt>2026-11-20</Dt></BookgDt>\n        <ValDt><Dt>2026-11-20</Dt></ValDt>\n")
			.append("        <AcctSvcrRef>BENCH")
			.append(i)
			.append("</AcctSvcrRef>\n        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd>")
			.append("</Fmly></Domn><Prtry><Cd>NTRF+166+9310+000</Cd><Issr>DK</Issr></Prtry></BkTxCd>\n")
			.append("        <NtryDtls>\n          <TxDtls>\n            <Refs><EndToEndId>E2E-")
			.append(i)
			.append("</EndToEndId><MndtId>MANDATE-")
			.append(i % 5000)
			.append("</MndtId></Refs>\n            <Amt Ccy=\"EUR\">")
			.append(value)
			.append("</Amt><CdtDbtInd>")
			.append(direction)
			.append("</CdtDbtInd>\n            <AmtDtls><InstdAmt><Amt Ccy=\"EUR\">")
			.append(value)
			.append("</Amt></InstdAmt><TxAmt><Amt Ccy=\"EUR\">")
			.append(value)
			.append("</Amt></TxAmt></AmtDtls>\n")
			.append("            <RltdPties>\n              <Dbtr><Pty><Nm>Customer ")
			.append(i % 10_000)
			.append(" Handelsgesellschaft mbH &amp; Co. KG</Nm><PstlAdr><StrtNm>Hauptstrasse</StrtNm><BldgNb>")
			.append(i % 200)
			.append("</BldgNb><PstCd>60311</PstCd><TwnNm>Frankfurt am Main</TwnNm><Ctry>DE</Ctry></PstlAdr></Pty></Dbtr>\n")
			.append("              <DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct>\n")
			.append("              <Cdtr><Pty><Nm>Cashpost Demo GmbH</Nm></Pty></Cdtr>\n")
			.append("              <CdtrAcct><Id><IBAN>DE75512108001245126199</IBAN></Id></CdtrAcct>\n")
			.append("            </RltdPties>\n")
			.append("            <RltdAgts><DbtrAgt><FinInstnId><BICFI>COBADEFFXXX</BICFI></FinInstnId></DbtrAgt></RltdAgts>\n")
			.append("            <RmtInf>\n              <Ustrd>Rechnung INV-2026-")
			.append(100_000 + i % 900_000)
			.append(" Kundennummer C-")
			.append(i % 10_000)
			.append(" vielen Dank fuer Ihren Auftrag</Ustrd>\n")
			.append("            </RmtInf>\n          </TxDtls>\n        </NtryDtls>\n")
			.append("        <AddtlNtryInf>SEPA-Gutschrift</AddtlNtryInf>\n      </Ntry>\n");
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

}
