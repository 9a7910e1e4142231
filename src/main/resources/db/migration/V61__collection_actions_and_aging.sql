-- What collectors record (promises to pay, disputes, notes, holds), and the aging's buckets up to over 120 days.

-- The nightly aging keeps overdue_over_90 (its CSV column is a contract) and adds its two parts.
alter table customer_aging
    add column overdue_91_120   numeric(19,4) not null default 0,
    add column overdue_over_120 numeric(19,4) not null default 0;

-- A customer's promise to pay an amount by a date. Kept or broken is never stored: it is computed from what was
-- posted for the customer between the promise and its date.
create table payment_promise (
    promise_id    bigint generated always as identity primary key,
    customer_id   text          not null references customer,
    currency      char(3)       not null,
    amount        numeric(19,4) not null check (amount > 0),
    promised_date date          not null,
    note          text,
    created_by    text          not null,
    created_at    timestamptz   not null
);
create index payment_promise_customer on payment_promise (customer_id, currency);

-- An invoice (or part of it) the customer contests: a collector's record, or a deduction a remittance advice
-- names with its reason. The disputed amount leaves the worklist's priority while the dispute is open.
create table dispute (
    dispute_id  bigint generated always as identity primary key,
    invoice_id  bigint        not null references invoice,
    customer_id text          not null references customer,
    currency    char(3)       not null,
    amount      numeric(19,4) not null check (amount > 0),
    reason_code text          not null,
    text        text,
    -- where it comes from, e.g. 'collector' or 'remittance:<source key>'; with the invoice it identifies an
    -- open dispute, so a posting chunk written twice opens it once
    source      text          not null,
    opened_by   text          not null,
    opened_at   timestamptz   not null,
    status      text          not null default 'open' check (status in ('open', 'resolved')),
    resolution  text,
    resolved_by text,
    resolved_at timestamptz,
    constraint dispute_resolution_recorded
        check ((status = 'resolved') = (resolved_at is not null and resolved_by is not null))
);
create unique index dispute_open_once_per_source on dispute (invoice_id, source) where status = 'open';
create index dispute_open_customer on dispute (customer_id) where status = 'open';

create table collection_note (
    note_id     bigint generated always as identity primary key,
    customer_id text        not null references customer,
    invoice_id  bigint references invoice,
    text        text        not null check (length(text) between 1 and 4000),
    created_by  text        not null,
    created_at  timestamptz not null
);
create index collection_note_customer on collection_note (customer_id, created_at);

-- A person stops chasing a customer (a negotiation, insolvency, a key account) until released or until a date.
create table collection_hold (
    hold_id     bigint generated always as identity primary key,
    customer_id text        not null references customer,
    reason      text        not null check (length(reason) between 1 and 1000),
    until       date,
    set_by      text        not null,
    set_at      timestamptz not null,
    released_by text,
    released_at timestamptz
);
create index collection_hold_active on collection_hold (customer_id) where released_at is null;

-- Aging and key figures as of a past day read the allocations posted since; without this they scan them all.
create index allocation_posted_at on allocation (posted_at);
