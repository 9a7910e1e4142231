-- Card and PSP settlements: each batch of an acquirer's settlement report with its totals and payout, and every
-- row of the report keyed by the acquirer's own id, so that overlapping reports never stage or post a row twice.

create table settlement_batch (
    settlement_batch_id   bigint generated always as identity primary key,
    -- the report the batch was first read from
    file_id               bigint        not null references statement_file,
    acquirer              text          not null,
    merchant_account      text          not null default '',
    -- the acquirer's id of the batch: Adyen batch number, Stripe payout id, PayPal report day
    batch_ref             text          not null,
    currency              char(3)       not null,
    row_count             integer       not null,
    gross_amount          numeric(19,4) not null,
    fee_amount            numeric(19,4) not null,
    net_amount            numeric(19,4) not null,
    carried_in            numeric(19,4) not null default 0,
    carried_out           numeric(19,4) not null default 0,
    -- what the acquirer pays to the bank for the batch; zero when it carries the balance on
    payout_amount         numeric(19,4) not null,
    payout_reference      text,
    payout_date           date,
    -- null: the report carries no control total for the batch
    balanced              boolean,
    status                text          not null default 'awaiting_payout'
        check (status in ('awaiting_payout', 'paid', 'discrepancy')),
    -- the bank line the payout was found on, once found
    bank_transaction_id   bigint references bank_transaction,
    paid_at               timestamptz,
    created_at            timestamptz   not null,
    constraint settlement_batch_once unique (acquirer, merchant_account, batch_ref, currency)
);
create index settlement_batch_awaiting on settlement_batch (acquirer, currency, payout_date)
    where status = 'awaiting_payout';

create table card_transaction (
    card_transaction_id   bigint generated always as identity primary key,
    file_id               bigint        not null references statement_file,
    settlement_batch_id   bigint        not null references settlement_batch,
    row_index             integer       not null,
    line                  bigint        not null,
    -- acquirer and the acquirer's own id of the row: Adyen PSP reference, type and modification reference,
    -- Stripe balance transaction, PayPal transaction id
    own_key               text          not null,
    acquirer              text          not null,
    kind                  text          not null check (kind in ('sale', 'refund', 'chargeback', 'chargeback_reversal',
        'refund_reversal', 'fee', 'adjustment', 'fx_conversion', 'payout', 'balance_transfer', 'other', 'unknown',
        'info')),
    record_type           text          not null,
    payment_reference     text,
    original_reference    text,
    merchant_references   text[]        not null default '{}',
    description           text,
    payer_name            text,
    payer_account         text,
    booking_date          date,
    -- what the customer paid, in the transaction currency, signed: positive is money to the merchant
    gross_currency        char(3)       not null,
    gross_amount          numeric(19,4) not null,
    exchange_rate         numeric(28,12),
    -- net and fees in the batch's settlement currency
    currency              char(3)       not null,
    net_amount            numeric(19,4) not null,
    fee_commission        numeric(19,4) not null default 0,
    fee_markup            numeric(19,4) not null default 0,
    fee_scheme            numeric(19,4) not null default 0,
    fee_interchange       numeric(19,4) not null default 0,
    fee_other             numeric(19,4) not null default 0,
    payout_reference      text,
    -- whether its settlement entry (fees, conversion, adjustment) is posted
    settlement_status     text          not null default 'new' check (settlement_status in ('new', 'posted', 'none')),
    constraint card_transaction_once unique (own_key)
);
create index card_transaction_batch on card_transaction (settlement_batch_id);
create index card_transaction_file on card_transaction (file_id);
create index card_transaction_to_settle on card_transaction (card_transaction_id) where settlement_status = 'new';

-- A card sale, refund or chargeback is matched like a bank payment: it is staged as a bank_transaction (its account
-- names the acquirer's clearing) that points back at its row here. Null for money on a bank statement.
alter table bank_transaction add column card_transaction_id bigint references card_transaction;
create unique index bank_transaction_card on bank_transaction (card_transaction_id) where card_transaction_id is not null;

-- Closed by Cashpost when the payout turns up on the bank.
alter table exception_resolution drop constraint exception_resolution_kind_check;
alter table exception_resolution add constraint exception_resolution_kind_check
    check (kind in ('assign', 'on_account', 'non_receivable', 'refund', 'dismiss', 'returned', 'confirmed',
                    'payout_found'));

-- A settlement entry books what a report row does beyond the customer's payment: the acquirer's fees by kind, the
-- conversion of a sale in another currency, a deposit correction. It names no bank transaction.
alter table journal_entry drop constraint journal_entry_kind_check;
alter table journal_entry add constraint journal_entry_kind_check
    check (kind in ('receipt', 'reversal', 'resolution', 'settlement'));

-- The expected payout a missing-payout exception is about (an information-only line, never booked).
alter table settlement_batch add column payout_transaction_id bigint references bank_transaction;
