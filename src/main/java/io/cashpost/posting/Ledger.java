package io.cashpost.posting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cashpost.invoice.Invoice;
import io.cashpost.invoice.OpenAmounts;
import io.cashpost.money.Money;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way money gets into the ledger: a chunk of postings at once, in a handful of
 * set-based statements whatever its size. Every posting ends in one of three ways, in the
 * order given, exactly as if they were posted one after the other:
 * <ul>
 * <li>posted: its entry, lines and allocations are written and its invoices' open amounts
 * reduced, in the caller's transaction;</li>
 * <li>already posted: its posting key is in the ledger (or an earlier posting of the
 * chunk has it), so nothing is written: exactly once;</li>
 * <li>invoice changed: an invoice it settles has less open than it takes (paid meanwhile,
 * or by an earlier posting of the chunk), so nothing is written.</li>
 * </ul>
 * The invoices are locked in id order before they are checked, so concurrent chunks never
 * overdraw one and cannot deadlock on them.
 */
@Service
public class Ledger {

	private final JdbcJournal journal;

	private final JdbcAllocations allocations;

	private final OpenAmounts openAmounts;

	Ledger(JdbcJournal journal, JdbcAllocations allocations, OpenAmounts openAmounts) {
		this.journal = journal;
		this.allocations = allocations;
		this.openAmounts = openAmounts;
	}

	/**
	 * Posts the chunk.
	 * @return one outcome per posting, in the same order
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<PostingOutcome> post(List<Posting> postings) {
		Set<String> taken = this.journal.postedKeys(postings.stream().map(Posting::postingKey).toList());
		OpenBalances open = lockInvoices(postings, taken);
		List<PostingOutcome> outcomes = new ArrayList<>(postings.size());
		List<Posting> accepted = new ArrayList<>();
		for (Posting posting : postings) {
			PostingOutcome outcome = admit(posting, taken, open);
			outcomes.add(outcome);
			if (outcome == null) {
				accepted.add(posting);
			}
		}
		Map<String, Long> entryIds = write(accepted);
		for (int i = 0; i < outcomes.size(); i++) {
			if (outcomes.get(i) == null) {
				Long entryId = entryIds.get(postings.get(i).postingKey());
				outcomes.set(i, (entryId != null) ? new PostingOutcome.Posted(entryId)
						: new PostingOutcome.AlreadyPosted(postings.get(i).postingKey()));
			}
		}
		return outcomes;
	}

	/**
	 * Posts one entry.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public PostingOutcome post(Posting posting) {
		return post(List.of(posting)).get(0);
	}

	/**
	 * Takes the posting's key and its invoices' open amounts; {@code null} when it may be
	 * written, else why not. A key is taken even by a posting refused for a changed
	 * invoice: the caller posts that money to suspense under the same key, as a posting
	 * made one at a time would have done before the next.
	 */
	private static PostingOutcome admit(Posting posting, Set<String> taken, OpenBalances open) {
		if (!taken.add(posting.postingKey())) {
			return new PostingOutcome.AlreadyPosted(posting.postingKey());
		}
		Optional<String> changed = open.take(posting.allocations());
		return changed.<PostingOutcome>map(PostingOutcome.InvoiceChanged::new).orElse(null);
	}

	private OpenBalances lockInvoices(List<Posting> postings, Set<String> taken) {
		Set<Long> ids = new HashSet<>();
		for (Posting posting : postings) {
			if (!taken.contains(posting.postingKey())) {
				posting.allocations().stream().map(Allocation::invoiceId).filter((id) -> id != null).forEach(ids::add);
			}
		}
		return new OpenBalances(
				this.openAmounts.lock(ids).stream().collect(Collectors.toMap(Invoice::id, Function.identity())));
	}

	/**
	 * Writes the accepted postings: entries and lines, allocations, open amounts. A key
	 * another transaction posted since it was looked up is skipped by the insert, and its
	 * posting writes nothing else.
	 */
	private Map<String, Long> write(List<Posting> accepted) {
		Map<String, Long> entryIds = this.journal.appendAll(accepted.stream().map(Posting::entry).toList());
		List<JdbcAllocations.Posted> posted = new ArrayList<>();
		Map<Long, BigDecimal> settled = new HashMap<>();
		for (Posting posting : accepted) {
			Long entryId = entryIds.get(posting.postingKey());
			if (entryId != null) {
				posted.add(new JdbcAllocations.Posted(entryId, posting));
				for (Allocation allocation : posting.allocations()) {
					if (!allocation.isOnAccount()) {
						settled.merge(allocation.invoiceId(), allocation.settles().amount(), BigDecimal::add);
					}
				}
			}
		}
		this.allocations.insert(posted);
		this.openAmounts.reduceAll(settled);
		return entryIds;
	}

	/**
	 * The locked invoices' open amounts as the chunk's postings take them, one after the
	 * other.
	 */
	private static final class OpenBalances {

		private final Map<Long, Invoice> invoices;

		private final Map<Long, Money> open = new HashMap<>();

		OpenBalances(Map<Long, Invoice> invoices) {
			this.invoices = invoices;
			invoices.forEach((id, invoice) -> this.open.put(id, invoice.openAmount()));
		}

		/**
		 * Takes what the allocations settle, or nothing at all when an invoice is gone or
		 * has less open than they take.
		 * @return why they cannot be taken, or empty when they were
		 */
		Optional<String> take(List<Allocation> allocations) {
			Map<Long, Money> after = new HashMap<>();
			for (Allocation allocation : allocations) {
				if (allocation.isOnAccount()) {
					continue;
				}
				Invoice invoice = this.invoices.get(allocation.invoiceId());
				if (invoice == null) {
					return Optional.of("invoice " + allocation.invoiceId() + " no longer exists");
				}
				Money available = after.getOrDefault(invoice.id(), this.open.get(invoice.id()));
				if (available.compareTo(allocation.settles()) < 0) {
					return Optional.of(invoice.number() + " has only " + available + " open now, "
							+ allocation.settles() + " was to be applied");
				}
				after.put(invoice.id(), available.minus(allocation.settles()));
			}
			this.open.putAll(after);
			return Optional.empty();
		}

	}

}
