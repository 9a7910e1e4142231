package io.cashpost.statement.mt;

/**
 * One tagged field of a SWIFT message, continuation lines included, or the end of a
 * message.
 *
 * @param tag the tag without colons ({@code 61}, {@code 60F}), or {@link #END}
 * @param value the value, its lines joined by {@code '\n'}
 * @param line the line where the field starts
 * @param messageType the message type the envelope or a {@code :940:} header declared
 * ({@code 940}, {@code 942}), or {@code null}
 */
record MtField(String tag, String value, long line, String messageType) {

	/** Tag of the marker a message trailer ({@code -} or {@code -&#125;}) produces. */
	static final String END = "-";

	boolean is(String other) {
		return this.tag.equals(other);
	}

	boolean isEnd() {
		return this.tag.equals(END);
	}

	/** The value's first line. */
	String firstLine() {
		int newline = this.value.indexOf('\n');
		return (newline < 0) ? this.value : this.value.substring(0, newline);
	}

	/** How the field is named in an error message: {@code (:61:)}. */
	String label() {
		return isEnd() ? "(end of message)" : "(:" + this.tag + ":)";
	}

}
