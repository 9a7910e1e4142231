-- Posting writes a whole chunk at once: journal entries, lines and allocations in a few multi-row statements. The
-- ledger's checks that ran once per row (a deferred trigger per journal line, per allocation, per invoice update)
-- now run once per statement, over all the rows it wrote, so their cost no longer grows with a trigger call per row.
-- What they guarantee is unchanged.

-- Every journal entry balances. Checked after each statement that writes lines, over the entries it touched: the
-- lines of an entry are written in one statement (JdbcJournal does), so an entry balances after it or never.
drop trigger journal_line_balanced on journal_line;
drop function journal_entry_must_balance();

create function journal_entries_must_balance() returns trigger language plpgsql as $$
declare
    unbalanced record;
begin
    select l.journal_entry_id, sum(l.debit) - sum(l.credit) as difference
      into unbalanced
      from journal_line l
     where l.journal_entry_id in (select distinct w.journal_entry_id from written_lines w)
     group by l.journal_entry_id
    having sum(l.debit) <> sum(l.credit)
     limit 1;
    if found then
        raise exception 'journal entry % does not balance: debits - credits = %',
            unbalanced.journal_entry_id, unbalanced.difference;
    end if;
    return null;
end $$;

create trigger journal_lines_balanced after insert on journal_line
    referencing new table as written_lines
    for each statement execute function journal_entries_must_balance();

-- open_amount = amount - settled outside Cashpost - what live allocations settle, for every invoice a transaction
-- touched, checked when it commits. A deferred check must hang on a row trigger, so each statement that touches
-- invoices or allocations leaves one row here naming all the invoices it touched, and that row's deferred trigger
-- checks them together at commit (and removes the row: nothing stays in this table).
drop trigger invoice_open_amount_agrees on invoice;
drop trigger allocation_open_amount_agrees on allocation;
drop function invoice_open_amount_must_agree();

create unlogged table invoice_check (
    check_id    bigint generated always as identity primary key,
    invoice_ids bigint[] not null
);

create function invoices_must_agree() returns trigger language plpgsql as $$
declare
    disagreeing record;
begin
    select i.invoice_id, i.open_amount as actual,
           i.amount - i.settled_outside - coalesce(live.settled, 0) as expected
      into disagreeing
      from invoice i
      left join lateral (
          select sum(a.applied_amount + a.discount_amount + a.write_off_amount) as settled
            from allocation a
           where a.invoice_id = i.invoice_id and a.status = 'posted') live on true
     where i.invoice_id = any (new.invoice_ids)
       and i.open_amount <> i.amount - i.settled_outside - coalesce(live.settled, 0)
     limit 1;
    if found then
        raise exception 'invoice % has % open, but amount - settled outside Cashpost - live allocations = %',
            disagreeing.invoice_id, disagreeing.actual, disagreeing.expected;
    end if;
    delete from invoice_check where check_id = new.check_id;
    return null;
end $$;

create constraint trigger invoice_check_at_commit
    after insert on invoice_check
    deferrable initially deferred
    for each row execute function invoices_must_agree();

create function allocations_touch_invoices() returns trigger language plpgsql as $$
begin
    insert into invoice_check (invoice_ids)
    select array_agg(distinct w.invoice_id) from written_allocations w where w.invoice_id is not null
    having count(w.invoice_id) > 0;
    return null;
end $$;

create trigger allocation_inserted_touches_invoices after insert on allocation
    referencing new table as written_allocations
    for each statement execute function allocations_touch_invoices();

create trigger allocation_updated_touches_invoices after update on allocation
    referencing new table as written_allocations
    for each statement execute function allocations_touch_invoices();

create function invoice_amounts_changed() returns trigger language plpgsql as $$
begin
    insert into invoice_check (invoice_ids)
    select array_agg(n.invoice_id)
      from new_invoices n
      join old_invoices o on o.invoice_id = n.invoice_id
     where (n.amount, n.open_amount, n.settled_outside) is distinct from (o.amount, o.open_amount, o.settled_outside)
    having count(*) > 0;
    return null;
end $$;

create trigger invoice_updated_touches_amounts after update on invoice
    referencing old table as old_invoices new table as new_invoices
    for each statement execute function invoice_amounts_changed();
