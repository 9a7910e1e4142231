package io.cashpost.statement.camt;

import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The only way statement XML is parsed: the JDK's StAX parser with DTDs and external
 * entities switched off, so that no file can read local files or expand entities.
 */
final class HardenedXml {

	private HardenedXml() {
	}

	/**
	 * A reader over the stream. A DOCTYPE still shows as a {@code DTD} event, which the
	 * caller refuses; without DTD support no entity it declares is ever expanded.
	 */
	static XMLStreamReader reader(InputStream in) throws XMLStreamException {
		// A factory per reader: the JDK's factory may hand out the same reader instance
		// again, which readers used side by side must not share.
		return factory().createXMLStreamReader(in);
	}

	static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
			throw new XMLStreamException("external entity refused: " + systemId);
		});
		// With DTDs off only the five predefined entities remain; newer JDKs count even
		// those against a size limit that large statements full of &amp; can reach.
		liftLimit(factory, "jdk.xml.maxGeneralEntitySizeLimit");
		liftLimit(factory, "jdk.xml.totalEntitySizeLimit");
		return factory;
	}

	private static void liftLimit(XMLInputFactory factory, String property) {
		try {
			factory.setProperty(property, "0");
		}
		catch (IllegalArgumentException ex) {
			// This JDK does not know the limit: nothing to lift.
		}
	}

}
