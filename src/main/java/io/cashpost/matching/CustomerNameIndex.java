package io.cashpost.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Customers' names and aliases, indexed by word and by the first four letters of each
 * word, so that a payer's name is compared with the few customers sharing a word with it
 * rather than with all of them.
 * <p>
 * Compact: names and customer ids in a {@link TextPool}, each name's words as numbers
 * into one table of distinct words, postings as int arrays, and the registered names by a
 * {@link KeyTable} of fingerprints; some 100 bytes per name. Filled by one thread, then
 * read by any number.
 */
final class CustomerNameIndex {

	/**
	 * @param minMargin how much better than the runner-up a match must rank to count
	 */
	CustomerNameIndex(double minMargin) {
		this.minMargin = minMargin;
	}

	/** Names scored per payment, at most. */
	private static final int MAX_POSTINGS = 500;

	private static final int PREFIX = 4;

	/** What the same legal form adds to a match's rank. */
	private static final double SAME_FORM = 0.10;

	/** What the same words in the same order add to a match's rank. */
	private static final double SAME_ORDER = 0.05;

	private final double minMargin;

	private final TextPool texts = new TextPool();

	private final Table words = new Table();

	private final Table forms = new Table();

	private int size;

	private int[] customerOf = new int[64];

	private int[] nameAt = new int[64];

	private int[] formOf = new int[64];

	/** The words of name {@code i} are {@code wordsOf[wordStarts[i]]} up to the next. */
	private int[] wordStarts = new int[65];

	private int[] wordsOf = new int[256];

	private final Map<String, Postings> byWord = new HashMap<>();

	/**
	 * Names by their words and legal form, for the payer who writes the name as
	 * registered.
	 */
	private final KeyTable byFullName = new KeyTable();

	void add(String customerId, String name) {
		CompanyNames.Name parsed = CompanyNames.parse(name);
		List<String> tokens = parsed.tokens();
		if (tokens.isEmpty()) {
			return;
		}
		String form = parsed.form();
		int position = append(customerId, name, tokens, form);
		if (!form.isEmpty()) {
			this.byFullName.put(fullName(tokens, form), position);
		}
		Set<String> keys = new LinkedHashSet<>();
		for (String token : tokens) {
			keys.add(key(token));
			keys.add(token);
		}
		for (String key : keys) {
			this.byWord.computeIfAbsent(key, (k) -> new Postings()).add(position);
		}
	}

	private int append(String customerId, String name, List<String> tokens, String form) {
		if (this.size == this.customerOf.length) {
			int capacity = this.size + (this.size >> 1);
			this.customerOf = Arrays.copyOf(this.customerOf, capacity);
			this.nameAt = Arrays.copyOf(this.nameAt, capacity);
			this.formOf = Arrays.copyOf(this.formOf, capacity);
			this.wordStarts = Arrays.copyOf(this.wordStarts, capacity + 1);
		}
		int start = this.wordStarts[this.size];
		if (start + tokens.size() > this.wordsOf.length) {
			this.wordsOf = Arrays.copyOf(this.wordsOf, Math.max(start + tokens.size(), this.wordsOf.length * 3 / 2));
		}
		for (int i = 0; i < tokens.size(); i++) {
			this.wordsOf[start + i] = this.words.number(tokens.get(i));
		}
		int position = this.size++;
		this.wordStarts[this.size] = start + tokens.size();
		this.customerOf[position] = this.texts.add(customerId);
		this.nameAt[position] = this.texts.add(name);
		this.formOf[position] = this.forms.number(form);
		return position;
	}

	private List<String> tokensOf(int position) {
		List<String> tokens = new ArrayList<>(this.wordStarts[position + 1] - this.wordStarts[position]);
		for (int i = this.wordStarts[position]; i < this.wordStarts[position + 1]; i++) {
			tokens.add(this.words.text(this.wordsOf[i]));
		}
		return tokens;
	}

	private String customerOf(int position) {
		return this.texts.get(this.customerOf[position]);
	}

	private String formOf(int position) {
		return this.forms.text(this.formOf[position]);
	}

	private NameMatch match(int position, double score, double rank) {
		return new NameMatch(customerOf(position), this.texts.get(this.nameAt[position]), score, rank);
	}

	/**
	 * The best-matching customer for the payer's name and the runner-up (another
	 * customer), each with its score; empty when no customer shares a word.
	 */
	List<NameMatch> best(String payerName) {
		CompanyNames.Name parsed = CompanyNames.parse(payerName);
		List<String> tokens = parsed.tokens();
		String joined = String.join("", tokens);
		String form = parsed.form();
		NameMatch exact = exactly(tokens, form);
		if (exact != null) {
			return List.of(exact);
		}
		NameMatch first = null;
		NameMatch second = null;
		for (int position : candidates(tokens)) {
			List<String> theirs = tokensOf(position);
			double score = CompanyNames.similarity(tokens, joined, theirs, String.join("", theirs));
			if (score <= 0) {
				continue;
			}
			double rank = score + (!form.isEmpty() && form.equals(formOf(position)) ? SAME_FORM : 0)
					+ (tokens.equals(theirs) ? SAME_ORDER : 0);
			NameMatch match = match(position, score, rank);
			if (first == null || isBetter(match, first)) {
				second = (first != null && !first.customerId().equals(match.customerId())) ? first : second;
				first = match;
			}
			else if (!first.customerId().equals(match.customerId()) && (second == null || isBetter(match, second))) {
				second = match;
			}
		}
		if (first == null) {
			return List.of();
		}
		return (second == null) ? List.of(first) : List.of(first, second);
	}

	/**
	 * The one customer whose name is the payer's, word for word and with the same legal
	 * form: what most payers write. A near-twin differs in a word or the form and so
	 * ranks at least the margin lower; searching for it would not change the answer.
	 */
	private NameMatch exactly(List<String> tokens, String form) {
		if (form.isEmpty() || this.minMargin > SAME_FORM) {
			return null;
		}
		String fullName = fullName(tokens, form);
		int found = -1;
		for (int position : this.byFullName.candidates(fullName)) {
			if (!fullName.equals(fullName(tokensOf(position), formOf(position)))) {
				continue;
			}
			if (found >= 0 && !customerOf(position).equals(customerOf(found))) {
				return null;
			}
			found = (found < 0) ? position : found;
		}
		return (found < 0) ? null : match(found, 1.0, 1.0 + SAME_FORM + SAME_ORDER);
	}

	/** The words in alphabetical order, and the legal form. */
	private static String fullName(List<String> tokens, String form) {
		return String.join(" ", tokens.stream().sorted().toList()) + "|" + form;
	}

	private static boolean isBetter(NameMatch a, NameMatch b) {
		return (a.rank() != b.rank()) ? a.rank() > b.rank() : a.customerId().compareTo(b.customerId()) < 0;
	}

	/**
	 * The names worth scoring: those having the payer's two rarest words, then those
	 * having one of them as it is and the other at least by its first letters, so that
	 * one slip in either word still finds the name (and its near-twins, which must not be
	 * mistaken for it). A name with one word, or whose two rarest words share no name,
	 * falls back to the rarest word's names when they are few. The cost per payment so
	 * stays with the rarest words, however many customers there are.
	 */
	private int[] candidates(List<String> tokens) {
		List<Words> words = new ArrayList<>();
		for (String token : tokens) {
			Postings exact = this.byWord.get(token);
			Postings start = this.byWord.get(key(token));
			if (exact != null || start != null) {
				words.add(new Words(exact, (start != null) ? start : exact));
			}
		}
		if (words.isEmpty()) {
			return new int[0];
		}
		words.sort((a, b) -> Integer.compare(a.rarity(), b.rarity()));
		if (words.size() > 1) {
			Words a = words.get(0);
			Words b = words.get(1);
			Set<Integer> both = new LinkedHashSet<>();
			if (a.exact() != null && b.exact() != null) {
				a.exact().intersect(b.exact(), both);
			}
			if (a.exact() != null) {
				a.exact().intersect(b.start(), both);
			}
			if (b.exact() != null) {
				b.exact().intersect(a.start(), both);
			}
			if (a.exact() == null && b.exact() == null) {
				a.start().intersect(b.start(), both);
			}
			if (!both.isEmpty()) {
				return both.stream().limit(MAX_POSTINGS).mapToInt(Integer::intValue).toArray();
			}
		}
		Postings rarest = (words.get(0).exact() != null) ? words.get(0).exact() : words.get(0).start();
		return (rarest.size() <= MAX_POSTINGS) ? rarest.toArray() : new int[0];
	}

	/** The names having a word as it is (or {@code null}), and those starting like it. */
	private record Words(Postings exact, Postings start) {

		int rarity() {
			return (this.exact != null) ? this.exact.size() : this.start.size();
		}

	}

	/** Positions of the names having a word, ascending. */
	private static final class Postings {

		private int[] positions = new int[2];

		private int size;

		void add(int position) {
			if (this.size > 0 && this.positions[this.size - 1] == position) {
				return;
			}
			if (this.size == this.positions.length) {
				this.positions = Arrays.copyOf(this.positions, this.size * 2);
			}
			this.positions[this.size++] = position;
		}

		int size() {
			return this.size;
		}

		int[] toArray() {
			return Arrays.copyOf(this.positions, this.size);
		}

		/** Adds the positions in both to {@code both}, up to {@code MAX_POSTINGS}. */
		void intersect(Postings other, Set<Integer> both) {
			Postings smaller = (this.size <= other.size) ? this : other;
			Postings larger = (smaller == this) ? other : this;
			int added = 0;
			for (int i = 0; i < smaller.size && added < MAX_POSTINGS; i++) {
				if (Arrays.binarySearch(larger.positions, 0, larger.size, smaller.positions[i]) >= 0) {
					both.add(smaller.positions[i]);
					added++;
				}
			}
		}

	}

	/** Distinct short texts (words, legal forms), each kept once. */
	private static final class Table {

		private final List<String> texts = new ArrayList<>();

		private final Map<String, Integer> numbers = new HashMap<>();

		int number(String text) {
			Integer number = this.numbers.get(text);
			if (number == null) {
				number = this.texts.size();
				this.texts.add(text);
				this.numbers.put(text, number);
			}
			return number;
		}

		String text(int number) {
			return this.texts.get(number);
		}

	}

	/** A word is indexed by its first letters, a short word as it is. */
	private static String key(String token) {
		return (token.length() > PREFIX) ? token.substring(0, PREFIX) + "*" : token;
	}

	/**
	 * A customer whose name or alias resembles the payer's.
	 *
	 * @param customerId the customer
	 * @param name the name or alias that matched
	 * @param score similarity of the distinguishing words, 0 to 1
	 * @param rank the score, raised when the legal form and the word order agree too:
	 * what tells two customers of alike names apart
	 */
	record NameMatch(String customerId, String name, double score, double rank) {

	}

}
