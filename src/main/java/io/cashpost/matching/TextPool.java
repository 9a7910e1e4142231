package io.cashpost.matching;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Short texts (invoice numbers, references, names) kept as UTF-8 bytes in pages of one
 * MiB, each behind its length, and found again by an int position: some 16 bytes for an
 * invoice number instead of the 56 a {@code String} takes. Filled by one thread, then
 * read by any number.
 */
final class TextPool {

	/** A position that holds no text. */
	static final int NONE = -1;

	private static final int PAGE_BITS = 20;

	private static final int PAGE_SIZE = 1 << PAGE_BITS;

	/** The longest text kept, with its length, fits a page. */
	private static final int MAX_LENGTH = PAGE_SIZE - 3;

	private byte[][] pages = new byte[1][];

	private int page;

	private int used;

	TextPool() {
		this.pages[0] = new byte[4096];
	}

	/** Keeps the text and returns its position; {@link #NONE} for {@code null}. */
	int add(String text) {
		if (text == null) {
			return NONE;
		}
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		if (bytes.length > MAX_LENGTH) {
			throw new IllegalArgumentException("a text of " + bytes.length + " bytes is too long to index");
		}
		int needed = header(bytes.length) + bytes.length;
		reserve(needed);
		int position = (this.page << PAGE_BITS) | this.used;
		byte[] current = this.pages[this.page];
		int at = this.used;
		int length = bytes.length;
		while (length >= 0x80) {
			current[at++] = (byte) ((length & 0x7F) | 0x80);
			length >>>= 7;
		}
		current[at++] = (byte) length;
		System.arraycopy(bytes, 0, current, at, bytes.length);
		this.used = at + bytes.length;
		return position;
	}

	/** The text at the position; {@code null} for {@link #NONE}. */
	String get(int position) {
		if (position == NONE) {
			return null;
		}
		byte[] page = this.pages[position >>> PAGE_BITS];
		int at = position & (PAGE_SIZE - 1);
		int length = 0;
		int shift = 0;
		byte b;
		do {
			b = page[at++];
			length |= (b & 0x7F) << shift;
			shift += 7;
		}
		while ((b & 0x80) != 0);
		return new String(page, at, length, StandardCharsets.UTF_8);
	}

	/** Bytes held, for the record. */
	long bytes() {
		long total = 0;
		for (int i = 0; i <= this.page; i++) {
			total += this.pages[i].length;
		}
		return total;
	}

	/**
	 * Makes room: the first page doubles up to a full page, then further pages follow.
	 */
	private void reserve(int needed) {
		byte[] current = this.pages[this.page];
		if (this.used + needed <= current.length) {
			return;
		}
		if (current.length < PAGE_SIZE && this.used + needed <= PAGE_SIZE) {
			int size = current.length;
			while (size < this.used + needed) {
				size *= 2;
			}
			this.pages[this.page] = Arrays.copyOf(current, Math.min(size, PAGE_SIZE));
			return;
		}
		if (this.page + 1 == this.pages.length) {
			this.pages = Arrays.copyOf(this.pages, this.pages.length * 2);
		}
		if ((this.page + 1) >= (1 << (31 - PAGE_BITS))) {
			throw new IllegalStateException("more than 2 GiB of invoice texts to index");
		}
		this.page++;
		this.pages[this.page] = new byte[PAGE_SIZE];
		this.used = 0;
	}

	private static int header(int length) {
		return (length < (1 << 7)) ? 1 : (length < (1 << 14)) ? 2 : 3;
	}

}
