package io.cashpost.statement.bai2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The physical lines of a BAI2 file, decoded as UTF-8 (with or without a byte order mark)
 * until a line is not valid UTF-8; from then on as Windows-1252, the superset of
 * ISO-8859-1 that US banks' older systems write.
 */
final class PhysicalLines implements AutoCloseable {

	/**
	 * A file without line breaks (fixed-length records written back to back) is cut into
	 * pieces of about this size, each ending with the {@code /} of a record.
	 */
	static final int MAX_PIECE = 16 * 1024;

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private final InputStream in;

	private final byte[] buffer = new byte[64 * 1024];

	private int position;

	private int limit;

	private byte[] line = new byte[256];

	private long number;

	private boolean started;

	private boolean windows1252;

	private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	PhysicalLines(InputStream in) {
		this.in = in;
	}

	/** The number of the line {@link #next()} returned last, from 1. */
	long number() {
		return this.number;
	}

	/** The next line without its line break, or {@code null} at the end of the file. */
	String next() throws IOException {
		if (!this.started) {
			this.started = true;
			skipByteOrderMark();
		}
		int length = 0;
		boolean any = false;
		while (true) {
			if (this.position == this.limit && !fill()) {
				if (!any) {
					return null;
				}
				break;
			}
			any = true;
			byte b = this.buffer[this.position++];
			if (b == '\n') {
				break;
			}
			if (b == '\r') {
				if ((this.position < this.limit || fill()) && this.buffer[this.position] == '\n') {
					this.position++;
				}
				break;
			}
			if (length == this.line.length) {
				this.line = Arrays.copyOf(this.line, length * 2);
			}
			this.line[length++] = b;
			if (length >= MAX_PIECE && b == '/' && recordFollows()) {
				break;
			}
			if (length >= 4 * MAX_PIECE) {
				break;
			}
		}
		this.number++;
		return decode(length);
	}

	/** Whether the buffered bytes after a {@code /} start a record or are blank. */
	private boolean recordFollows() {
		if (this.limit - this.position < 3) {
			return false;
		}
		byte first = this.buffer[this.position];
		return first == ' '
				|| (isDigit(first) && isDigit(this.buffer[this.position + 1]) && this.buffer[this.position + 2] == ',');
	}

	private static boolean isDigit(byte b) {
		return b >= '0' && b <= '9';
	}

	private String decode(int length) {
		for (int i = 0; i < length; i++) {
			if (this.line[i] < 0) {
				return decodeNonAscii(length);
			}
		}
		return new String(this.line, 0, length, StandardCharsets.ISO_8859_1);
	}

	private String decodeNonAscii(int length) {
		if (!this.windows1252) {
			try {
				return this.utf8.decode(ByteBuffer.wrap(this.line, 0, length)).toString();
			}
			catch (CharacterCodingException ex) {
				// Not UTF-8: an older system's single-byte code page.
				this.windows1252 = true;
			}
		}
		return new String(this.line, 0, length, WINDOWS_1252);
	}

	private void skipByteOrderMark() throws IOException {
		while (this.limit - this.position < 3 && fillMore()) {
			// read until three bytes are buffered or the file ends
		}
		if (this.limit - this.position >= 3 && this.buffer[this.position] == (byte) 0xEF
				&& this.buffer[this.position + 1] == (byte) 0xBB && this.buffer[this.position + 2] == (byte) 0xBF) {
			this.position += 3;
		}
	}

	private boolean fill() throws IOException {
		this.position = 0;
		this.limit = 0;
		return fillMore();
	}

	private boolean fillMore() throws IOException {
		int read = this.in.read(this.buffer, this.limit, this.buffer.length - this.limit);
		if (read <= 0) {
			return false;
		}
		this.limit += read;
		return true;
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
