-- Open receivables by customer, currency and days overdue, as of the last nightly run: what collectors read.
create table customer_aging (
    customer_id  text          not null references customer on delete cascade,
    currency     char(3)       not null,
    as_of        date          not null,
    not_due      numeric(19,4) not null,
    overdue_1_30 numeric(19,4) not null,
    overdue_31_60 numeric(19,4) not null,
    overdue_61_90 numeric(19,4) not null,
    overdue_over_90 numeric(19,4) not null,
    refreshed_at timestamptz   not null,
    primary key (customer_id, currency)
);
