package io.cashpost.statement.camt;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.cashpost.money.Money;
import io.cashpost.statement.BankTransaction;
import io.cashpost.statement.EntryStatus;
import io.cashpost.statement.StatementFormat;
import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementReadException;
import io.cashpost.statement.StatementReader;
import io.cashpost.statement.StatementWarnings;

/**
 * Streams an ISO 20022 camt.052, camt.053 or camt.054 file of version {@code .001.02} or
 * later. StAX walks the document; each {@code Ntry} is read on its own, by element names,
 * so memory stays flat whatever the file's size. Statement headers (id, account,
 * balances) come from the same walk.
 * <p>
 * Read the way banks write them: the {@code Document} may stand alone or inside an
 * envelope with a Business Application Header ({@code AppHdr}, head.001), as SWIFTNet
 * FileAct delivers it; a version newer than {@code .001.13} is read by the same element
 * names; an entry without status, and a balance without credit/debit indicator, are read
 * as their message and balances make unambiguous. Each such leniency becomes a warning on
 * the statement's summary.
 */
public final class CamtReader implements StatementReader {

	private static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:";

	private static final Set<String> STATEMENTS = Set.of("Stmt", "Rpt", "Ntfctn");

	/** The newest version whose schema Cashpost was checked against. */
	private static final int NEWEST_KNOWN_VERSION = 13;

	/** Outside every {@code Document}. */
	private static final int OUTSIDE = -1;

	private final String file;

	private final StatementFormat format;

	private final InputStream input;

	private final XMLStreamReader xml;

	private final EntryDecoder decoder;

	private final StatementWarnings warnings;

	private final Deque<StatementPart> ready = new ArrayDeque<>();

	private int depth;

	private int documentDepth = OUTSIDE;

	private int documents;

	private String envelope;

	private String announced;

	private boolean resume;

	private boolean finished;

	private int statements;

	private int entryCount;

	private OpenStatement statement;

	private CamtReader(String file, StatementFormat format, InputStream input, XMLStreamReader xml,
			EntryDecoder decoder) {
		this.file = file;
		this.format = format;
		this.input = input;
		this.xml = xml;
		this.decoder = decoder;
		this.warnings = new StatementWarnings(file);
	}

	/**
	 * Opens a camt file whose format {@link io.cashpost.statement.StatementFiles#detect}
	 * found.
	 */
	public static CamtReader open(Path file, StatementFormat format) {
		return open(file, format, new FragmentEntryDecoder());
	}

	/** Opens with a given way of reading entries: tests compare it with Prowide's. */
	static CamtReader open(Path file, StatementFormat format, EntryDecoder decoder) {
		int version = checkVersion(file, format);
		InputStream input = null;
		try {
			input = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
			CamtReader reader = new CamtReader(file.toString(), format, input, HardenedXml.reader(input), decoder);
			if (version > NEWEST_KNOWN_VERSION) {
				reader.warnings.add("newer version", null,
						format.version() + " is newer than the versions Cashpost was checked against (.001.02 to .001."
								+ NEWEST_KNOWN_VERSION + "): read by the element names those versions share");
			}
			return reader;
		}
		catch (IOException | XMLStreamException ex) {
			closeQuietly(input);
			throw new StatementReadException(file.toString(), null, "cannot open: " + ex.getMessage(), ex);
		}
	}

	/** The version number; version 1 (drafts with other element names) is refused. */
	private static int checkVersion(Path file, StatementFormat format) {
		String version = format.version();
		int number = Integer.parseInt(version.substring(version.lastIndexOf('.') + 1));
		if (number < 2) {
			throw new StatementReadException(file.toString(), null, version
					+ " is not supported: Cashpost reads .001.02 and every later version (version 1 was a draft with other element names)");
		}
		return number;
	}

	@Override
	public StatementFormat format() {
		return this.format;
	}

	@Override
	public StatementPart next() {
		try {
			while (this.ready.isEmpty() && !this.finished) {
				step();
			}
		}
		catch (XMLStreamException ex) {
			this.finished = true;
			throw new StatementReadException(this.file, "line " + line(ex), "malformed XML: " + xmlProblem(ex), ex);
		}
		catch (RuntimeException ex) {
			// Nothing after a failure can be trusted: the reader stays at its end.
			this.finished = true;
			this.ready.clear();
			throw ex;
		}
		return this.ready.poll();
	}

	@Override
	public void close() {
		try {
			this.xml.close();
		}
		catch (XMLStreamException ex) {
			// closing a reader cannot lose data
		}
		closeQuietly(this.input);
	}

	/** Handles one parse event, or one whole element where it is read at once. */
	private void step() throws XMLStreamException {
		int event;
		if (this.resume) {
			event = this.xml.getEventType();
			this.resume = false;
		}
		else if (this.xml.hasNext()) {
			event = this.xml.next();
		}
		else {
			event = XMLStreamConstants.END_DOCUMENT;
		}
		switch (event) {
			case XMLStreamConstants.DTD ->
				throw failure(null, "XML with a DOCTYPE is refused (no DTDs, no entities in statement files)");
			case XMLStreamConstants.START_ELEMENT -> startElement();
			case XMLStreamConstants.END_ELEMENT -> endElement();
			case XMLStreamConstants.END_DOCUMENT -> endDocument();
			default -> {
			}
		}
	}

	private void startElement() throws XMLStreamException {
		if (this.documentDepth == OUTSIDE) {
			outsideDocument(this.xml.getLocalName());
			return;
		}
		String name = this.xml.getLocalName();
		switch (this.depth - this.documentDepth) {
			case 1 -> checkMessage(name);
			case 2 -> {
				if (STATEMENTS.contains(name)) {
					this.statement = new OpenStatement(line());
				}
				else {
					skipElement();
					return;
				}
			}
			case 3 -> {
				statementElement(name);
				return;
			}
			default -> throw new IllegalStateException("unexpected depth " + this.depth);
		}
		this.depth++;
	}

	/**
	 * An element before, around or between documents: the {@code Document} itself, a
	 * Business Application Header, or an envelope element to look inside.
	 */
	private void outsideDocument(String name) throws XMLStreamException {
		String namespace = this.xml.getNamespaceURI();
		if (name.equals("Document") && (this.depth == 0 || isIso20022(namespace))) {
			checkDocument(namespace);
			this.documentDepth = this.depth;
			this.documents++;
		}
		else if (name.equals("AppHdr")) {
			applicationHeader(XmlFragment.read(this.xml));
			return;
		}
		else if (this.depth == 0) {
			this.envelope = name;
		}
		this.depth++;
	}

	private void checkDocument(String namespace) {
		String expected = NAMESPACE_PREFIX + this.format.version();
		if (!expected.equals(namespace)) {
			throw failure("line " + line(), "the Document " + inNamespace(namespace) + ", expected " + expected);
		}
		if (this.announced != null && !this.announced.equalsIgnoreCase(this.format.version())) {
			throw failure("line " + line(), "the Business Application Header (AppHdr) announces " + this.announced
					+ " (MsgDefIdr), but the Document is " + this.format.version());
		}
	}

	/** Keeps what the header announces, to check the document against it. */
	private void applicationHeader(XmlFragment header) {
		String definition = header.text("MsgDefIdr");
		if (definition != null && this.documentDepth == OUTSIDE) {
			this.announced = definition;
		}
	}

	private void statementElement(String name) throws XMLStreamException {
		switch (name) {
			case "Id" -> this.statement.id(this.xml.getElementText().strip());
			case "Acct" -> header(() -> this.statement.account(XmlFragment.read(this.xml)));
			case "Bal" -> header(() -> this.statement.balance(XmlFragment.read(this.xml)));
			case "Ntry" -> entry();
			default -> skipElement();
		}
	}

	private void endElement() {
		this.depth--;
		if (this.documentDepth == OUTSIDE) {
			return;
		}
		if (this.depth == this.documentDepth) {
			this.documentDepth = OUTSIDE;
			this.announced = null;
		}
		else if (this.depth == this.documentDepth + 2 && this.statement != null) {
			endStatement();
		}
	}

	private void endStatement() {
		OpenStatement ended = this.statement;
		this.statement = null;
		try {
			this.ready.add(ended.summary(messageName(), this.warnings));
		}
		catch (IllegalArgumentException ex) {
			throw failure(ended.position(), ex.getMessage());
		}
		this.statements++;
	}

	private void endDocument() {
		this.finished = true;
		if (this.documents == 0) {
			throw failure(null, "no ISO 20022 Document element inside <" + this.envelope + ">: expected the "
					+ this.format + " Document, alone or after a Business Application Header (AppHdr)");
		}
		if (this.statements == 0) {
			String container = switch (this.format.family()) {
				case "camt.052" -> "Rpt";
				case "camt.054" -> "Ntfctn";
				default -> "Stmt";
			};
			throw failure(null, "the file holds no statement (no " + container + " element)");
		}
	}

	private static boolean isIso20022(String namespace) {
		return namespace != null && namespace.startsWith(NAMESPACE_PREFIX);
	}

	private static String inNamespace(String namespace) {
		return (namespace == null || namespace.isEmpty()) ? "has no namespace" : "is in namespace " + namespace;
	}

	/** How the message calls its statements, for messages that name them. */
	private String messageName() {
		return switch (this.format.family()) {
			case "camt.052" -> "report";
			case "camt.054" -> "notification";
			default -> "statement";
		};
	}

	private void checkMessage(String name) {
		String expected = switch (this.format.family()) {
			case "camt.052" -> "BkToCstmrAcctRpt";
			case "camt.054" -> "BkToCstmrDbtCdtNtfctn";
			default -> "BkToCstmrStmt";
		};
		if (!name.equals(expected)) {
			throw failure("line " + line(), "expected " + expected + " for " + this.format + ", found " + name);
		}
	}

	private void entry() {
		this.entryCount++;
		long line = line();
		String position = "entry " + this.entryCount + " (line " + line + ")";
		try {
			CamtEntry entry = this.decoder.decode(this.xml);
			this.resume = true;
			Money amount = EntryTransactions.signedAmount(entry);
			EntryStatus status = (entry.status() != null) ? EntryTransactions.status(entry.status())
					: statusOfEntryWithout(position);
			List<BankTransaction> transactions = EntryTransactions.transactions(entry, new EntryTransactions.Position(
					this.statement.id(), this.statement.account(), this.entryCount, line), status);
			this.statement.add(amount, status.isBooked(), transactions.size(),
					entry.status() == null && status.isBooked() && !this.format.family().equals("camt.053"));
			this.ready.addAll(transactions);
		}
		catch (StatementReadException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new StatementReadException(this.file, position, problem(ex), ex);
		}
	}

	/**
	 * The status of an entry that has none. A camt.053 statement reports booked entries.
	 * A camt.052 report or camt.054 notification holds booked and pending entries alike:
	 * its entry counts as booked only where the report's opening and closing balances
	 * will check it (a report that then does not add up is refused); without them it is
	 * kept as information, never posted.
	 */
	private EntryStatus statusOfEntryWithout(String position) {
		String kind = "entry without status";
		if (this.format.family().equals("camt.053")) {
			this.warnings.add(kind, position,
					"the entry has no status (Sts): read as booked (BOOK), as a camt.053 statement reports booked entries");
			return EntryStatus.BOOKED;
		}
		if (this.statement.hasBalances()) {
			this.warnings.add(kind, position, "the entry has no status (Sts): read as booked (BOOK), which the "
					+ messageName() + "'s opening and closing balances confirm");
			return EntryStatus.BOOKED;
		}
		this.warnings
			.add(kind, position, "the entry has no status (Sts), and a " + this.format.family() + " " + messageName()
					+ " without balances does not say whether it is booked: kept as information (INFO), not posted");
		return EntryStatus.INFO;
	}

	private void header(XmlStep step) throws XMLStreamException {
		long line = line();
		try {
			step.run();
		}
		catch (IllegalArgumentException | DateTimeException ex) {
			throw failure("line " + line, ex.getMessage());
		}
	}

	/** Skips an element the reader does not need, leaving the reader on its end tag. */
	private void skipElement() throws XMLStreamException {
		int level = 1;
		while (level > 0) {
			int event = this.xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				level++;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				level--;
			}
		}
	}

	private StatementReadException failure(String position, String problem) {
		this.finished = true;
		return new StatementReadException(this.file, position, problem);
	}

	private long line() {
		return this.xml.getLocation().getLineNumber();
	}

	private static long line(XMLStreamException ex) {
		return (ex.getLocation() != null) ? ex.getLocation().getLineNumber() : -1;
	}

	/** The parser's own words, without its location prefix. */
	private static String xmlProblem(XMLStreamException ex) {
		String message = String.valueOf(ex.getMessage());
		int text = message.indexOf("Message: ");
		return (text >= 0) ? message.substring(text + "Message: ".length()) : message;
	}

	private static String problem(Exception ex) {
		if (ex instanceof XMLStreamException xmlException) {
			return "malformed XML: " + xmlProblem(xmlException);
		}
		if (ex.getCause() instanceof XMLStreamException xmlException) {
			return "malformed XML: " + xmlProblem(xmlException);
		}
		return (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
	}

	private static void closeQuietly(InputStream input) {
		if (input != null) {
			try {
				input.close();
			}
			catch (IOException ex) {
				// nothing was written
			}
		}
	}

	@FunctionalInterface
	private interface XmlStep {

		void run() throws XMLStreamException;

	}

}
