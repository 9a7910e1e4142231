package io.cashpost.statement.mt;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

import io.cashpost.statement.StatementWarnings;

/**
 * Turns the lines of an MT940/MT942 file into tagged fields, one at a time. It strips the
 * SWIFT envelope ({@code {1:}{2:}{4:} ... {@code -&#125;}), remembers the message type
 * the envelope or a Rabobank-style {@code :940:} header declares, skips the lines some
 * banks put before a message, and marks each message trailer with an {@link MtField#END}
 * field.
 * <p>
 * Only the tags MT940 and MT942 define start a field: a wrapped line of text such as
 * {@code :12:11} (the end of a time) stays part of the field above it. Only a line that
 * is exactly {@code -} (or the envelope's {@code -&#125;}) ends a message: a line of text
 * that begins with {@code -} is text. A lone {@code -} inside an open {@code :86:}
 * followed by more text is text too (ING wraps mandate ids that way); after the closing
 * balance it ends the message. Text lines beginning with {@code -}, which SWIFT reserves
 * for the trailer, and an envelope whose {@code {2:}} block carries a placeholder instead
 * of a message type are read with a warning.
 */
final class MtFields {

	private static final Set<String> TAGS = Set.of("20", "21", "25", "25P", "28", "28C", "60F", "60M", "61", "86",
			"62F", "62M", "64", "65", "34F", "13D", "90D", "90C", "NS");

	private static final Set<String> CLOSING = Set.of("62F", "62M", "90D", "90C");

	private static final int MAX_FIELD_CHARS = 1 << 20;

	private final MtLines lines;

	private final StatementWarnings warnings;

	private final Deque<MtField> ready = new ArrayDeque<>();

	private String pendingLine;

	private String messageType;

	private String tag;

	private final StringBuilder value = new StringBuilder(256);

	private long fieldLine;

	private long currentLine;

	private boolean closed;

	private boolean exhausted;

	MtFields(MtLines lines, StatementWarnings warnings) {
		this.lines = lines;
		this.warnings = warnings;
	}

	/** The next field or message end, or {@code null} at the end of the file. */
	MtField next() {
		while (this.ready.isEmpty() && !this.exhausted) {
			String text = nextLine();
			if (text == null) {
				finishField();
				this.exhausted = true;
			}
			else {
				accept(text);
			}
		}
		return this.ready.poll();
	}

	/** Puts a field back so that the next call returns it again. */
	void pushBack(MtField field) {
		this.ready.addFirst(field);
	}

	/** The line last read. */
	long line() {
		return this.currentLine;
	}

	private String nextLine() {
		String text = this.pendingLine;
		this.pendingLine = null;
		if (text == null) {
			text = this.lines.next();
		}
		// a pending line is always the one read last
		this.currentLine = this.lines.number();
		return text;
	}

	private void accept(String text) {
		if (isEnvelope(text)) {
			envelope(text);
		}
		else if (isTrailer(text)) {
			trailer(text);
		}
		else if (!tagLine(text)) {
			continuation(text);
		}
	}

	private static boolean isEnvelope(String text) {
		return text.length() >= 3 && text.charAt(0) == '{' && text.charAt(2) == ':' && text.charAt(1) >= '1'
				&& text.charAt(1) <= '5';
	}

	private void envelope(String text) {
		if (this.tag != null) {
			finishField();
			end();
		}
		int block2 = text.indexOf("{2:");
		if (block2 >= 0) {
			this.messageType = messageType(text.substring(block2 + 3));
		}
		int block4 = text.indexOf("{4:");
		if (block4 >= 0 && !text.substring(block4 + 3).isBlank()) {
			this.pendingLine = text.substring(block4 + 3);
		}
	}

	/**
	 * The message type of an application header block ({@code I940...}, {@code O942...}),
	 * or {@code null} when it holds a placeholder (nothing, {@code XXX}, {@code 000}):
	 * then the fields tell the type.
	 */
	private String messageType(String block) {
		int end = block.indexOf('}');
		String content = (end >= 0) ? block.substring(0, end) : block;
		String type = (content.length() >= 4 && (content.charAt(0) == 'I' || content.charAt(0) == 'O'))
				? content.substring(1, 4) : content.substring(0, Math.min(3, content.length()));
		if (SwiftSyntax.digits(type, 0, 3) && !type.equals("000")) {
			return type;
		}
		this.warnings.add("placeholder message type", "line " + this.currentLine + " ({2:} block)",
				"the SWIFT application header ({2:" + content + "}) carries no message type: the fields tell it");
		return null;
	}

	private static boolean isTrailer(String text) {
		String trimmed = text.strip();
		return trimmed.equals("-") || trimmed.startsWith("-}") || trimmed.equals("-XXX");
	}

	private void trailer(String text) {
		if (text.strip().equals("-") && insideText() && continuesText()) {
			continuation(text);
			return;
		}
		finishField();
		end();
	}

	private boolean insideText() {
		return !this.closed && ("86".equals(this.tag) || "61".equals(this.tag));
	}

	private boolean continuesText() {
		String following = this.lines.next();
		this.pendingLine = following;
		if (following == null || following.isBlank() || isTrailer(following)) {
			return false;
		}
		char first = following.strip().charAt(0);
		if (first == ':' || first == '{') {
			return false;
		}
		this.warnings.add("lone dash in text", "line " + this.currentLine + " (:" + this.tag + ":)",
				"a line of only '-' inside field :" + this.tag
						+ ": with more text after it: read as text, not as the end of the message");
		return true;
	}

	private boolean tagLine(String text) {
		if (text.length() < 3 || text.charAt(0) != ':') {
			return false;
		}
		int close = text.indexOf(':', 1);
		if (close < 0 || close > 5) {
			return false;
		}
		String candidate = text.substring(1, close);
		if (candidate.equals("940") || candidate.equals("942")) {
			finishField();
			this.messageType = candidate;
			return true;
		}
		if (!TAGS.contains(candidate)) {
			return false;
		}
		finishField();
		startField(candidate, text.substring(close + 1));
		return true;
	}

	private void startField(String candidate, String rest) {
		this.tag = candidate;
		this.fieldLine = this.currentLine;
		this.value.setLength(0);
		this.value.append(rest);
		if (candidate.equals("20")) {
			this.closed = false;
		}
		else if (CLOSING.contains(candidate)) {
			this.closed = true;
		}
	}

	private void continuation(String text) {
		if (this.tag == null) {
			return;
		}
		if (text.startsWith("-") && !text.strip().equals("-")) {
			this.warnings.add("line starting with a dash", "line " + this.currentLine + " (:" + this.tag + ":)",
					"a line of field :" + this.tag
							+ ": begins with '-', which SWIFT reserves for the end of a message: "
							+ "read as text, as only a line that is exactly '-' ends a message");
		}
		if (this.value.length() + text.length() > MAX_FIELD_CHARS) {
			throw new MtFieldException("field :" + this.tag + ": starting at line " + this.fieldLine
					+ " is longer than " + MAX_FIELD_CHARS + " characters");
		}
		this.value.append('\n').append(text);
	}

	private void finishField() {
		if (this.tag != null) {
			this.ready.add(new MtField(this.tag, this.value.toString(), this.fieldLine, this.messageType));
			this.tag = null;
		}
	}

	private void end() {
		this.ready.add(new MtField(MtField.END, "", this.currentLine, this.messageType));
		this.closed = false;
	}

}
