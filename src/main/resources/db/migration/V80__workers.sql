-- Worker JVMs (`cashpost worker`) that take partitions of matchAndPostStep from the JVM running the job.

-- Every worker registers here. It is alive while it holds its advisory lock (key: 1129 and its worker_id,
-- which PostgreSQL drops with its connection, a SIGKILL included) and keeps heartbeat_at fresh (which catches
-- a machine that vanished without closing its connection).
create table worker (
    worker_id    bigint generated always as identity primary key,
    name         text        not null,
    threads      integer     not null check (threads > 0),
    started_at   timestamptz not null,
    heartbeat_at timestamptz not null,
    stopped_at   timestamptz
);

-- Which JVM runs (ran) each partition. The row is the claim: whoever inserts it runs the partition, so a request
-- delivered twice, or taken over by the manager, is run once.
create table partition_placement (
    step_execution_id bigint      primary key references batch_step_execution on delete cascade,
    -- null when the partition ran in the job's own JVM
    worker_id         bigint      references worker on delete set null,
    -- "worker #3 node-a:4121" or "manager node-a:977", kept after the worker row is gone
    runner            text        not null,
    claimed_at        timestamptz not null
);
create index partition_placement_worker on partition_placement (worker_id);

-- Spring Integration's JDBC channel message store (its schema for PostgreSQL): partition requests wait here
-- until a worker takes one, with `for update skip locked`.
create sequence int_message_seq start with 1 increment by 1 no cycle;
create table int_channel_message (
    message_id       char(36)     not null,
    group_key        char(36)     not null,
    created_date     bigint       not null,
    message_priority bigint,
    message_sequence bigint       not null default nextval('int_message_seq'),
    message_content  bytea,
    region           varchar(100) not null,
    constraint int_channel_message_pk primary key (region, group_key, created_date, message_sequence)
);
create index int_channel_msg_delete_idx on int_channel_message (region, group_key, message_id);

-- Wakes listening workers (cashpost.workers.jdbc.listen=true) the moment a request is stored; the payload is
-- what Spring Integration's PostgresChannelMessageTableSubscriber matches its subscriptions by.
create function int_channel_message_notify_fct() returns trigger as $$
begin
    perform pg_notify('int_channel_message_notify', new.region || ' ' || new.group_key);
    return new;
end;
$$ language plpgsql;

create trigger int_channel_message_notify_trg
    after insert on int_channel_message
    for each row execute procedure int_channel_message_notify_fct();
