-- A body's count of shares in a month is kept in a row per slot: the share's aggregate id's hash modulo 16, as the
-- read models' processor divides events between its segments (by that hash, masked), so that segments counting the
-- same month add to rows of their own and do not wait for each other's commit (they did, 7 ms a batch on average
-- while catching up). A month's count is the sum of its slots. The counts so far become slot 0.
create table shares_by_month_slot (
    body_id     varchar(64) not null,
    month_start date        not null,
    slot        integer     not null,
    shares      integer     not null,
    primary key (body_id, month_start, slot)
);
insert into shares_by_month_slot (body_id, month_start, slot, shares)
select body_id, month_start, 0, shares from shares_by_month;
drop table shares_by_month;
alter table shares_by_month_slot rename to shares_by_month;
