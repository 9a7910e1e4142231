package io.cashpost.matching;

import java.util.Arrays;

/**
 * A multimap from text keys to row numbers that keeps no keys: only a 32-bit fingerprint
 * of each key beside its row, in two int arrays (open addressing, linear probing). A
 * lookup returns the rows whose fingerprint matches; the caller checks each row's real
 * key, so two keys sharing a fingerprint cost a comparison, never a wrong answer. Eight
 * bytes per entry at most, against some 80 for a {@code HashMap<String, List>} entry.
 * <p>
 * Filled by one thread, then read by any number.
 */
final class KeyTable {

	private static final int[] NONE = new int[0];

	private int[] fingerprints;

	/** Row + 1; 0 marks a free slot. */
	private int[] rows;

	private int bits;

	private int size;

	KeyTable() {
		this(16);
	}

	KeyTable(int expected) {
		this.bits = Math.max(4, 32 - Integer.numberOfLeadingZeros(Math.max(1, expected * 4 / 3)));
		this.fingerprints = new int[1 << this.bits];
		this.rows = new int[1 << this.bits];
	}

	void put(String key, int row) {
		if ((this.size + 1) * 4L > (long) this.rows.length * 3) {
			grow();
		}
		insert(fingerprint(key), row + 1);
		this.size++;
	}

	/** The rows whose key may be this one, in the order they were put. */
	int[] candidates(String key) {
		int fingerprint = fingerprint(key);
		int mask = this.rows.length - 1;
		int[] found = NONE;
		int count = 0;
		for (int slot = slot(fingerprint); this.rows[slot] != 0; slot = (slot + 1) & mask) {
			if (this.fingerprints[slot] == fingerprint) {
				if (count == found.length) {
					found = Arrays.copyOf(found, Math.max(4, count * 2));
				}
				found[count++] = this.rows[slot] - 1;
			}
		}
		int[] rows = (count == found.length) ? found : Arrays.copyOf(found, count);
		Arrays.sort(rows);
		return rows;
	}

	int size() {
		return this.size;
	}

	private void insert(int fingerprint, int rowPlusOne) {
		int mask = this.rows.length - 1;
		int slot = slot(fingerprint);
		while (this.rows[slot] != 0) {
			slot = (slot + 1) & mask;
		}
		this.fingerprints[slot] = fingerprint;
		this.rows[slot] = rowPlusOne;
	}

	private void grow() {
		int[] oldFingerprints = this.fingerprints;
		int[] oldRows = this.rows;
		this.bits++;
		this.fingerprints = new int[1 << this.bits];
		this.rows = new int[1 << this.bits];
		for (int i = 0; i < oldRows.length; i++) {
			if (oldRows[i] != 0) {
				insert(oldFingerprints[i], oldRows[i]);
			}
		}
	}

	/**
	 * Fibonacci hashing of the fingerprint: the slot is recomputed when the table grows.
	 */
	private int slot(int fingerprint) {
		return (fingerprint * 0x9E3779B9) >>> (32 - this.bits);
	}

	/** FNV-1a over the characters, then mixed so that similar keys spread. */
	static int fingerprint(String key) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < key.length(); i++) {
			hash ^= key.charAt(i);
			hash *= 0x100000001b3L;
		}
		hash ^= hash >>> 33;
		hash *= 0xff51afd7ed558ccdL;
		hash ^= hash >>> 33;
		return (int) hash;
	}

}
