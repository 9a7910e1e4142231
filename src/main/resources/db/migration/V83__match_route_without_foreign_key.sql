-- A route is a run's note of which partition decides a pending payment, written for every payment of the run at
-- once and deleted with the run. Its foreign key to bank_transaction checked each of those rows one by one (1,000,000
-- lookups, about 5 s of database time for a 1,000,000-payment statement) and protected nothing: routes are written
-- only for staged rows of ingested files, which are never deleted (booked_transactions_stay, and a file is discarded
-- only before it is ingested), and a route whose payment were gone would be read as nothing to decide.
alter table match_route drop constraint match_route_transaction_id_fkey;
