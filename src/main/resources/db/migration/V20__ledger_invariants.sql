-- The ledger's invariants, held by the database itself: open amounts agree with live allocations, allocations only
-- ever go from posted to reversed, a journal entry is reversed at most once, and a reversal names what it reverses.

-- What the ERP had settled before Cashpost took the invoice over (paid elsewhere, credited): the invoice file's
-- amount - open_amount. It is set when the invoice file sets the amount (insert, or an update naming the amount:
-- the import's, which it makes only while Cashpost has no live allocation on the invoice). Posting changes the open
-- amount alone and leaves it be.
alter table invoice add column settled_outside numeric(19,4) not null default 0;
update invoice i
   set settled_outside = i.amount - i.open_amount
       - coalesce((select sum(a.applied_amount + a.discount_amount + a.write_off_amount)
                     from allocation a
                    where a.invoice_id = i.invoice_id and a.status = 'posted'), 0);
alter table invoice add constraint invoice_settled_outside_within_amount
    check (settled_outside >= 0 and settled_outside <= amount);

-- Derived, never written: open, partially_paid or paid.
alter table invoice add column payment_status text generated always as (
    case when open_amount = 0 then 'paid' when open_amount < amount then 'partially_paid' else 'open' end) stored;

create function invoice_settled_outside() returns trigger language plpgsql as $$
begin
    new.settled_outside := new.amount - new.open_amount;
    if tg_op = 'UPDATE' then
        new.settled_outside := new.settled_outside
            - coalesce((select sum(a.applied_amount + a.discount_amount + a.write_off_amount)
                          from allocation a
                         where a.invoice_id = new.invoice_id and a.status = 'posted'), 0);
    end if;
    return new;
end $$;

create trigger invoice_settled_outside before insert or update of amount on invoice
    for each row execute function invoice_settled_outside();

-- open_amount = amount - settled outside Cashpost - what live allocations settle (cash + discount + write-off),
-- checked when the transaction commits, for every invoice it touched.
create function invoice_open_amount_must_agree() returns trigger language plpgsql as $$
declare
    actual   numeric;
    expected numeric;
begin
    if new.invoice_id is null then
        return null;
    end if;
    select i.open_amount,
           i.amount - i.settled_outside
           - coalesce((select sum(a.applied_amount + a.discount_amount + a.write_off_amount)
                         from allocation a
                        where a.invoice_id = i.invoice_id and a.status = 'posted'), 0)
      into actual, expected
      from invoice i
     where i.invoice_id = new.invoice_id;
    if found and actual <> expected then
        raise exception 'invoice % has % open, but amount - settled outside Cashpost - live allocations = %',
            new.invoice_id, actual, expected;
    end if;
    return null;
end $$;

create constraint trigger invoice_open_amount_agrees
    after update of amount, open_amount, settled_outside on invoice
    deferrable initially deferred
    for each row execute function invoice_open_amount_must_agree();

create constraint trigger allocation_open_amount_agrees
    after insert or update on allocation
    deferrable initially deferred
    for each row execute function invoice_open_amount_must_agree();

-- An allocation is never edited or deleted: its one change is posted -> reversed.
create function allocation_only_reverses() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'allocation % cannot be deleted: reverse it instead', old.allocation_id;
    end if;
    if not (old.status = 'posted' and new.status = 'reversed')
       or (new.journal_entry_id, new.bank_transaction_id, new.invoice_id, new.customer_id, new.currency,
           new.applied_amount, new.discount_amount, new.write_off_amount)
          is distinct from
          (old.journal_entry_id, old.bank_transaction_id, old.invoice_id, old.customer_id, old.currency,
           old.applied_amount, old.discount_amount, old.write_off_amount) then
        raise exception 'allocation % can only go from posted to reversed', old.allocation_id;
    end if;
    return new;
end $$;

create trigger allocation_only_reverses before update or delete on allocation
    for each row execute function allocation_only_reverses();

-- A reversal names the entry it reverses, and an entry is reversed at most once.
alter table journal_entry add constraint journal_entry_reversal_names_original
    check ((kind = 'reversal') = (reverses_entry_id is not null));
create unique index journal_entry_reversed_once on journal_entry (reverses_entry_id)
    where reverses_entry_id is not null;
create index journal_entry_transaction on journal_entry (bank_transaction_id);
create index allocation_journal_entry on allocation (journal_entry_id);

-- Finding the original of a returned payment: same account and amount (opposite sign), then its references.
create index bank_transaction_amount on bank_transaction (amount, account);
create index bank_transaction_source_key on bank_transaction (source_key);

-- The receipt that holds a referred payment's money in suspense; null when none does (a duplicate, a reversal).
alter table exception_item add column suspense_entry_id bigint references journal_entry;

-- How a person (or Cashpost, for a payment the bank returned) closed an exception: once, with who and when.
create table exception_resolution (
    resolution_id    bigint generated always as identity primary key,
    exception_id     bigint      not null references exception_item,
    kind             text        not null
        check (kind in ('assign', 'on_account', 'non_receivable', 'refund', 'dismiss', 'returned')),
    detail           text        not null,
    journal_entry_id bigint references journal_entry,
    resolved_by      text        not null,
    resolved_at      timestamptz not null,
    constraint exception_resolved_once unique (exception_id)
);
