package io.cashpost.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reduces a company name to the words that tell it apart: lower case, without accents
 * (umlauts written {@code ue} or {@code u} alike), without punctuation, legal forms
 * ({@code GmbH & Co. KG}, {@code B.V.}, {@code S.A.}, {@code Ltd}, {@code Inc}) and
 * filler words. {@code Müller Maschinenbau GmbH} and {@code MUELLER MASCHINENBAU} both
 * become {@code [mueller, maschinenbau]}; {@code Muller} is one slip away.
 */
final class CompanyNames {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	/** {@code A/S}, {@code K/S}: a legal form written with a slash. */
	private static final Pattern SLASHED_LETTERS = Pattern.compile("\\b(\\p{L})/(\\p{L})\\b");

	private static final Set<String> LEGAL_FORMS = Set.of("gmbh", "mbh", "ag", "kg", "kgaa", "co", "ohg", "ug", "gbr",
			"ev", "eg", "se", "bv", "nv", "vof", "cv", "sa", "sas", "sarl", "sasu", "eurl", "sl", "slu", "srl", "spa",
			"sae", "ltd", "limited", "plc", "llp", "llc", "lp", "inc", "incorporated", "corp", "corporation", "company",
			"ab", "as", "asa", "oy", "oyj", "aps", "kft", "sro", "zoo", "sp", "pte", "pty", "bhd", "gesmbh", "lda",
			"ltda", "og", "kb", "hb", "cie", "oo", "und", "and", "et", "the");

	private CompanyNames() {
	}

	/** Legal forms written in more than one way. */
	private static final Map<String, String> SAME_FORM = Map.of("limited", "ltd", "incorporated", "inc", "corporation",
			"corp", "oyj", "oy", "asa", "as", "slu", "sl");

	/** Words that join names and forms without telling anything apart. */
	private static final Set<String> FILLERS = Set.of("co", "und", "and", "et", "the", "cie");

	/** The distinguishing words of a name, in order; empty for {@code null}. */
	static List<String> tokens(String name) {
		return tokens(words(name));
	}

	/** The distinguishing words and the legal form, reading the name once. */
	static Name parse(String name) {
		List<String> words = words(name);
		return new Name(tokens(words), legalForm(words));
	}

	private static List<String> tokens(List<String> all) {
		List<String> tokens = new ArrayList<>();
		for (String word : all) {
			if (!LEGAL_FORMS.contains(word)) {
				tokens.add(word);
			}
		}
		if (tokens.size() > 1 && isCutLegalForm(all.get(all.size() - 1))) {
			tokens.remove(tokens.size() - 1);
		}
		return tokens.isEmpty() ? all : tokens;
	}

	/**
	 * Banks cut names at a fixed length, typists slip: a last word like {@code Limit},
	 * {@code sr} or {@code Limietd} is what is left of a legal form.
	 */
	private static boolean isCutLegalForm(String word) {
		return word.length() >= 2 && !LEGAL_FORMS.contains(word)
				&& LEGAL_FORMS.stream()
					.anyMatch((form) -> (form.length() > word.length() && form.startsWith(word))
							|| (form.length() >= 5 && EditDistance.withinOne(form, word)));
	}

	/**
	 * The legal form a name states ({@code gmbh kg} for {@code GmbH & Co. KG}), or an
	 * empty string: two names that share the distinguishing words are told apart by it.
	 */
	static String legalForm(String name) {
		return legalForm(words(name));
	}

	private static String legalForm(List<String> all) {
		List<String> form = new ArrayList<>();
		if (all.stream().allMatch(LEGAL_FORMS::contains)) {
			return "";
		}
		for (String word : all) {
			if (LEGAL_FORMS.contains(word) && !FILLERS.contains(word)) {
				form.add(SAME_FORM.getOrDefault(word, word));
			}
		}
		return String.join(" ", form);
	}

	private static List<String> words(String name) {
		List<String> words = new ArrayList<>();
		if (name == null) {
			return words;
		}
		String plain = plain(name);
		int start = -1;
		for (int i = 0; i <= plain.length(); i++) {
			boolean inWord = i < plain.length() && isWordCharacter(plain.charAt(i));
			if (inWord && start < 0) {
				start = i;
			}
			else if (!inWord && start >= 0) {
				words.add(plain.substring(start, i));
				start = -1;
			}
		}
		return words;
	}

	/**
	 * Lower case, letters transliterated to a-z (umlauts spelt out as German banks do:
	 * {@code ü} is {@code ue}), dots and apostrophes dropped (so that {@code B.V.} is one
	 * word).
	 */
	private static String plain(String name) {
		if (isPlainAscii(name)) {
			return withoutDotsAndApostrophes(name.toLowerCase(Locale.ROOT));
		}
		String lower = name.toLowerCase(Locale.ROOT)
			.replace("ü", "ue")
			.replace("ö", "oe")
			.replace("ä", "ae")
			.replace("ß", "ss")
			.replace("æ", "ae")
			.replace("œ", "oe")
			.replace("ø", "o")
			.replace("ł", "l")
			.replace("đ", "d")
			.replace("þ", "th");
		String unaccented = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
		return SLASHED_LETTERS.matcher(unaccented)
			.replaceAll("$1$2")
			.replace(".", "")
			.replace("'", "")
			.replace("’", "");
	}

	private static boolean isWordCharacter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
	}

	/** Most names: nothing to transliterate, no slashed legal form. */
	private static boolean isPlainAscii(String name) {
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c >= 0x80 || c == '/') {
				return false;
			}
		}
		return true;
	}

	private static String withoutDotsAndApostrophes(String text) {
		if (text.indexOf('.') < 0 && text.indexOf('\'') < 0) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c != '.' && c != '\'') {
				kept.append(c);
			}
		}
		return kept.toString();
	}

	/**
	 * A name's distinguishing words and legal form.
	 *
	 * @param tokens the words that tell it apart, in order
	 * @param form the legal form, or an empty string
	 */
	record Name(List<String> tokens, String form) {

	}

	/**
	 * How alike two names are, 0 to 1: the share of words they have in common, where a
	 * word with one typing slip counts 0.9 and a truncated or abbreviated word 0.85.
	 * Written together or apart ({@code VanderBerg}, {@code van der Berg}) is the same.
	 */
	static double similarity(List<String> a, List<String> b) {
		return similarity(a, String.join("", a), b, String.join("", b));
	}

	/** The same, with each name's words already joined. */
	static double similarity(List<String> a, String joinedA, List<String> b, String joinedB) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		if (joinedA.equals(joinedB)) {
			return 1.0;
		}
		double joined = (joinedA.length() >= 8 && EditDistance.withinOne(joinedA, joinedB)) ? 0.92 : 0;
		boolean[] used = new boolean[b.size()];
		double matched = 0;
		for (String word : a) {
			int best = -1;
			double bestScore = 0;
			for (int i = 0; i < b.size(); i++) {
				double score = used[i] ? 0 : wordSimilarity(word, b.get(i));
				if (score > bestScore) {
					bestScore = score;
					best = i;
				}
			}
			if (best >= 0) {
				used[best] = true;
				matched += bestScore;
			}
		}
		return Math.max(joined, 2 * matched / (a.size() + b.size()));
	}

	static double wordSimilarity(String a, String b) {
		if (a.equals(b)) {
			return 1.0;
		}
		if (Math.min(a.length(), b.length()) >= 5 && EditDistance.withinOne(a, b)) {
			return 0.9;
		}
		String shorter = (a.length() <= b.length()) ? a : b;
		String longer = (shorter == a) ? b : a;
		if (shorter.length() >= 4 && longer.startsWith(shorter)) {
			return 0.85;
		}
		return 0;
	}

}
