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
import io.cashpost.statement.StatementFormat;
import io.cashpost.statement.StatementPart;
import io.cashpost.statement.StatementReadException;
import io.cashpost.statement.StatementReader;

/**
 * Streams an ISO 20022 camt.052, camt.053 or camt.054 file of any version from
 * {@code .001.02} to {@code .001.13}. StAX walks the document; each {@code Ntry} is read
 * on its own, so memory stays flat whatever the file's size. Statement headers (id,
 * account, balances) come from the same walk.
 */
public final class CamtReader implements StatementReader {

	private static final String NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:";

	private static final Set<String> STATEMENTS = Set.of("Stmt", "Rpt", "Ntfctn");

	private final String file;

	private final StatementFormat format;

	private final InputStream input;

	private final XMLStreamReader xml;

	private final EntryDecoder decoder;

	private final Deque<StatementPart> ready = new ArrayDeque<>();

	private int depth;

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
	}

	/**
	 * Opens a camt file whose format {@link io.cashpost.statement.StatementFiles#detect}
	 * found.
	 */
	public static CamtReader open(Path file, StatementFormat format) {
		checkVersion(file, format);
		return open(file, format, EntryDecoder.forVersion(format.version()));
	}

	/** Opens with a given way of reading entries: tests compare the two. */
	static CamtReader open(Path file, StatementFormat format, EntryDecoder decoder) {
		InputStream input = null;
		try {
			input = new BufferedInputStream(Files.newInputStream(file), 64 * 1024);
			return new CamtReader(file.toString(), format, input, HardenedXml.reader(input), decoder);
		}
		catch (IOException | XMLStreamException ex) {
			closeQuietly(input);
			throw new StatementReadException(file.toString(), null, "cannot open: " + ex.getMessage(), ex);
		}
	}

	private static void checkVersion(Path file, StatementFormat format) {
		String version = format.version();
		int number = Integer.parseInt(version.substring(version.length() - 2));
		if (number < 2 || number > 13) {
			throw new StatementReadException(file.toString(), null,
					version + " is not supported: Cashpost reads versions .001.02 to .001.13");
		}
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
		String name = this.xml.getLocalName();
		switch (this.depth) {
			case 0 -> checkRoot(name);
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
		if (this.depth == 2 && this.statement != null) {
			this.ready.add(this.statement.summary());
			this.statement = null;
			this.statements++;
		}
	}

	private void endDocument() {
		this.finished = true;
		if (this.statements == 0) {
			String container = switch (this.format.family()) {
				case "camt.052" -> "Rpt";
				case "camt.054" -> "Ntfctn";
				default -> "Stmt";
			};
			throw failure(null, "the file holds no statement (no " + container + " element)");
		}
	}

	private void checkRoot(String name) {
		String expected = NAMESPACE_PREFIX + this.format.version();
		if (!name.equals("Document") || !expected.equals(this.xml.getNamespaceURI())) {
			throw failure("line " + line(), "expected the root element Document in namespace " + expected + ", found "
					+ name + " in " + this.xml.getNamespaceURI());
		}
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
			List<BankTransaction> transactions = EntryTransactions.transactions(entry, new EntryTransactions.Position(
					this.statement.id(), this.statement.account(), this.entryCount, line));
			this.statement.add(amount, transactions.get(0).status().isBooked(), transactions.size());
			this.ready.addAll(transactions);
		}
		catch (StatementReadException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new StatementReadException(this.file, position, problem(ex), ex);
		}
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
