-- The ledger's per-statement checks count the rows a statement names, by primary key, instead of joining its
-- transition table with the referenced tables. The planner knows nothing of a transition table's size: with
-- 100,000 invoices it hashed the whole invoice and journal tables for every chunk (38 ms for a chunk of 1,000
-- journal lines, growing with the ledger). Collecting the distinct keys into an array and counting those found
-- with "= any (array)" is one index probe per key, whatever the planner believes. Only when a count falls short is
-- the offending row looked for, to name it; the messages are those of V77. Each invoice a transaction touched is
-- checked once at commit, not once for every statement that touched it.

create function missing_keys(wanted bigint[], found bigint) returns boolean language sql immutable as $$
    select coalesce(cardinality(wanted), 0) <> found
$$;

create or replace function journal_entries_must_refer() returns trigger language plpgsql as $$
declare
    transaction_ids bigint[];
    reversed_ids    bigint[];
    dangling        record;
begin
    select array_agg(distinct w.bank_transaction_id) filter (where w.bank_transaction_id is not null),
           array_agg(distinct w.reverses_entry_id) filter (where w.reverses_entry_id is not null)
      into transaction_ids, reversed_ids
      from written_entries w;
    if missing_keys(transaction_ids,
                    (select count(*) from bank_transaction t where t.transaction_id = any (transaction_ids)))
       or missing_keys(reversed_ids,
                       (select count(*) from journal_entry e where e.journal_entry_id = any (reversed_ids))) then
        select w.journal_entry_id, w.bank_transaction_id, w.reverses_entry_id
          into dangling
          from (select w.* from written_entries w
                 where w.bank_transaction_id is not null
                   and not exists (select 1 from bank_transaction t where t.transaction_id = w.bank_transaction_id)
                union all
                select w.* from written_entries w
                 where w.reverses_entry_id is not null
                   and not exists (select 1 from journal_entry e where e.journal_entry_id = w.reverses_entry_id)) w
         limit 1;
        raise exception 'journal entry % names bank transaction % or reverses entry %, and there is no such row',
            dangling.journal_entry_id, dangling.bank_transaction_id, dangling.reverses_entry_id;
    end if;
    return null;
end $$;

create or replace function journal_entries_must_balance() returns trigger language plpgsql as $$
declare
    entry_ids    bigint[];
    customer_ids text[];
    invoice_ids  bigint[];
    unbalanced   record;
    dangling     record;
begin
    select array_agg(distinct w.journal_entry_id),
           array_agg(distinct w.customer_id) filter (where w.customer_id is not null),
           array_agg(distinct w.invoice_id) filter (where w.invoice_id is not null)
      into entry_ids, customer_ids, invoice_ids
      from written_lines w;
    if missing_keys(entry_ids, (select count(*) from journal_entry e where e.journal_entry_id = any (entry_ids)))
       or coalesce(cardinality(customer_ids), 0)
          <> (select count(*) from customer c where c.customer_id = any (customer_ids))
       or missing_keys(invoice_ids, (select count(*) from invoice i where i.invoice_id = any (invoice_ids))) then
        select w.journal_entry_id, w.customer_id, w.invoice_id
          into dangling
          from (select w.* from written_lines w
                 where not exists (select 1 from journal_entry e where e.journal_entry_id = w.journal_entry_id)
                union all
                select w.* from written_lines w
                 where w.customer_id is not null
                   and not exists (select 1 from customer c where c.customer_id = w.customer_id)
                union all
                select w.* from written_lines w
                 where w.invoice_id is not null
                   and not exists (select 1 from invoice i where i.invoice_id = w.invoice_id)) w
         limit 1;
        raise exception 'a line of journal entry % names customer % or invoice %, and there is no such row',
            dangling.journal_entry_id, dangling.customer_id, dangling.invoice_id;
    end if;
    select e.journal_entry_id, entry.difference
      into unbalanced
      from unnest(entry_ids) as e(journal_entry_id)
     cross join lateral (select sum(l.debit) - sum(l.credit) as difference
                           from journal_line l
                          where l.journal_entry_id = e.journal_entry_id) entry
     where entry.difference <> 0
     limit 1;
    if found then
        raise exception 'journal entry % does not balance: debits - credits = %',
            unbalanced.journal_entry_id, unbalanced.difference;
    end if;
    return null;
end $$;

create or replace function allocations_touch_invoices() returns trigger language plpgsql as $$
declare
    entry_ids       bigint[];
    customer_ids    text[];
    transaction_ids bigint[];
    touched_ids     bigint[];
    dangling        record;
begin
    select array_agg(distinct w.journal_entry_id),
           array_agg(distinct w.customer_id),
           array_agg(distinct w.bank_transaction_id) filter (where w.bank_transaction_id is not null),
           array_agg(distinct w.invoice_id) filter (where w.invoice_id is not null)
      into entry_ids, customer_ids, transaction_ids, touched_ids
      from written_allocations w;
    if tg_op = 'INSERT'
       and (missing_keys(entry_ids, (select count(*) from journal_entry e where e.journal_entry_id = any (entry_ids)))
            or coalesce(cardinality(customer_ids), 0)
               <> (select count(*) from customer c where c.customer_id = any (customer_ids))
            or missing_keys(transaction_ids,
                            (select count(*) from bank_transaction t where t.transaction_id = any (transaction_ids)))
            or missing_keys(touched_ids, (select count(*) from invoice i where i.invoice_id = any (touched_ids)))) then
        select w.allocation_id, w.journal_entry_id, w.bank_transaction_id, w.invoice_id, w.customer_id
          into dangling
          from (select w.* from written_allocations w
                 where not exists (select 1 from journal_entry e where e.journal_entry_id = w.journal_entry_id)
                union all
                select w.* from written_allocations w
                 where not exists (select 1 from customer c where c.customer_id = w.customer_id)
                union all
                select w.* from written_allocations w
                 where w.bank_transaction_id is not null
                   and not exists (select 1 from bank_transaction t where t.transaction_id = w.bank_transaction_id)
                union all
                select w.* from written_allocations w
                 where w.invoice_id is not null
                   and not exists (select 1 from invoice i where i.invoice_id = w.invoice_id)) w
         limit 1;
        raise exception 'allocation % names journal entry %, bank transaction %, invoice % or customer %, and '
            'there is no such row', dangling.allocation_id, dangling.journal_entry_id,
            dangling.bank_transaction_id, dangling.invoice_id, dangling.customer_id;
    end if;
    if touched_ids is not null then
        insert into invoice_check (invoice_ids) values (touched_ids);
    end if;
    return null;
end $$;

-- At commit, the first check row's trigger checks the invoices of every check row the transaction left (a chunk
-- leaves two naming the same invoices: one for its allocations, one for the open amounts) and removes them all;
-- the triggers of the others find their row gone and have nothing left to do. Only the transaction's own rows
-- are visible to it: the rows never outlive the transaction that wrote them.
create or replace function invoices_must_agree() returns trigger language plpgsql as $$
declare
    touched_ids bigint[];
    disagreeing record;
begin
    with checked as (delete from invoice_check returning invoice_ids)
    select array_agg(distinct id) into touched_ids from checked, unnest(checked.invoice_ids) as id;
    if touched_ids is null then
        return null;
    end if;
    select i.invoice_id, i.open_amount as actual,
           i.amount - i.settled_outside - coalesce(live.settled, 0) as expected
      into disagreeing
      from invoice i
      left join lateral (
          select sum(a.applied_amount + a.discount_amount + a.write_off_amount + a.credit_note_amount) as settled
            from allocation a
           where a.invoice_id = i.invoice_id and a.status = 'posted') live on true
     where i.invoice_id = any (touched_ids)
       and i.open_amount <> i.amount - i.settled_outside - coalesce(live.settled, 0)
     limit 1;
    if found then
        raise exception 'invoice % has % open, but amount - settled outside Cashpost - live allocations = %',
            disagreeing.invoice_id, disagreeing.actual, disagreeing.expected;
    end if;
    return null;
end $$;
