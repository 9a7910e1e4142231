package io.cashpost.matching;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

	/** Words shared by more customers than this do not narrow the search. */
	private static final int MAX_POSTINGS = 2000;

	private static final int PREFIX = 4;

	/** What the same legal form adds to a match's rank. */
	private static final double SAME_FORM = 0.10;

	/** What the same words in the same order add to a match's rank. */
	private static final double SAME_ORDER = 0.05;

	private final List<Entry> entries = new ArrayList<>();

	private final Map<String, List<Integer>> byWord = new HashMap<>();

	void add(String customerId, String name) {
		List<String> tokens = CompanyNames.tokens(name);
		if (tokens.isEmpty()) {
			return;
		}
		int position = this.entries.size();
		this.entries.add(new Entry(customerId, name, tokens, CompanyNames.legalForm(name)));
		Set<String> keys = new LinkedHashSet<>();
		for (String token : tokens) {
			keys.add(token);
			if (token.length() > PREFIX) {
				keys.add(token.substring(0, PREFIX) + "*");
			}
		}
		for (String key : keys) {
			this.byWord.computeIfAbsent(key, (k) -> new ArrayList<>(2)).add(position);
		}
	}

	/**
	 * The best-matching customer for the payer's name and the runner-up (another
	 * customer), each with its score; empty when no customer shares a word.
	 */
	List<NameMatch> best(String payerName) {
		List<String> tokens = CompanyNames.tokens(payerName);
		String form = CompanyNames.legalForm(payerName);
		Map<String, NameMatch> bestPerCustomer = new HashMap<>();
		for (int position : candidates(tokens)) {
			Entry entry = this.entries.get(position);
			double score = CompanyNames.similarity(tokens, entry.tokens());
			if (score <= 0) {
				continue;
			}
			double rank = score + (!form.isEmpty() && form.equals(entry.form()) ? SAME_FORM : 0)
					+ (tokens.equals(entry.tokens()) ? SAME_ORDER : 0);
			NameMatch current = bestPerCustomer.get(entry.customerId());
			if (current == null || rank > current.rank()) {
				bestPerCustomer.put(entry.customerId(), new NameMatch(entry.customerId(), entry.name(), score, rank));
			}
		}
		return bestPerCustomer.values()
			.stream()
			.sorted((x, y) -> (x.rank() != y.rank()) ? Double.compare(y.rank(), x.rank())
					: x.customerId().compareTo(y.customerId()))
			.limit(2)
			.toList();
	}

	/**
	 * The names sharing a word (or a word's first letters) with the payer's: the union of
	 * the short postings lists; when every word is common, the names sharing the two
	 * rarest words (each word's own list, else its first letters').
	 */
	private Set<Integer> candidates(List<String> tokens) {
		Set<Integer> candidates = new LinkedHashSet<>();
		List<List<Integer>> common = new ArrayList<>();
		for (String token : tokens) {
			List<Integer> exact = this.byWord.get(token);
			List<Integer> prefix = (token.length() >= PREFIX) ? this.byWord.get(token.substring(0, PREFIX) + "*")
					: null;
			boolean exactIsCommon = collect(candidates, exact);
			boolean prefixIsCommon = collect(candidates, prefix);
			if (exactIsCommon || (exact == null && prefixIsCommon)) {
				common.add((exact != null) ? exact : prefix);
			}
		}
		if (candidates.isEmpty() && common.size() > 1) {
			common.sort((a, b) -> Integer.compare(a.size(), b.size()));
			Set<Integer> rarest = new HashSet<>(common.get(0));
			for (int position : common.get(1)) {
				if (rarest.contains(position) && candidates.size() < MAX_POSTINGS) {
					candidates.add(position);
				}
			}
		}
		return candidates;
	}

	/** Adds a short postings list; says whether it was too common to add. */
	private static boolean collect(Set<Integer> candidates, List<Integer> postings) {
		if (postings == null) {
			return false;
		}
		if (postings.size() > MAX_POSTINGS) {
			return true;
		}
		candidates.addAll(postings);
		return false;
	}

	private record Entry(String customerId, String name, List<String> tokens, String form) {

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
