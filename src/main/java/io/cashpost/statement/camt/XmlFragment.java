package io.cashpost.statement.camt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One small element of a statement, read whole from the stream: an entry, a balance, an
 * account. Names are local names, so the same lookups work for every message version.
 *
 * @param name the element's local name
 * @param attributes its attributes by local name
 * @param text its character data, stripped ({@code ""} for none)
 * @param children its child elements in document order
 */
record XmlFragment(String name, Map<String, String> attributes, String text, List<XmlFragment> children) {

	/** Paths are a few dozen constants: split each once, not once per entry. */
	private static final Map<String, String[]> PATHS = new ConcurrentHashMap<>();

	/**
	 * Reads the element the reader is on, leaving the reader on its end tag.
	 */
	static XmlFragment read(XMLStreamReader xml) throws XMLStreamException {
		String name = xml.getLocalName();
		Map<String, String> attributes = attributes(xml);
		List<XmlFragment> children = List.of();
		StringBuilder text = null;
		while (true) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				if (children.isEmpty()) {
					children = new ArrayList<>(4);
				}
				children.add(read(xml));
			}
			else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
				text = (text != null) ? text : new StringBuilder();
				text.append(xml.getText());
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				return new XmlFragment(name, attributes, (text != null) ? text.toString().strip() : "", children);
			}
		}
	}

	private static Map<String, String> attributes(XMLStreamReader xml) {
		int count = xml.getAttributeCount();
		if (count == 0) {
			return Map.of();
		}
		Map<String, String> attributes = new HashMap<>(count * 2);
		for (int i = 0; i < count; i++) {
			attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
		}
		return attributes;
	}

	/**
	 * The first element at the path below this one ({@code "Refs/EndToEndId"}), or null.
	 */
	XmlFragment at(String path) {
		XmlFragment current = this;
		for (String name : steps(path)) {
			current = current.child(name);
			if (current == null) {
				return null;
			}
		}
		return current;
	}

	/** Every element at the path below this one, in document order. */
	List<XmlFragment> all(String path) {
		List<XmlFragment> found = List.of(this);
		for (String name : steps(path)) {
			List<XmlFragment> next = new ArrayList<>();
			for (XmlFragment element : found) {
				for (XmlFragment child : element.children) {
					if (child.name.equals(name)) {
						next.add(child);
					}
				}
			}
			found = next;
		}
		return found;
	}

	/** The text at the path, or null when the element is absent or empty. */
	String text(String path) {
		XmlFragment element = at(path);
		return (element != null && !element.text.isEmpty()) ? element.text : null;
	}

	/** The texts of every element at the path, empty ones left out. */
	List<String> texts(String path) {
		List<String> texts = new ArrayList<>();
		for (XmlFragment element : all(path)) {
			if (!element.text.isEmpty()) {
				texts.add(element.text);
			}
		}
		return texts;
	}

	String attribute(String name) {
		return this.attributes.get(name);
	}

	private static String[] steps(String path) {
		return PATHS.computeIfAbsent(path, (key) -> key.split("/"));
	}

	private XmlFragment child(String name) {
		for (XmlFragment child : this.children) {
			if (child.name.equals(name)) {
				return child;
			}
		}
		return null;
	}

}
