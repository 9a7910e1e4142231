-- Remittance advices that arrive apart from their payment (a CSV through the same intake channels as statements).
-- An advice waits for its bank payment, is linked to it, or expires into an exception when the payment never comes.
create table remittance_advice (
    advice_id           bigint generated always as identity primary key,
    file_id             bigint        not null references statement_file,
    -- the advice's id in its file (column advice_id) and the lines its rows are on
    advice_key          text          not null,
    first_line          integer       not null,
    last_line           integer       not null,
    payer_name          text,
    payer_account       text,
    payment_reference   text,
    end_to_end_id       text,
    payment_date        date          not null,
    currency            char(3)       not null,
    amount              numeric(19,4) not null check (amount >= 0),
    status              text          not null default 'waiting' check (status in ('waiting', 'linked', 'expired')),
    bank_transaction_id bigint references bank_transaction,
    linked_by           text check (linked_by in ('reference', 'payer_amount_date')),
    linked_at           timestamptz,
    -- set once the payment was decided with the advice: applied (matching decided it with the advice's lines),
    -- posted (re-decided and posted from suspense), still_referred, agrees, disagrees (an exception was opened),
    -- duplicate (the payment had an advice already)
    outcome             text,
    -- why it is waiting (ambiguous: two payments fit), what the re-decision found, the difference
    detail              text,
    -- the information-only line an expired advice's exception is about
    expiry_transaction_id bigint references bank_transaction,
    received_at         timestamptz   not null,
    constraint remittance_advice_once_per_file unique (file_id, advice_key),
    constraint remittance_advice_linked check ((status = 'linked') = (bank_transaction_id is not null))
);
create index remittance_advice_waiting on remittance_advice (advice_id) where status <> 'linked';
create index remittance_advice_to_decide on remittance_advice (advice_id) where status = 'linked' and outcome is null;
create index remittance_advice_payment on remittance_advice (bank_transaction_id) where bank_transaction_id is not null;

create table remittance_advice_line (
    advice_id           bigint        not null references remittance_advice,
    line                integer       not null,
    document_type       text          not null check (document_type in ('invoice', 'credit_note')),
    document_number     text          not null,
    paid_amount         numeric(19,4) not null check (paid_amount >= 0),
    deduction_amount    numeric(19,4) check (deduction_amount >= 0),
    deduction_reason_code text,
    deduction_reason    text,
    primary key (advice_id, line)
);

-- The advice whose lines a payment's structured remittance (remittance_lines, referred_documents) now carries.
-- No foreign key: staging bulk-loads bank_transaction, and only the advice linking sets it.
alter table bank_transaction add column remittance_advice_id bigint;

-- Closed by Cashpost when an advice explains the payment and it posts. The kind is added to whatever kinds the
-- constraint holds when this runs (other migrations add theirs), not to a list copied here.
do $$
declare
    kinds text;
begin
    select pg_get_constraintdef(oid) into kinds
      from pg_constraint
     where conname = 'exception_resolution_kind_check' and conrelid = 'exception_resolution'::regclass;
    alter table exception_resolution drop constraint exception_resolution_kind_check;
    execute 'alter table exception_resolution add constraint exception_resolution_kind_check '
        || replace(kinds, 'ARRAY[', 'ARRAY[''remittance_advice''::text, ');
end $$;
