-- Credit notes come with the invoices (document_type 'credit_note', amounts positive like an invoice's): their open
-- amount is credit the customer has not used yet. A payment of invoices net of credit notes uses them up in its
-- journal entry: the invoice's allocation is settled by cash and credit (credit_note_amount), the credit note's
-- allocation uses the credit (credit_note_amount, no cash). Matching never applies cash to a credit note.
alter table invoice
    add column document_type text not null default 'invoice' check (document_type in ('invoice', 'credit_note'));
create index invoice_credit_note_open on invoice (customer_id) where document_type = 'credit_note' and open_amount > 0;

alter table allocation
    add column credit_note_amount numeric(19,4) not null default 0 check (credit_note_amount >= 0);

-- What an allocation settles now includes the credit it applies or uses.
create or replace function invoice_settled_outside() returns trigger language plpgsql as $$
begin
    new.settled_outside := new.amount - new.open_amount;
    if tg_op = 'UPDATE' then
        new.settled_outside := new.settled_outside
            - coalesce((select sum(a.applied_amount + a.discount_amount + a.write_off_amount + a.credit_note_amount)
                          from allocation a
                         where a.invoice_id = new.invoice_id and a.status = 'posted'), 0);
    end if;
    return new;
end $$;

create or replace function invoices_must_agree() returns trigger language plpgsql as $$
declare
    disagreeing record;
begin
    select i.invoice_id, i.open_amount as actual,
           i.amount - i.settled_outside - coalesce(live.settled, 0) as expected
      into disagreeing
      from invoice i
      left join lateral (
          select sum(a.applied_amount + a.discount_amount + a.write_off_amount + a.credit_note_amount) as settled
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

-- An allocation is never edited or deleted: its one change is posted -> reversed, its amounts included.
create or replace function allocation_only_reverses() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'allocation % cannot be deleted: reverse it instead', old.allocation_id;
    end if;
    if not (old.status = 'posted' and new.status = 'reversed')
       or (new.journal_entry_id, new.bank_transaction_id, new.invoice_id, new.customer_id, new.currency,
           new.applied_amount, new.discount_amount, new.write_off_amount, new.credit_note_amount,
           new.deduction_amount, new.deduction_reason)
          is distinct from
          (old.journal_entry_id, old.bank_transaction_id, old.invoice_id, old.customer_id, old.currency,
           old.applied_amount, old.discount_amount, old.write_off_amount, old.credit_note_amount,
           old.deduction_amount, old.deduction_reason) then
        raise exception 'allocation % can only go from posted to reversed', old.allocation_id;
    end if;
    return new;
end $$;

-- The import's staging rows carry the document type too (restartable imports stage them first).
alter table invoice_import_row
    add column document_type text not null default 'invoice' check (document_type in ('invoice', 'credit_note'));
