-- Which partition of a matchAndPostJob run decides which pending payment. A customer is routed to exactly
-- one partition of a run; a partition posts only to invoices of the customers routed to it.
create table match_route (
    -- the job instance of the run: a restarted run finds its routes again
    route_id       bigint  not null,
    transaction_id bigint  not null references bank_transaction on delete cascade,
    partition_no   integer not null,
    -- the customer the payment was routed by, or null when nothing named one (routed by hash, owns nothing)
    customer_id    text,
    primary key (route_id, transaction_id)
);
create index match_route_partition on match_route (route_id, partition_no, transaction_id);
