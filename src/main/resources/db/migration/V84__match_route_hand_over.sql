-- A payment a partition decided for a customer another partition owns is handed to that partition for a second
-- partitioned round, instead of waiting for the serial step: its route then names the owner's partition and the
-- customer, and says it was handed over (the second round reads only those).
alter table match_route add column handed_over boolean not null default false;
