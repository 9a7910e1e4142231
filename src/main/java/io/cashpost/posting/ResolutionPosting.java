package io.cashpost.posting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.cashpost.invoice.Invoice;
import io.cashpost.invoice.OpenAmounts;
import io.cashpost.money.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a receipt out of suspense where a person says it belongs: to invoices, on a
 * customer's account, to another ledger account, or to refunds. One balanced entry per
 * resolution, under the resolution's posting key; an invoice is locked and never
 * overdrawn.
 */
@Service
public class ResolutionPosting {

	private static final String MANUAL = "manual";

	private static final String CUSTOMER_EXISTS = "select exists (select 1 from customer where customer_id = :id)";

	private final OpenAmounts openAmounts;

	private final Ledger ledger;

	private final LedgerProperties accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	ResolutionPosting(OpenAmounts openAmounts, Ledger ledger, LedgerProperties accounts, JdbcClient jdbc, Clock clock) {
		this.openAmounts = openAmounts;
		this.ledger = ledger;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Applies the money to invoices, each amount at most what is open on it. What is left
	 * goes on account for the invoices' customer (they must then be one customer's).
	 * @param amounts invoice number to amount, in the release's currency
	 * @return the resolution entry
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public long assign(Release release, Map<String, BigDecimal> amounts) {
		if (amounts.isEmpty()) {
			throw new ResolutionRefusedException("name at least one invoice");
		}
		List<Invoice> invoices = this.openAmounts.lockByNumbers(amounts.keySet());
		checkAllFound(amounts, invoices);
		List<Allocation> shares = new ArrayList<>();
		Money assigned = Money.zero(release.amount().currency());
		for (Invoice invoice : invoices) {
			Money amount = checked(release, invoice, amounts.get(invoice.number()));
			shares.add(new Allocation(invoice.id(), invoice.customerId(), amount, zero(release), zero(release), null,
					MANUAL, 1.0, resolvedBy(release)));
			assigned = assigned.plus(amount);
		}
		Money rest = release.amount().minus(assigned);
		if (rest.isNegative()) {
			throw new ResolutionRefusedException(
					"the invoices take " + assigned + ", but only " + release.amount() + " is in suspense");
		}
		if (!rest.isZero()) {
			shares.add(Allocation.onAccount(onlyCustomer(invoices, rest), rest, "on_account", MANUAL, 1.0,
					resolvedBy(release)));
		}
		return post(release, shares, null, "to " + String.join(", ", amounts.keySet()));
	}

	/** Puts the money on the customer's account as credit. */
	@Transactional(propagation = Propagation.MANDATORY)
	public long onAccount(Release release, String customerId) {
		if (!this.jdbc.sql(CUSTOMER_EXISTS).param("id", customerId).query(Boolean.class).single()) {
			throw new ResolutionRefusedException("no customer " + customerId);
		}
		return post(release, List
			.of(Allocation.onAccount(customerId, release.amount(), "on_account", MANUAL, 1.0, resolvedBy(release))),
				null, "on account for " + customerId);
	}

	/** Books the money to a ledger account that is not a receivable (rent, a grant). */
	@Transactional(propagation = Propagation.MANDATORY)
	public long toAccount(Release release, String accountCode) {
		if (!accountCode.matches("[A-Za-z0-9._-]+(:[A-Za-z0-9._-]+)?")) {
			throw new ResolutionRefusedException("'" + accountCode + "' is not an account code");
		}
		if (this.accounts.isKeptByCashpost(accountCode)) {
			throw new ResolutionRefusedException(
					accountCode + " is kept by Cashpost itself: use assign or on-account for receivables");
		}
		return post(release, List.of(), accountCode, "non-receivable to " + accountCode);
	}

	/** Books the money to refunds, to be paid back to its payer. */
	@Transactional(propagation = Propagation.MANDATORY)
	public long refund(Release release) {
		return post(release, List.of(), this.accounts.refunds(), "refund");
	}

	private long post(Release release, List<Allocation> shares, String creditAccount, String what) {
		if (release.amount().isNegative()) {
			return postOut(release, shares, creditAccount, what);
		}
		List<JournalLine> lines = new ArrayList<>();
		lines.add(JournalLine.debit(this.accounts.suspense(), null, null, null, release.amount().amount()));
		for (Allocation share : shares) {
			String account = (share.invoiceId() != null) ? this.accounts.receivables() : this.accounts.unappliedCash();
			lines.add(
					JournalLine.credit(account, null, share.customerId(), share.invoiceId(), share.applied().amount()));
		}
		if (creditAccount != null) {
			lines.add(JournalLine.credit(creditAccount, null, null, null, release.amount().amount()));
		}
		String description = "Resolution of " + release.amount() + " from suspense " + what + " by "
				+ release.resolvedBy();
		JournalEntry entry = new JournalEntry(release.postingKey(), "resolution", release.bankTransactionId(), null,
				release.amount().currency(), description, this.clock.instant(), lines);
		PostingOutcome outcome = this.ledger.post(new Posting(entry, shares));
		if (outcome instanceof PostingOutcome.Posted posted) {
			return posted.journalEntryId();
		}
		if (outcome instanceof PostingOutcome.InvoiceChanged changed) {
			throw new ResolutionRefusedException(changed.detail());
		}
		throw new ResolutionRefusedException(release.postingKey() + " is posted already");
	}

	/**
	 * Money suspense holds as a debit (a card refund whose sale Cashpost never posted, an
	 * acquirer's deduction it has no rule for) can only go to a ledger account.
	 */
	private long postOut(Release release, List<Allocation> shares, String account, String what) {
		if (!shares.isEmpty() || account == null) {
			throw new ResolutionRefusedException(release.amount() + " went out, it was not received: book it to a "
					+ "ledger account (non-receivable ACCOUNT) or as a refund");
		}
		BigDecimal amount = release.amount().amount().negate();
		List<JournalLine> lines = List.of(JournalLine.debit(account, null, null, null, amount),
				JournalLine.credit(this.accounts.suspense(), null, null, null, amount));
		JournalEntry entry = new JournalEntry(release.postingKey(), "resolution", release.bankTransactionId(), null,
				release.amount().currency(),
				"Resolution of " + release.amount() + " from suspense " + what + " by " + release.resolvedBy(),
				this.clock.instant(), lines);
		if (this.ledger.post(Posting.of(entry)) instanceof PostingOutcome.Posted posted) {
			return posted.journalEntryId();
		}
		throw new ResolutionRefusedException(release.postingKey() + " is posted already");
	}

	private static String resolvedBy(Release release) {
		return "resolved by " + release.resolvedBy();
	}

	private static Money checked(Release release, Invoice invoice, BigDecimal amount) {
		if (!invoice.openAmount().currency().equals(release.amount().currency())) {
			throw new ResolutionRefusedException(
					invoice.number() + " is in " + invoice.openAmount().currency().getCurrencyCode() + ", the money in "
							+ release.amount().currency());
		}
		if (amount.signum() <= 0) {
			throw new ResolutionRefusedException(invoice.number() + ": the amount must be positive");
		}
		Money money = new Money(amount, release.amount().currency());
		if (money.compareTo(invoice.openAmount()) > 0) {
			throw new ResolutionRefusedException(
					invoice.number() + " has only " + invoice.openAmount() + " open, " + money + " was assigned");
		}
		return money;
	}

	private static void checkAllFound(Map<String, BigDecimal> amounts, List<Invoice> invoices) {
		Set<String> found = invoices.stream().map(Invoice::number).collect(Collectors.toSet());
		List<String> missing = amounts.keySet().stream().filter((number) -> !found.contains(number)).toList();
		if (!missing.isEmpty()) {
			throw new ResolutionRefusedException("no invoice " + String.join(", ", missing));
		}
	}

	private static String onlyCustomer(List<Invoice> invoices, Money rest) {
		Set<String> customers = invoices.stream().map(Invoice::customerId).collect(Collectors.toSet());
		if (customers.size() != 1) {
			throw new ResolutionRefusedException(rest + " is left, and the invoices belong to several customers: "
					+ "assign all of it, or one customer's invoices only (the rest goes on their account)");
		}
		return customers.iterator().next();
	}

	private static Money zero(Release release) {
		return Money.zero(release.amount().currency());
	}

}
