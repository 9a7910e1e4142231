package io.cashpost.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Customers' names and aliases, indexed by word and by the first four letters of each
 * word, so that a payer's name is compared with the few customers sharing a word with it
 * rather than with all of them.
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

	private final List<Entry> entries = new ArrayList<>();

	private final Map<String, List<Integer>> byWord = new HashMap<>();

	/**
	 * Names by their words and legal form, for the payer who writes the name as
	 * registered.
	 */
	private final Map<String, List<Integer>> byFullName = new HashMap<>();

	void add(String customerId, String name) {
		List<String> tokens = CompanyNames.tokens(name);
		if (tokens.isEmpty()) {
			return;
		}
		int position = this.entries.size();
		this.entries.add(new Entry(customerId, name, tokens, String.join("", tokens), CompanyNames.legalForm(name)));
		String form = CompanyNames.legalForm(name);
		if (!form.isEmpty()) {
			this.byFullName.computeIfAbsent(fullName(tokens, form), (k) -> new ArrayList<>(1)).add(position);
		}
		Set<String> keys = new LinkedHashSet<>();
		for (String token : tokens) {
			keys.add(key(token));
			keys.add(token);
		}
		for (String key : keys) {
			List<Integer> postings = this.byWord.computeIfAbsent(key, (k) -> new ArrayList<>(2));
			if (postings.isEmpty() || postings.get(postings.size() - 1) != position) {
				postings.add(position);
			}
		}
	}

	/**
	 * The best-matching customer for the payer's name and the runner-up (another
	 * customer), each with its score; empty when no customer shares a word.
	 */
	List<NameMatch> best(String payerName) {
		List<String> tokens = CompanyNames.tokens(payerName);
		String joined = String.join("", tokens);
		String form = CompanyNames.legalForm(payerName);
		NameMatch exact = exactly(tokens, form);
		if (exact != null) {
			return List.of(exact);
		}
		NameMatch first = null;
		NameMatch second = null;
		for (int position : candidates(tokens)) {
			Entry entry = this.entries.get(position);
			double score = CompanyNames.similarity(tokens, joined, entry.tokens(), entry.joined());
			if (score <= 0) {
				continue;
			}
			double rank = score + (!form.isEmpty() && form.equals(entry.form()) ? SAME_FORM : 0)
					+ (tokens.equals(entry.tokens()) ? SAME_ORDER : 0);
			NameMatch match = new NameMatch(entry.customerId(), entry.name(), score, rank);
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
		List<Integer> named = this.byFullName.get(fullName(tokens, form));
		if (named == null) {
			return null;
		}
		Entry entry = this.entries.get(named.get(0));
		for (int position : named) {
			if (!this.entries.get(position).customerId().equals(entry.customerId())) {
				return null;
			}
		}
		return new NameMatch(entry.customerId(), entry.name(), 1.0, 1.0 + SAME_FORM + SAME_ORDER);
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
	private List<Integer> candidates(List<String> tokens) {
		List<Postings> words = new ArrayList<>();
		for (String token : tokens) {
			List<Integer> exact = this.byWord.get(token);
			List<Integer> start = this.byWord.get(key(token));
			if (exact != null || start != null) {
				words.add(new Postings(exact, (start != null) ? start : exact));
			}
		}
		if (words.isEmpty()) {
			return List.of();
		}
		words.sort((a, b) -> Integer.compare(a.rarity(), b.rarity()));
		if (words.size() > 1) {
			Postings a = words.get(0);
			Postings b = words.get(1);
			Set<Integer> both = new LinkedHashSet<>();
			if (a.exact() != null && b.exact() != null) {
				both.addAll(intersection(a.exact(), b.exact()));
			}
			if (a.exact() != null) {
				both.addAll(intersection(a.exact(), b.start()));
			}
			if (b.exact() != null) {
				both.addAll(intersection(b.exact(), a.start()));
			}
			if (a.exact() == null && b.exact() == null) {
				both.addAll(intersection(a.start(), b.start()));
			}
			if (!both.isEmpty()) {
				return both.stream().limit(MAX_POSTINGS).toList();
			}
		}
		List<Integer> rarest = (words.get(0).exact() != null) ? words.get(0).exact() : words.get(0).start();
		return (rarest.size() <= MAX_POSTINGS) ? rarest : List.of();
	}

	/** The names having a word as it is (or {@code null}), and those starting like it. */
	private record Postings(List<Integer> exact, List<Integer> start) {

		int rarity() {
			return (this.exact != null) ? this.exact.size() : this.start.size();
		}

	}

	/** Positions in both ascending lists, at most {@code MAX_POSTINGS} of them. */
	private static List<Integer> intersection(List<Integer> one, List<Integer> other) {
		List<Integer> smaller = (one.size() <= other.size()) ? one : other;
		List<Integer> larger = (smaller == one) ? other : one;
		List<Integer> both = new ArrayList<>();
		for (Integer position : smaller) {
			if (Collections.binarySearch(larger, position) >= 0) {
				both.add(position);
				if (both.size() == MAX_POSTINGS) {
					break;
				}
			}
		}
		return both;
	}

	/** A word is indexed by its first letters, a short word as it is. */
	private static String key(String token) {
		return (token.length() > PREFIX) ? token.substring(0, PREFIX) + "*" : token;
	}

	private record Entry(String customerId, String name, List<String> tokens, String joined, String form) {

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
