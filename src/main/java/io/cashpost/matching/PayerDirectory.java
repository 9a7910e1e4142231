package io.cashpost.matching;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.cashpost.invoice.AccountNumbers;
import io.cashpost.matching.CustomerNameIndex.NameMatch;

/**
 * Tells the customer behind a payment: by the payer's account when exactly one customer
 * is known to use it, else by the payer's name when one customer's name is clearly the
 * closest. Accounts learnt during a run may be added while other threads look them up.
 */
final class PayerDirectory {

	/**
	 * Learnt into while threads decide: a concurrent map of small immutable values, so a
	 * reader always sees an account's customers whole.
	 */
	private final Map<String, Owners> byAccount = new ConcurrentHashMap<>();

	private final CustomerNameIndex names;

	private final MatchingProperties.Names properties;

	PayerDirectory(MatchingProperties.Names properties) {
		this.properties = properties;
		this.names = new CustomerNameIndex(properties.minMargin());
	}

	void addAccount(String account, String customerId, String source) {
		this.byAccount.compute(AccountNumbers.normalised(account),
				(key, owners) -> (owners == null) ? new Owners(customerId, source) : owners.with(customerId, source));
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
			Owners owners = this.byAccount.get(AccountNumbers.normalised(account));
			if (owners != null && owners.customers().length == 1) {
				String customerId = owners.customers()[0];
				return new Payer(customerId, Payer.ACCOUNT, 1.0, "payer account " + account + " is " + customerId
						+ "'s (" + owners.sources()[0].replace('_', ' ') + ")");
			}
			if (owners != null) {
				return byName(name,
						"; payer account " + account + " is used by " + owners.customers().length + " customers");
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

	/**
	 * The customers known to use one account, in the order learnt, each with how it was
	 * learnt first.
	 */
	private record Owners(String[] customers, String[] sources) {

		Owners(String customerId, String source) {
			this(new String[] { customerId }, new String[] { source });
		}

		Owners with(String customerId, String source) {
			for (String customer : this.customers) {
				if (customer.equals(customerId)) {
					return this;
				}
			}
			String[] customers = Arrays.copyOf(this.customers, this.customers.length + 1);
			String[] sources = Arrays.copyOf(this.sources, this.sources.length + 1);
			customers[customers.length - 1] = customerId;
			sources[sources.length - 1] = source;
			return new Owners(customers, sources);
		}

	}

}
