-- Intake from several sources: SFTP, an inbox folder, HTTP upload, the command line.

-- Spring Integration's metadata store (its schema for PostgreSQL): the SFTP accept-once filter
-- remembers here which remote files were fetched, so a restart never fetches one twice.
create table int_metadata_store (
    metadata_key   varchar(255)  not null,
    metadata_value varchar(4000),
    region         varchar(100)  not null,
    constraint int_metadata_store_pk primary key (metadata_key, region)
);

-- Where a file came from: 'cli', 'inbox', 'upload' or 'sftp:NAME'.
alter table statement_file add column source text not null default 'cli';

-- Deliveries refused because the same bytes came before: nothing read, but every delivery accounted for.
create table file_refusal (
    refusal_id      bigint generated always as identity primary key,
    file_name       text        not null,
    sha256          char(64)    not null,
    source          text        not null,
    refused_at      timestamptz not null,
    earlier_file_id bigint references statement_file on delete cascade,
    reason          text        not null
);
create index file_refusal_refused_at on file_refusal (refused_at);
create index statement_file_received_at on statement_file (received_at);
