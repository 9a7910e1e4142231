-- Intraday, then end of day: an entry the ledger already posted from an earlier report (a camt.052 or MT942 during
-- the day, a camt.054 notification) is confirmed when the end-of-day statement carries it unchanged, instead of
-- being queued as a duplicate. Only real differences reach a person.

alter table bank_transaction drop constraint bank_transaction_match_status_check;
alter table bank_transaction add constraint bank_transaction_match_status_check
    check (match_status in ('new', 'posted', 'exception', 'not_receivable', 'not_booked', 'confirmed'));

-- An entry of a later report confirming the one an earlier report posted: same account, bank reference, amount
-- and value date.
create table entry_confirmation (
    transaction_id          bigint      primary key references bank_transaction on delete cascade,
    confirms_transaction_id bigint      not null references bank_transaction on delete cascade,
    confirmed_at            timestamptz not null
);
create index entry_confirmation_confirms on entry_confirmation (confirms_transaction_id);

-- An end-of-day statement whose day was compared with the intraday reports posted for it (entries they posted and it
-- does not carry are queued), once.
alter table statement_file add column intraday_checked_at timestamptz;
create index bank_transaction_account_day on bank_transaction (account, booking_date);

-- An entry an end-of-day statement did not carry may be confirmed by a later one: its exception closes itself.
alter table exception_resolution drop constraint exception_resolution_kind_check;
alter table exception_resolution add constraint exception_resolution_kind_check
    check (kind in ('assign', 'on_account', 'non_receivable', 'refund', 'dismiss', 'returned', 'confirmed'));
