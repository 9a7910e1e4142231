package io.cashpost.matching;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.cashpost.invoice.AccountNumbers;
import io.cashpost.matching.CustomerNameIndex.NameMatch;

/**
 * Tells the customer behind a payment: by the payer's account when exactly one customer
 * is known to use it, else by the payer's name when one customer's name is clearly the
 * closest.
 */
final class PayerDirectory {

	private final Map<String, Set<String>> customersByAccount = new HashMap<>();

	private final Map<String, String> sources = new HashMap<>();

	private final CustomerNameIndex names;

	private final MatchingProperties.Names properties;

	PayerDirectory(MatchingProperties.Names properties) {
		this.properties = properties;
		this.names = new CustomerNameIndex(properties.minMargin());
	}

	void addAccount(String account, String customerId, String source) {
		String key = AccountNumbers.normalised(account);
		this.customersByAccount.computeIfAbsent(key, (k) -> new LinkedHashSet<>(2)).add(customerId);
		this.sources.merge(key + " " + customerId, source, (a, b) -> a);
	}

	void addName(String customerId, String name) {
		this.names.add(customerId, name);
	}

	/**
	 * Learns, within the run, what posting will learn from a decision: the account paid
	 * for this customer.
	 */
	void learn(String account, String customerId) {
		if (account != null && !account.isBlank()) {
			addAccount(account, customerId, "confirmed_match");
		}
	}

	Payer identify(String account, String name) {
		if (account != null && !account.isBlank()) {
			String key = AccountNumbers.normalised(account);
			Set<String> customers = this.customersByAccount.getOrDefault(key, Set.of());
			if (customers.size() == 1) {
				String customerId = customers.iterator().next();
				String source = this.sources.getOrDefault(key + " " + customerId, "confirmed_match");
				return new Payer(customerId, Payer.ACCOUNT, 1.0,
						"payer account " + account + " is " + customerId + "'s (" + source.replace('_', ' ') + ")");
			}
			if (customers.size() > 1) {
				return byName(name, "; payer account " + account + " is used by " + customers.size() + " customers");
			}
		}
		return byName(name, "");
	}

	private Payer byName(String name, String note) {
		if (name == null || name.isBlank()) {
			return Payer.unknown("no payer name" + note);
		}
		List<NameMatch> best = this.names.best(name);
		if (best.isEmpty() || best.get(0).score() < this.properties.minScore()) {
			return Payer.unknown("payer name \"" + name + "\" is no known customer's" + note);
		}
		NameMatch first = best.get(0);
		if (best.size() > 1 && first.rank() - best.get(1).rank() < this.properties.minMargin()) {
			return Payer.unknown("payer name \"" + name + "\" fits " + first.customerId() + " and "
					+ best.get(1).customerId() + " alike" + note);
		}
		return new Payer(first.customerId(), Payer.NAME, first.score(), "payer name \"" + name + "\" matches \""
				+ first.name() + "\" (" + first.customerId() + ", " + percent(first.score()) + ")" + note);
	}

	/** The customers whose names come closest, for suggestions when none is certain. */
	List<NameMatch> lookalikes(String name) {
		return (name == null || name.isBlank()) ? List.of() : this.names.best(name);
	}

	private static String percent(double score) {
		return String.format(Locale.ROOT, "%.0f%%", score * 100);
	}

}
