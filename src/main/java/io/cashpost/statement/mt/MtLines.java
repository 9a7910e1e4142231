package io.cashpost.statement.mt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of a statement file, decoded one at a time so that memory stays flat. Banks
 * send UTF-8 (with or without BOM) or a Western single-byte charset without saying which:
 * a line that is not valid UTF-8 switches the rest of the file to Windows-1252, the
 * superset of ISO-8859-1 that German and Dutch banks use. Line ends may be LF, CRLF or
 * CR; control characters (SOH/ETX framing, stray NULs) are dropped and a tab becomes a
 * space.
 */
final class MtLines implements AutoCloseable {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final int MAX_LINE_BYTES = 1 << 20;

	private final InputStream in;

	private final Charset forced;

	private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private final byte[] buffer = new byte[1 << 16];

	private int position;

	private int limit;

	private byte[] line = new byte[256];

	private int length;

	private long number;

	private boolean fellBack;

	private boolean afterCarriageReturn;

	private boolean started;

	private boolean ascii;

	private boolean control;

	/**
	 * @param in the file's bytes
	 * @param forced the charset to decode with, or {@code null} to detect UTF-8 and fall
	 * back to Windows-1252
	 */
	MtLines(InputStream in, Charset forced) {
		this.in = in;
		this.forced = forced;
	}

	/** The next line without its line end, or {@code null} at the end of the file. */
	String next() {
		if (!readLine()) {
			return null;
		}
		this.number++;
		String text = decode();
		return this.control ? clean(text) : text;
	}

	/** Number of the line last returned, 1-based. */
	long number() {
		return this.number;
	}

	/** Whether invalid UTF-8 made the reader fall back to Windows-1252. */
	boolean fellBack() {
		return this.fellBack;
	}

	@Override
	public void close() {
		try {
			this.in.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private boolean readLine() {
		this.length = 0;
		this.ascii = true;
		this.control = false;
		boolean any = false;
		while (fill()) {
			if (this.afterCarriageReturn && this.buffer[this.position] == '\n') {
				this.position++;
			}
			this.afterCarriageReturn = false;
			int end = scan(this.position);
			any |= end > this.position;
			append(this.position, end);
			this.position = end;
			if (end < this.limit) {
				this.afterCarriageReturn = this.buffer[end] == '\r';
				this.position = end + 1;
				return true;
			}
		}
		return any;
	}

	/** Where the line ends in the buffer (a line end, or the buffer's end). */
	private int scan(int from) {
		byte[] bytes = this.buffer;
		int end = from;
		while (end < this.limit) {
			byte b = bytes[end];
			if (b < 0) {
				this.ascii = false;
			}
			else if (b < ' ') {
				if (b == '\n' || b == '\r') {
					return end;
				}
				this.control = true;
			}
			else if (b == 0x7F) {
				this.control = true;
			}
			end++;
		}
		return end;
	}

	private boolean fill() {
		if (this.position < this.limit) {
			return true;
		}
		try {
			int read = this.in.read(this.buffer);
			this.position = 0;
			this.limit = Math.max(read, 0);
			if (!this.started && read > 0) {
				this.started = true;
				skipByteOrderMark();
			}
			return this.position < this.limit;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void skipByteOrderMark() {
		if (this.limit >= 3 && (this.buffer[0] & 0xFF) == 0xEF && (this.buffer[1] & 0xFF) == 0xBB
				&& (this.buffer[2] & 0xFF) == 0xBF) {
			this.position = 3;
		}
	}

	private void append(int from, int to) {
		int count = to - from;
		if (this.length + count > this.line.length) {
			if (this.length + count > MAX_LINE_BYTES) {
				throw new MtFieldException("line " + (this.number + 1) + " is longer than " + MAX_LINE_BYTES
						+ " bytes: not a statement file");
			}
			this.line = Arrays.copyOf(this.line, Math.max(this.line.length * 2, this.length + count));
		}
		System.arraycopy(this.buffer, from, this.line, this.length, count);
		this.length += count;
	}

	private String decode() {
		if (this.forced != null) {
			return new String(this.line, 0, this.length, this.forced);
		}
		if (this.ascii) {
			return new String(this.line, 0, this.length, StandardCharsets.ISO_8859_1);
		}
		if (!this.fellBack) {
			try {
				return this.utf8.decode(ByteBuffer.wrap(this.line, 0, this.length)).toString();
			}
			catch (CharacterCodingException ex) {
				this.fellBack = true;
			}
		}
		return new String(this.line, 0, this.length, WINDOWS_1252);
	}

	private static String clean(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < ' ' || c == 0x7F) {
				return cleanFrom(text, i);
			}
		}
		return text;
	}

	private static String cleanFrom(String text, int first) {
		StringBuilder cleaned = new StringBuilder(text.length()).append(text, 0, first);
		for (int i = first; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\t') {
				cleaned.append(' ');
			}
			else if (c >= ' ' && c != 0x7F) {
				cleaned.append(c);
			}
		}
		return cleaned.toString();
	}

}
