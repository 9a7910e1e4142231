package io.cashpost.statement.camt;

import javax.xml.stream.XMLStreamReader;

/**
 * Reads one {@code Ntry} element into a {@link CamtEntry}. Production reads every version
 * by element names ({@link FragmentEntryDecoder}); the tests hold Prowide's model classes
 * beside it as the reference it must agree with.
 */
interface EntryDecoder {

	/**
	 * Reads the entry the reader is on.
	 * @param xml a reader on the {@code Ntry} start tag; left on the event after the
	 * entry's end tag
	 * @return the entry
	 * @throws Exception when the entry cannot be read; the caller names the entry
	 */
	CamtEntry decode(XMLStreamReader xml) throws Exception;

}
