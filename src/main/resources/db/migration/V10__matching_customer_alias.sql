-- Other names a customer pays under (trading names, former names, a parent paying for it):
-- matching compares the payer's name with these as with the customer's own name.
create table customer_alias (
    customer_id text        not null references customer on delete cascade,
    alias       text        not null,
    created_at  timestamptz not null default now(),
    primary key (customer_id, alias)
);
