-- Each annual report as each receiving board got it, and the meeting at which that board considered it
-- (MoU 2-3). The latest report of each pair of boards is picked when read.
create table annual_report (
    share_id         varchar(36)   not null,
    board_body_id    varchar(64)   not null,
    provider_body_id varchar(64)   not null,
    shared_at        timestamp(6) with time zone not null,
    withdrawn        boolean       not null,
    considered_on    date,
    priorities       varchar(20000),
    primary key (share_id, board_body_id)
);
create index annual_report_by_board on annual_report (board_body_id, shared_at);
create index annual_report_by_provider on annual_report (provider_body_id, shared_at);
