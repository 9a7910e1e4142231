-- importInvoicesJob stages an invoice file here chunk by chunk (a restart goes on where it stopped), then
-- merges it in one transaction: a file is still imported whole or not at all.
create table invoice_import_row (
    import_id         bigint        not null,
    line              bigint        not null,
    invoice_number    text          not null,
    number_key        text          not null,
    customer_id       text          not null,
    customer_name     text          not null,
    currency          char(3)       not null,
    amount            numeric(19,4) not null,
    open_amount       numeric(19,4) not null,
    issue_date        date          not null,
    due_date          date          not null,
    discount_percent  numeric(7,4),
    discount_until    date,
    customer_account  text,
    payment_reference text,
    reference_key     text,
    primary key (import_id, invoice_number)
);
