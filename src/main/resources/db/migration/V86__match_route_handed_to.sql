-- A handed-over payment kept its first-round route only until the partition handing it over ended: it then named the
-- receiving partition, whose first round, if still running, read it too and decided it against the first round's
-- picture, in which the handing partition's own decision still held its invoice (the crowded match-quality run
-- referred up to 82 exactly named payments as settled so). The receiving partition is now kept apart, in handed_to,
-- and read only by the second round; the route itself stays as routed.
drop index match_route_handed_over;
alter table match_route drop column handed_over;
alter table match_route add column handed_to integer;
create index match_route_handed_to on match_route (route_id, handed_to, transaction_id) where handed_to is not null;
