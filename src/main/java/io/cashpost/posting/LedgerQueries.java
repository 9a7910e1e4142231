package io.cashpost.posting;

/** The queries {@link LedgerVerification} runs, each returning only what disagrees. */
final class LedgerQueries {

	static final String UNBALANCED_ENTRIES = """
			select e.journal_entry_id, e.posting_key, e.currency,
			       coalesce(sum(l.debit), 0) as debits, coalesce(sum(l.credit), 0) as credits,
			       count(l.journal_line_id) as lines
			  from journal_entry e
			  left join journal_line l on l.journal_entry_id = e.journal_entry_id
			 group by e.journal_entry_id, e.posting_key, e.currency
			having coalesce(sum(l.debit), 0) <> coalesce(sum(l.credit), 0) or count(l.journal_line_id) < 2
			 order by e.journal_entry_id
			 limit 100
			""";

	/**
	 * open_amount = amount - settled outside Cashpost - live allocations, and the
	 * journal's receivable for the invoice = live allocations (a credit note's receivable
	 * is debited by what of it is used).
	 */
	static final String INVOICES_DISAGREEING = """
			with live as (
			    select invoice_id,
			           sum(applied_amount + discount_amount + write_off_amount + credit_note_amount) as settled
			      from allocation
			     where status = 'posted' and invoice_id is not null
			     group by invoice_id
			), booked as (
			    select invoice_id, sum(credit) - sum(debit) as settled
			      from journal_line
			     where invoice_id is not null and account_code = :receivables
			     group by invoice_id
			)
			select i.invoice_number, i.currency, i.amount, i.open_amount, i.settled_outside,
			       coalesce(l.settled, 0) as allocated, s.journal,
			       i.amount - i.settled_outside - coalesce(l.settled, 0) as expected
			  from invoice i
			  left join live l on l.invoice_id = i.invoice_id
			  left join booked b on b.invoice_id = i.invoice_id
			  cross join lateral (select case when i.document_type = 'credit_note' then -coalesce(b.settled, 0)
			                                  else coalesce(b.settled, 0) end as journal) s
			 where i.open_amount <> i.amount - i.settled_outside - coalesce(l.settled, 0)
			    or s.journal <> coalesce(l.settled, 0)
			 order by i.invoice_number
			 limit 100
			""";

	static final String INVOICE_STATUSES = """
			select count(*) as invoices,
			       count(*) filter (where payment_status = 'open') as open,
			       count(*) filter (where payment_status = 'partially_paid') as partially_paid,
			       count(*) filter (where payment_status = 'paid') as paid
			  from invoice
			""";

	/**
	 * Per bank account and currency: booked credits of ingested statements (each money
	 * once, however many files carried it) against the cash posted in; returns the
	 * statements show as reversed against the cash posted out. Card sales of settlement
	 * reports are received on the acquirers' clearing, not at a bank, and left out.
	 */
	static final String CASH_BY_ACCOUNT = """
			with booked as (
			    select distinct on (t.source_key) t.source_key, coalesce(t.account, '') as account, t.currency,
			           t.amount, t.reversal, t.match_status
			      from bank_transaction t
			      join statement_file f on f.file_id = t.file_id
			     where f.status = 'ingested' and t.entry_status = 'BOOKED' and t.card_transaction_id is null
			     order by t.source_key, t.transaction_id
			), stated as (
			    select account, currency,
			           coalesce(sum(amount) filter (where not reversal and amount > 0), 0) as stated_credits,
			           count(*) filter (where not reversal and amount > 0) as credit_count,
			           coalesce(-sum(amount) filter (where reversal and amount < 0 and match_status = 'posted'), 0)
			               as stated_returns
			      from booked
			     group by account, currency
			), posted as (
			    select case when l.account_code = :cash then '' else substr(l.account_code, length(:cash) + 2) end
			               as account,
			           e.currency, sum(l.debit) as posted_debits, sum(l.credit) as posted_credits
			      from journal_line l
			      join journal_entry e on e.journal_entry_id = l.journal_entry_id
			     where l.account_code = :cash or l.account_code like :cash || ':%'
			     group by 1, 2
			)
			select coalesce(s.account, p.account) as account, coalesce(s.currency, p.currency) as currency,
			       coalesce(s.stated_credits, 0) as stated_credits, coalesce(s.credit_count, 0) as credit_count,
			       coalesce(s.stated_returns, 0) as stated_returns,
			       coalesce(p.posted_debits, 0) as posted_debits, coalesce(p.posted_credits, 0) as posted_credits
			  from stated s
			  full join posted p on p.account = s.account and p.currency = s.currency
			 where coalesce(s.credit_count, 0) > 0 or p.account is not null
			 order by 1, 2
			""";

	/** Booked credits of ingested statements that no journal entry books. */
	static final String UNPOSTED_CREDITS = """
			with unposted as (
			    select distinct on (t.source_key) t.transaction_id, f.file_name, t.entry_ref, t.currency, t.amount,
			           t.match_status
			      from bank_transaction t
			      join statement_file f on f.file_id = t.file_id
			     where f.status = 'ingested' and t.entry_status = 'BOOKED' and not t.reversal and t.amount > 0
			       and not exists (select 1 from journal_entry e where e.posting_key = t.source_key)
			     order by t.source_key, t.transaction_id
			)
			select u.*, count(*) over () as total from unposted u order by u.transaction_id limit :limit
			""";

	/**
	 * Reversals that name no entry, name a reversal, differ in currency, or do not mirror
	 * the lines of the entry they name.
	 */
	static final String REVERSALS_NOT_MIRRORING = """
			select r.journal_entry_id, r.posting_key,
			       case when o.journal_entry_id is null then 'names no entry it reverses'
			            when o.kind = 'reversal' then 'reverses entry ' || o.journal_entry_id || ', itself a reversal'
			            when o.currency <> r.currency then 'is in ' || r.currency || ', entry ' || o.journal_entry_id
			                                               || ' in ' || o.currency
			            else 'does not mirror the lines of entry ' || o.journal_entry_id end as problem
			  from journal_entry r
			  left join journal_entry o on o.journal_entry_id = r.reverses_entry_id
			 where r.kind = 'reversal'
			   and (o.journal_entry_id is null or o.kind = 'reversal' or o.currency <> r.currency
			        or exists (select account_code, customer_id, invoice_id, debit, credit
			                     from journal_line where journal_entry_id = r.journal_entry_id
			                   except all
			                   select account_code, customer_id, invoice_id, credit, debit
			                     from journal_line where journal_entry_id = o.journal_entry_id)
			        or exists (select account_code, customer_id, invoice_id, credit, debit
			                     from journal_line where journal_entry_id = o.journal_entry_id
			                   except all
			                   select account_code, customer_id, invoice_id, debit, credit
			                     from journal_line where journal_entry_id = r.journal_entry_id))
			 order by r.journal_entry_id
			 limit 100
			""";

	/** Allocations are reversed exactly when the entry that posted them is. */
	static final String ALLOCATIONS_DISAGREEING = """
			select a.allocation_id, a.status, a.journal_entry_id,
			       exists (select 1 from journal_entry x where x.reverses_entry_id = a.journal_entry_id) as entry_reversed
			  from allocation a
			 where (a.status = 'reversed')
			       <> exists (select 1 from journal_entry x where x.reverses_entry_id = a.journal_entry_id)
			 order by a.allocation_id
			 limit 100
			""";

	/**
	 * Per currency: suspense's balance against the money of open exceptions held there.
	 */
	static final String SUSPENSE = """
			with balance as (
			    select e.currency, sum(l.credit) - sum(l.debit) as amount
			      from journal_line l
			      join journal_entry e on e.journal_entry_id = l.journal_entry_id
			     where l.account_code = :suspense
			     group by e.currency
			), held as (
			    select t.currency, sum(t.amount) as amount, count(*) as items
			      from exception_item x
			      join bank_transaction t on t.transaction_id = x.bank_transaction_id
			     where x.status = 'open' and x.suspense_entry_id is not null
			     group by t.currency
			)
			select coalesce(b.currency, h.currency) as currency, coalesce(b.amount, 0) as balance,
			       coalesce(h.amount, 0) as held, coalesce(h.items, 0) as items
			  from balance b
			  full join held h on h.currency = b.currency
			 order by 1
			""";

	private LedgerQueries() {
	}

}
