-- The ledger's per-statement checks (V50, V52) probe the rows a statement wrote, one index lookup each, instead of
-- reading the whole ledger. Written as one condition of several "not exists" joined by "or", or as a join of the
-- written entries with every journal line, the planner hashed or merged the whole referenced table for each chunk:
-- posting slowed down as the ledger grew (100,000 payments spent 80 s of database time in these checks; a chunk of
-- 1,000 allocations took 450 ms against 100,000 journal entries, 40 ms now). Each reference is now its own
-- anti-join, and each written entry's balance is summed from its own lines.

create or replace function journal_entries_must_refer() returns trigger language plpgsql as $$
declare
    dangling record;
begin
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
    if found then
        raise exception 'journal entry % names bank transaction % or reverses entry %, and there is no such row',
            dangling.journal_entry_id, dangling.bank_transaction_id, dangling.reverses_entry_id;
    end if;
    return null;
end $$;

create or replace function journal_entries_must_balance() returns trigger language plpgsql as $$
declare
    unbalanced record;
    dangling   record;
begin
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
    if found then
        raise exception 'a line of journal entry % names customer % or invoice %, and there is no such row',
            dangling.journal_entry_id, dangling.customer_id, dangling.invoice_id;
    end if;
    select w.journal_entry_id, entry.difference
      into unbalanced
      from (select distinct journal_entry_id from written_lines) w
     cross join lateral (select sum(l.debit) - sum(l.credit) as difference
                           from journal_line l
                          where l.journal_entry_id = w.journal_entry_id) entry
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
    dangling record;
begin
    if tg_op = 'INSERT' then
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
        if found then
            raise exception 'allocation % names journal entry %, bank transaction %, invoice % or customer %, and '
                'there is no such row', dangling.allocation_id, dangling.journal_entry_id,
                dangling.bank_transaction_id, dangling.invoice_id, dangling.customer_id;
        end if;
    end if;
    insert into invoice_check (invoice_ids)
    select array_agg(distinct w.invoice_id) from written_allocations w where w.invoice_id is not null
    having count(w.invoice_id) > 0;
    return null;
end $$;
