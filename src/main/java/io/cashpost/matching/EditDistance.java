package io.cashpost.matching;

/**
 * Whether two keys differ by at most one typing slip: one wrong, missing or extra
 * character, or two neighbours swapped. Linear in the length: no matrix.
 */
final class EditDistance {

	private EditDistance() {
	}

	static boolean withinOne(String a, String b) {
		int difference = a.length() - b.length();
		if (difference == 0) {
			return sameLengthWithinOne(a, b);
		}
		if (Math.abs(difference) == 1) {
			return (difference > 0) ? oneExtra(a, b) : oneExtra(b, a);
		}
		return false;
	}

	private static boolean sameLengthWithinOne(String a, String b) {
		int first = -1;
		for (int i = 0; i < a.length(); i++) {
			if (a.charAt(i) != b.charAt(i)) {
				if (first < 0) {
					first = i;
				}
				else if (i == first + 1 && a.charAt(first) == b.charAt(i) && a.charAt(i) == b.charAt(first)) {
					return a.regionMatches(i + 1, b, i + 1, a.length() - i - 1);
				}
				else {
					return false;
				}
			}
		}
		return true;
	}

	/** {@code longer} is {@code shorter} with one character added somewhere. */
	private static boolean oneExtra(String longer, String shorter) {
		int i = 0;
		while (i < shorter.length() && longer.charAt(i) == shorter.charAt(i)) {
			i++;
		}
		return longer.regionMatches(i + 1, shorter, i, shorter.length() - i);
	}

}
