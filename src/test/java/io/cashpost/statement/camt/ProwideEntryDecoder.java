package io.cashpost.statement.camt;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

import com.prowidesoftware.swift.model.mx.dic.ReportEntry10;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry2;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.UnmarshalException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;

/**
 * The reference decoder, kept in the tests only: unmarshals one entry at a time into
 * Prowide's model class for its version, from the hardened stream the reader walks: JAXB
 * never sees more than one {@code Ntry}, and never a parser of its own.
 *
 * @param <T> Prowide's entry class
 */
final class ProwideEntryDecoder<T> implements EntryDecoder {

	/** Creating a context costs hundreds of milliseconds: one per entry class. */
	private static final Map<Class<?>, JAXBContext> CONTEXTS = new ConcurrentHashMap<>();

	private final Class<T> type;

	private final Function<T, CamtEntry> mapping;

	private final Unmarshaller unmarshaller;

	private ValidationEvent failure;

	private ProwideEntryDecoder(Class<T> type, Function<T, CamtEntry> mapping) {
		this.type = type;
		this.mapping = mapping;
		try {
			this.unmarshaller = context(type).createUnmarshaller();
			this.unmarshaller.setEventHandler(this::handle);
		}
		catch (JAXBException ex) {
			throw new IllegalStateException("Cannot bind " + type.getName(), ex);
		}
	}

	/**
	 * Prowide's decoder for the versions production once read with it ({@code .001.02}
	 * and {@code .001.08}), or {@code null} for any other version.
	 */
	static EntryDecoder forVersion(String version) {
		if (version.endsWith(".001.02")) {
			return version2();
		}
		return version.endsWith(".001.08") ? version8() : null;
	}

	static ProwideEntryDecoder<ReportEntry2> version2() {
		return new ProwideEntryDecoder<>(ReportEntry2.class, ProwideEntries::entry);
	}

	static ProwideEntryDecoder<ReportEntry10> version8() {
		return new ProwideEntryDecoder<>(ReportEntry10.class, ProwideEntries::entry);
	}

	@Override
	public CamtEntry decode(XMLStreamReader xml) throws Exception {
		this.failure = null;
		try {
			T entry = this.unmarshaller.unmarshal(new Unqualified(xml), this.type).getValue();
			return this.mapping.apply(entry);
		}
		catch (UnmarshalException ex) {
			if (this.failure != null) {
				throw new IllegalArgumentException(describe(this.failure), ex);
			}
			throw ex;
		}
	}

	/**
	 * Elements Prowide does not know are skipped, as the element mapping skips them; a
	 * value that cannot be converted (an amount, a date) stops the entry.
	 */
	private boolean handle(ValidationEvent event) {
		boolean conversion = event.getLinkedException() != null;
		if (event.getSeverity() == ValidationEvent.WARNING
				|| (event.getSeverity() == ValidationEvent.ERROR && !conversion)) {
			return true;
		}
		this.failure = event;
		return false;
	}

	private static String describe(ValidationEvent event) {
		Throwable cause = event.getLinkedException();
		while (cause != null && cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = (cause != null && cause.getMessage() != null) ? cause.getMessage() : event.getMessage();
		int line = (event.getLocator() != null) ? event.getLocator().getLineNumber() : -1;
		return "cannot read a value" + ((line > 0) ? " at line " + line : "") + ": " + message;
	}

	private static JAXBContext context(Class<?> type) {
		return CONTEXTS.computeIfAbsent(type, (key) -> {
			try {
				return JAXBContext.newInstance(key);
			}
			catch (JAXBException ex) {
				throw new IllegalStateException("Cannot bind " + key.getName(), ex);
			}
		});
	}

	/**
	 * Prowide binds every version's classes without a namespace; the document has one.
	 * Hiding it lets the same classes read the entry.
	 */
	private static final class Unqualified extends StreamReaderDelegate {

		Unqualified(XMLStreamReader reader) {
			super(reader);
		}

		@Override
		public String getNamespaceURI() {
			return "";
		}

		@Override
		public QName getName() {
			return new QName(getLocalName());
		}

	}

}
