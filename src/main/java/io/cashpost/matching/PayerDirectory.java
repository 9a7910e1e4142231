package io.cashpost.matching;

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

	private static final String CONFIRMED_MATCH = "confirmed_match";

	/**
	 * Learnt into while threads decide: a concurrent map of small immutable values, so a
	 * reader always sees an account's customers whole.
	 */
	private final Map<String, Owner> byAccount = new ConcurrentHashMap<>();

	/** How accounts became known: a handful of words, each kept once. */
	private final Map<String, String> sources = new ConcurrentHashMap<>();

	private final CustomerNameIndex names;

	private final MatchingProperties.Names properties;

	PayerDirectory(MatchingProperties.Names properties) {
		this.properties = properties;
		this.names = new CustomerNameIndex(properties.minMargin());
	}

	void addAccount(String account, String customerId, String source) {
		String kept = this.sources.computeIfAbsent(source, (word) -> word);
		this.byAccount.compute(AccountNumbers.normalised(account),
				(key, owner) -> (owner == null) ? new Owner(customerId, kept, null) : owner.with(customerId, kept));
	}

	void addName(String customerId, String name) {
		this.names.add(customerId, name);
	}

	/**
	 * Learns, within the run, what posting will learn from a decision: the account paid
	 * for this customer. Only an account no customer is known to use yet is learnt. An
	 * account known for another customer (imported, or learnt earlier) that pays this
	 * one's invoice by reference is a third party paying for it, not this customer's own:
	 * making the account known for both would cost the other customer its identification
	 * by account, and its unreferenced payments would be referred. So the first customer
	 * an account is known for keeps it, and of two decisions teaching one new account to
	 * two customers the first remembered wins, as {@code LearntPayerAccounts} keeps the
	 * first of a chunk (so the outcome does not depend on where chunks end).
	 */
	void learn(String account, String customerId) {
		if (account != null && !account.isBlank()) {
			// atomic: of two threads learning one account, exactly one wins
			this.byAccount.putIfAbsent(AccountNumbers.normalised(account),
					new Owner(customerId, this.sources.computeIfAbsent(CONFIRMED_MATCH, (word) -> word), null));
		}
	}

	Payer identify(String account, String name) {
		if (account != null && !account.isBlank()) {
			Owner owner = this.byAccount.get(AccountNumbers.normalised(account));
			if (owner != null && owner.next() == null) {
				return new Payer(owner.customerId(), Payer.ACCOUNT, 1.0, "payer account " + account + " is "
						+ owner.customerId() + "'s (" + owner.source().replace('_', ' ') + ")");
			}
			if (owner != null) {
				return byName(name, "; payer account " + account + " is used by " + owner.count() + " customers");
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
	 * A customer known to use an account, how it became known (the first time), and the
	 * next customer using the same account, in the order learnt. Immutable: a reader
	 * always sees an account's customers whole.
	 */
	private record Owner(String customerId, String source, Owner next) {

		Owner with(String customerId, String source) {
			if (this.customerId.equals(customerId)) {
				return this;
			}
			Owner rest = (this.next != null) ? this.next.with(customerId, source) : new Owner(customerId, source, null);
			return (rest == this.next) ? this : new Owner(this.customerId, this.source, rest);
		}

		int count() {
			return 1 + ((this.next != null) ? this.next.count() : 0);
		}

	}

}
