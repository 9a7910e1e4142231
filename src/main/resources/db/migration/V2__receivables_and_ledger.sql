-- Customers, open invoices, bank files and their transactions, the ledger, and the exception queue.
-- Amounts are numeric(19,4) and always sit beside their currency.

create table customer (
    customer_id text        primary key,
    name        text        not null,
    created_at  timestamptz not null default now()
);

-- Payer accounts known to belong to a customer: from the invoice import, and learnt from confirmed matches.
create table customer_account (
    account     text        not null,
    customer_id text        not null references customer,
    source      text        not null check (source in ('invoice_import', 'confirmed_match')),
    learnt_at   timestamptz not null default now(),
    primary key (account, customer_id)
);

create table invoice (
    invoice_id        bigint generated always as identity primary key,
    invoice_number    text          not null unique,
    -- invoice_number reduced to upper-case letters and digits: what remittance text is matched against
    number_key        text          not null,
    customer_id       text          not null references customer,
    currency          char(3)       not null,
    amount            numeric(19,4) not null check (amount > 0),
    open_amount       numeric(19,4) not null,
    issue_date        date          not null,
    due_date          date          not null,
    discount_percent  numeric(7,4)  check (discount_percent >= 0 and discount_percent < 100),
    discount_until    date,
    payment_reference text,
    -- payment_reference reduced to upper-case letters and digits
    reference_key     text,
    constraint invoice_open_amount_within_amount check (open_amount >= 0 and open_amount <= amount)
);
create index invoice_number_key on invoice (number_key);
create index invoice_reference_key on invoice (reference_key) where reference_key is not null;
create index invoice_customer_open on invoice (customer_id) where open_amount > 0;

create table statement_file (
    file_id       bigint generated always as identity primary key,
    sha256        char(64)    not null,
    file_name     text        not null,
    size_bytes    bigint      not null,
    format        text,
    status        text        not null check (status in ('received', 'ingested', 'quarantined')),
    reason        text,
    received_at   timestamptz not null,
    ingested_at   timestamptz,
    archived_path text,
    constraint statement_file_same_bytes_once unique (sha256)
);

create table bank_statement (
    statement_id    bigint generated always as identity primary key,
    file_id         bigint        not null references statement_file,
    statement_ref   text          not null,
    account         text,
    currency        char(3),
    opening_balance numeric(19,4),
    closing_balance numeric(19,4),
    entries         integer       not null,
    credit_sum      numeric(19,4) not null,
    debit_sum       numeric(19,4) not null,
    constraint bank_statement_once_per_file unique (file_id, statement_ref)
);

create table bank_transaction (
    transaction_id        bigint generated always as identity primary key,
    file_id               bigint        not null references statement_file,
    statement_ref         text          not null,
    entry_index           integer       not null,
    split_index           integer       not null,
    line                  bigint        not null default 0,
    entry_ref             text,
    end_to_end_id         text,
    account               text,
    currency              char(3)       not null,
    -- signed: positive is money received
    amount                numeric(19,4) not null,
    booking_date          date,
    value_date            date,
    entry_status          text          not null check (entry_status in ('BOOKED', 'PENDING', 'INFO')),
    reversal              boolean       not null default false,
    bank_transaction_code text,
    debtor_name           text,
    debtor_account        text,
    creditor_reference    text,
    referred_documents    text[]        not null default '{}',
    remittance_text       text,
    -- what the same money is called in any file that carries it: account, statement, entry, split
    source_key            text          not null,
    match_status          text          not null default 'new'
        check (match_status in ('new', 'posted', 'exception', 'not_receivable', 'not_booked')),
    constraint bank_transaction_once_per_file unique (file_id, entry_index, split_index)
);
create index bank_transaction_to_match on bank_transaction (transaction_id) where match_status = 'new';

create table journal_entry (
    journal_entry_id    bigint generated always as identity primary key,
    -- derived from the source (a bank transaction's source_key, a resolution id): a second posting is impossible
    posting_key         text        not null,
    kind                text        not null check (kind in ('receipt', 'reversal', 'resolution')),
    bank_transaction_id bigint references bank_transaction,
    reverses_entry_id   bigint references journal_entry,
    currency            char(3)     not null,
    description         text,
    posted_at           timestamptz not null,
    constraint journal_entry_posted_once unique (posting_key)
);

create table journal_line (
    journal_line_id  bigint generated always as identity primary key,
    journal_entry_id bigint        not null references journal_entry,
    line_no          integer       not null,
    account_code     text          not null,
    customer_id      text references customer,
    invoice_id       bigint references invoice,
    debit            numeric(19,4) not null default 0,
    credit           numeric(19,4) not null default 0,
    constraint journal_line_one_side check (debit >= 0 and credit >= 0 and (debit = 0) <> (credit = 0)),
    unique (journal_entry_id, line_no)
);

-- A journal entry balances when its transaction commits: debits = credits.
create function journal_entry_must_balance() returns trigger language plpgsql as $$
declare
    difference numeric;
begin
    select coalesce(sum(debit), 0) - coalesce(sum(credit), 0) into difference
      from journal_line where journal_entry_id = new.journal_entry_id;
    if difference <> 0 then
        raise exception 'journal entry % does not balance: debits - credits = %', new.journal_entry_id, difference;
    end if;
    return null;
end $$;

create constraint trigger journal_line_balanced
    after insert on journal_line
    deferrable initially deferred
    for each row execute function journal_entry_must_balance();

-- The ledger is append-only: a correction is a reversing entry, never an edit.
create function ledger_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: post a reversal instead of % ', tg_table_name, lower(tg_op);
end $$;

create trigger journal_entry_append_only before update or delete on journal_entry
    for each row execute function ledger_is_append_only();
create trigger journal_line_append_only before update or delete on journal_line
    for each row execute function ledger_is_append_only();

create table allocation (
    allocation_id       bigint generated always as identity primary key,
    journal_entry_id    bigint        not null references journal_entry,
    bank_transaction_id bigint references bank_transaction,
    -- null: the amount was put on account as customer credit
    invoice_id          bigint references invoice,
    customer_id         text          not null references customer,
    currency            char(3)       not null,
    applied_amount      numeric(19,4) not null check (applied_amount >= 0),
    discount_amount     numeric(19,4) not null default 0 check (discount_amount >= 0),
    write_off_amount    numeric(19,4) not null default 0 check (write_off_amount >= 0),
    reason_code         text,
    rule                text          not null,
    confidence          numeric(5,4)  not null check (confidence between 0 and 1),
    evidence            text,
    status              text          not null default 'posted' check (status in ('posted', 'reversed')),
    posted_at           timestamptz   not null
);
create index allocation_invoice on allocation (invoice_id);
create index allocation_transaction on allocation (bank_transaction_id);
create index allocation_customer on allocation (customer_id);

create table exception_item (
    exception_id        bigint generated always as identity primary key,
    bank_transaction_id bigint      not null references bank_transaction,
    reason              text        not null,
    detail              text,
    -- ranked suggestions: [{"invoice_number": ..., "customer_id": ..., "amount": ..., "score": ..., "why": ...}]
    suggestions         jsonb       not null default '[]',
    status              text        not null default 'open' check (status in ('open', 'resolved')),
    created_at          timestamptz not null,
    constraint exception_item_once_per_transaction unique (bank_transaction_id)
);
create index exception_item_open on exception_item (created_at) where status = 'open';
