package io.cashpost.matching;

import java.util.Arrays;

/**
 * A multimap from text keys to row numbers for millions of keys that are all known before
 * the first lookup: each entry is one long (the key's 32-bit fingerprint above its row),
 * sorted once, with a directory of buckets by the fingerprint's first bits, so that a
 * lookup reads one directory slot and a few neighbouring entries. A bit per fingerprint
 * in a filter of 16 bits per entry answers most lookups of keys that are not there (most
 * words of a remittance text) with one read. About eleven bytes per entry. As with
 * {@link KeyTable}, the caller checks each row's real key: a shared fingerprint costs a
 * comparison, never a wrong answer.
 * <p>
 * Filled by one thread, {@link #seal() sealed}, then read by any number.
 */
final class KeyIndex {

	private static final int[] NONE = new int[0];

	private long[] entries = new long[1024];

	private int size;

	private int[] buckets;

	private int bits;

	private long[] filter;

	void put(String key, int row) {
		if (this.buckets != null) {
			throw new IllegalStateException("sealed");
		}
		if (this.size == this.entries.length) {
			this.entries = Arrays.copyOf(this.entries, this.size + (this.size >> 1));
		}
		this.entries[this.size++] = ((long) KeyTable.fingerprint(key) << 32) | (row & 0xFFFFFFFFL);
	}

	/** Sorts the entries and builds the directory: no more keys after this. */
	void seal() {
		this.entries = Arrays.copyOf(this.entries, this.size);
		for (int i = 0; i < this.size; i++) {
			this.entries[i] ^= Long.MIN_VALUE;
		}
		Arrays.sort(this.entries);
		for (int i = 0; i < this.size; i++) {
			this.entries[i] ^= Long.MIN_VALUE;
		}
		this.bits = Math.max(1, 31 - Integer.numberOfLeadingZeros(Math.max(2, this.size / 4)));
		this.buckets = new int[(1 << this.bits) + 1];
		int bucket = 0;
		for (int i = 0; i < this.size; i++) {
			int of = bucket(fingerprint(this.entries[i]));
			while (bucket <= of) {
				this.buckets[bucket++] = i;
			}
		}
		while (bucket < this.buckets.length) {
			this.buckets[bucket++] = this.size;
		}
		this.filter = new long[Math.max(1, Integer.highestOneBit(Math.max(1, this.size)) / 4)];
		for (int i = 0; i < this.size; i++) {
			int bit = filterBit(fingerprint(this.entries[i]));
			this.filter[bit >>> 6] |= 1L << bit;
		}
	}

	/** The rows whose key may be this one, ascending. */
	int[] candidates(String key) {
		int fingerprint = KeyTable.fingerprint(key);
		int bit = filterBit(fingerprint);
		if ((this.filter[bit >>> 6] & (1L << bit)) == 0) {
			return NONE;
		}
		int bucket = bucket(fingerprint);
		int from = this.buckets[bucket];
		int to = this.buckets[bucket + 1];
		int count = 0;
		for (int i = from; i < to; i++) {
			if (fingerprint(this.entries[i]) == fingerprint) {
				count++;
			}
		}
		if (count == 0) {
			return NONE;
		}
		int[] rows = new int[count];
		count = 0;
		for (int i = from; i < to; i++) {
			if (fingerprint(this.entries[i]) == fingerprint) {
				rows[count++] = (int) this.entries[i];
			}
		}
		Arrays.sort(rows);
		return rows;
	}

	int size() {
		return this.size;
	}

	/**
	 * Entries are sorted as unsigned fingerprints, so buckets follow the first bits in
	 * order.
	 */
	private int bucket(int fingerprint) {
		return fingerprint >>> (32 - this.bits);
	}

	/** The fingerprint's last bits, independent of its first (the bucket). */
	private int filterBit(int fingerprint) {
		return fingerprint & (this.filter.length * 64 - 1);
	}

	private static int fingerprint(long entry) {
		return (int) (entry >>> 32);
	}

}
