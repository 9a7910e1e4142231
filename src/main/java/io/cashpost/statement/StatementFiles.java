package io.cashpost.statement;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cashpost.statement.bai2.Bai2Reader;
import io.cashpost.statement.camt.CamtReader;
import io.cashpost.statement.mt.Mt940Reader;

/**
 * The front door to the readers: tells a statement file's format from its first bytes and
 * opens the reader for it. The file's name and extension are never trusted.
 */
public final class StatementFiles {

	/**
	 * How much of a file is looked at to tell its format: enough for an envelope and a
	 * Business Application Header before the {@code Document}.
	 */
	private static final int HEAD_BYTES = 32 * 1024;

	private static final Pattern CAMT_NAMESPACE = Pattern
		.compile("urn:iso:std:iso:20022:tech:xsd:(camt\\.05[234])\\.001\\.(\\d{2})\\b");

	private static final Pattern ISO20022_DOCUMENT = Pattern.compile(
			"<(?:\\w+:)?Document\\s[^>]*?xmlns(?::\\w+)?=[\"']urn:iso:std:iso:20022:tech:xsd:([a-z]{4}\\.\\d{3}\\.\\d{3}\\.\\d{2})");

	private static final Pattern ROOT_NAMESPACE = Pattern
		.compile("<(?:\\w+:)?\\w+\\s[^>]*?xmlns(?::\\w+)?=[\"']([^\"']*)");

	private static final Pattern SWIFT_MESSAGE_TYPE = Pattern.compile("\\{2:[IO](\\d{3})");

	private static final Pattern SWIFT_FIELD = Pattern.compile(":(?:20|21|25|25P|28C?|60[FM]|61|62[FM]|64|65|86|NS):");

	private StatementFiles() {
	}

	/**
	 * Tells the format of a statement file from its content.
	 * @param file the file
	 * @return its format and version
	 * @throws StatementReadException when the file cannot be read or holds no statement
	 * format Cashpost knows, naming what was found
	 */
	public static StatementFormat detect(Path file) {
		String head = head(file);
		String text = head.strip();
		if (text.isEmpty()) {
			throw new StatementReadException(file.toString(), null, "the file is empty");
		}
		if (text.startsWith("<")) {
			return xmlFormat(file, head);
		}
		if (text.startsWith("01,")) {
			return new StatementFormat("BAI2", "BAI2");
		}
		if (isSwift(head)) {
			return swiftFormat(file, head);
		}
		if (SWIFT_FIELD.matcher(text).lookingAt()) {
			throw new StatementReadException(file.toString(), null,
					"SWIFT fields, not a whole MT940 statement (a statement starts with :20: and holds :25:, :60F:, its :61: "
							+ "lines and :62F:); the file starts with '" + printable(text) + "'");
		}
		throw new StatementReadException(file.toString(), null,
				"not a statement format Cashpost knows (camt.052/053/054, MT940/MT942, BAI2); the file starts with '"
						+ printable(text) + "'");
	}

	/**
	 * Opens the reader for a statement file.
	 * @param file the file
	 * @return a reader positioned before the first entry; close it when done
	 * @throws StatementReadException when the format is unknown or has no reader
	 */
	public static StatementReader open(Path file) {
		StatementFormat format = detect(file);
		// The one place where a format meets its reader.
		return switch (format.family()) {
			case "camt.052", "camt.053", "camt.054" -> CamtReader.open(file, format);
			case "BAI2" -> new Bai2Reader(stream(file), file.toString());
			case "MT940", "MT942" -> new Mt940Reader(stream(file), file.toString());
			default -> throw new StatementReadException(file.toString(), null, "no reader for " + format);
		};
	}

	private static StatementFormat xmlFormat(Path file, String head) {
		if (head.contains("<!DOCTYPE")) {
			throw new StatementReadException(file.toString(), null,
					"XML with a DOCTYPE is refused (no DTDs, no entities in statement files)");
		}
		Matcher camt = CAMT_NAMESPACE.matcher(head);
		if (camt.find()) {
			return new StatementFormat(camt.group(1), camt.group(1) + ".001." + camt.group(2));
		}
		Matcher document = ISO20022_DOCUMENT.matcher(head);
		if (document.find()) {
			throw new StatementReadException(file.toString(), null, "ISO 20022 " + document.group(1)
					+ " is not a statement message: Cashpost reads camt.052, camt.053 and camt.054");
		}
		Matcher root = ROOT_NAMESPACE.matcher(head);
		String found = root.find() ? "unknown XML namespace '" + root.group(1) + "'" : "XML without a namespace";
		throw new StatementReadException(file.toString(), null,
				found + ": expected urn:iso:std:iso:20022:tech:xsd:camt.052/053/054.001.NN");
	}

	private static boolean isSwift(String head) {
		boolean blocks = head.contains("{1:") && head.contains("{4:");
		boolean fields = head.contains(":20:") && (head.contains(":25:") || head.contains(":28C:")
				|| head.contains(":60F:") || head.contains(":60M:") || head.contains(":61:"));
		return blocks || fields;
	}

	private static StatementFormat swiftFormat(Path file, String head) {
		Matcher type = SWIFT_MESSAGE_TYPE.matcher(head);
		// 000 is a placeholder some exports put where the type belongs: the fields tell
		if (type.find() && !type.group(1).equals("000")) {
			return switch (type.group(1)) {
				case "940" -> new StatementFormat("MT940", "MT940");
				case "942" -> new StatementFormat("MT942", "MT942");
				default -> throw new StatementReadException(file.toString(), null,
						"SWIFT MT" + type.group(1) + " is not a statement format Cashpost reads (MT940, MT942)");
			};
		}
		// Without envelope blocks an MT942 shows itself by its floor limit or its
		// date/time indication, fields an MT940 never has.
		if (head.contains(":34F:") || head.contains(":13D:")) {
			return new StatementFormat("MT942", "MT942");
		}
		return new StatementFormat("MT940", "MT940");
	}

	/** The first few KB as text, byte order mark removed. */
	private static String head(Path file) {
		byte[] bytes;
		try (InputStream in = Files.newInputStream(file)) {
			bytes = in.readNBytes(HEAD_BYTES);
		}
		catch (NoSuchFileException ex) {
			throw new StatementReadException(file.toString(), null, "no such file", ex);
		}
		catch (IOException ex) {
			throw new StatementReadException(file.toString(), null, "cannot read the file: " + ex, ex);
		}
		return decode(bytes);
	}

	private static String decode(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return text(bytes, StandardCharsets.UTF_16BE);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return text(bytes, StandardCharsets.UTF_16LE);
		}
		// Every marker looked for is ASCII: Latin-1 maps each byte to one char, whatever
		// the file's real encoding.
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

	private static String text(byte[] bytes, Charset charset) {
		return new String(bytes, 2, bytes.length - 2, charset);
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static String printable(String text) {
		String start = text.lines().findFirst().orElse("");
		start = (start.length() > 40) ? start.substring(0, 40) + "..." : start;
		return start.replaceAll("[^\\x20-\\x7E]", "?");
	}

	private static InputStream stream(Path file) {
		try {
			return Files.newInputStream(file);
		}
		catch (IOException ex) {
			throw new StatementReadException(file.toString(), null, "cannot be read: " + ex.getMessage(), ex);
		}
	}

}
