-- The payment feed collection tools poll, and the webhooks that push it. Every posting path writes the ledger;
-- these triggers write the outbox from the ledger itself, in the posting's own transaction, once per statement
-- (a chunk posted by a multi-row insert or COPY costs one insert here, not one per row).

-- One row per statement: the ids it wrote, so a chunk of a thousand postings costs one narrow row here.
create table feed_outbox (
    outbox_id bigint generated always as identity primary key,
    kind      text     not null check (kind in ('receipt', 'reversal', 'allocation', 'allocation_reversed')),
    ids       bigint[] not null
);

create function feed_journal_entries() returns trigger language plpgsql as $$
begin
    insert into feed_outbox (kind, ids)
    select e.kind, array_agg(e.journal_entry_id order by e.journal_entry_id)
      from new_entries e
     where e.kind in ('receipt', 'reversal')
     group by e.kind;
    return null;
end $$;

create trigger journal_entry_feed after insert on journal_entry
    referencing new table as new_entries
    for each statement execute function feed_journal_entries();

create function feed_allocations() returns trigger language plpgsql as $$
begin
    insert into feed_outbox (kind, ids)
    select 'allocation', array_agg(a.allocation_id order by a.allocation_id)
      from new_allocations a
    having count(*) > 0;
    return null;
end $$;

create trigger allocation_feed after insert on allocation
    referencing new table as new_allocations
    for each statement execute function feed_allocations();

create function feed_reversed_allocations() returns trigger language plpgsql as $$
begin
    insert into feed_outbox (kind, ids)
    select 'allocation_reversed', array_agg(n.allocation_id order by n.allocation_id)
      from new_allocations n
      join old_allocations o on o.allocation_id = n.allocation_id
     where o.status = 'posted' and n.status = 'reversed'
    having count(*) > 0;
    return null;
end $$;

create trigger allocation_reversed_feed after update on allocation
    referencing old table as old_allocations new table as new_allocations
    for each statement execute function feed_reversed_allocations();

-- Published events. Outbox ids may commit out of order (a posting that started first can commit last), so they are
-- no cursor: the one publisher (under an advisory lock) numbers committed outbox rows after the last published id,
-- in one transaction at a time, so feed ids commit in order, without gaps. The payload is frozen at publication: a
-- webhook retried later sends the same body.
create table payment_feed (
    feed_id             bigint        primary key,
    event_type          text          not null,
    occurred_at         timestamptz   not null,
    customer_id         text,
    currency            char(3)       not null,
    amount              numeric(19,4) not null,
    journal_entry_id    bigint,
    allocation_id       bigint,
    bank_transaction_id bigint,
    -- json, not jsonb: kept byte for byte as published, so every delivery sends the same body
    payload             json          not null,
    published_at        timestamptz   not null
);
create index payment_feed_customer on payment_feed (customer_id, feed_id);

create table webhook_endpoint (
    endpoint_id bigint generated always as identity primary key,
    url         text        not null check (url ~ '^https?://'),
    -- Standard Webhooks secret: 'whsec_' and the base64 of the key; kept, since every delivery is signed with it
    secret      text        not null,
    -- event types delivered; empty: all
    event_types text[]      not null default '{}',
    description text,
    created_by  text        not null,
    created_at  timestamptz not null,
    disabled_by text,
    disabled_at timestamptz
);

-- One event to one endpoint: at least once, retried with backoff until delivered or given up.
create table webhook_delivery (
    endpoint_id     bigint      not null references webhook_endpoint,
    feed_id         bigint      not null references payment_feed,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null,
    delivered_at    timestamptz,
    gave_up_at      timestamptz,
    last_status     integer,
    last_error      text,
    primary key (endpoint_id, feed_id)
);
create index webhook_delivery_due on webhook_delivery (next_attempt_at)
    where delivered_at is null and gave_up_at is null;
