package io.cashpost.statement.camt;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads an entry of any camt version by element names ({@link FragmentEntries}). */
final class FragmentEntryDecoder implements EntryDecoder {

	@Override
	public CamtEntry decode(XMLStreamReader xml) throws XMLStreamException {
		XmlFragment ntry = XmlFragment.read(xml);
		xml.next();
		return FragmentEntries.entry(ntry);
	}

}
