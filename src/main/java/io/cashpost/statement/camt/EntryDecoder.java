package io.cashpost.statement.camt;

import javax.xml.stream.XMLStreamReader;

/** Reads one {@code Ntry} element into a {@link CamtEntry}. */
interface EntryDecoder {

	/**
	 * Reads the entry the reader is on.
	 * @param xml a reader on the {@code Ntry} start tag; left on the event after the
	 * entry's end tag
	 * @return the entry
	 * @throws Exception when the entry cannot be read; the caller names the entry
	 */
	CamtEntry decode(XMLStreamReader xml) throws Exception;

	/**
	 * The decoder for a message version: Prowide's model classes for {@code .001.02} and
	 * {@code .001.08}, the element mapping for every other version.
	 */
	static EntryDecoder forVersion(String version) {
		if (version.endsWith(".001.02")) {
			return ProwideEntryDecoder.version2();
		}
		if (version.endsWith(".001.08")) {
			return ProwideEntryDecoder.version8();
		}
		return new FragmentEntryDecoder();
	}

}
