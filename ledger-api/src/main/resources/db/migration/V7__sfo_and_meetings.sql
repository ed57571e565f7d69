-- Serious Further Offence notifications and their escalations (read model).
create table sfo_notification (
    notification_id varchar(64) not null primary key,
    smb_body_id     varchar(64) not null,
    lscb_body_id    varchar(64) not null,
    recipient_role  varchar(32) not null,
    notified_at     timestamp(6) with time zone not null,
    acknowledge_by  timestamp(6) with time zone not null,
    acknowledged_at timestamp(6) with time zone,
    status          varchar(64) not null
);

-- MAPPA meeting notices to agencies' single points of contact (read model).
create table mappa_meeting_notice (
    notice_id      varchar(64) not null primary key,
    smb_body_id    varchar(64) not null,
    agency_body_id varchar(64) not null,
    meeting_at     timestamp(6) with time zone not null,
    level          integer     not null,
    notice_at      timestamp(6) with time zone not null,
    short_notice   boolean     not null,
    confirmed_role varchar(300),
    attended       boolean,
    explained      boolean,
    escalated_to   varchar(32)
);
create index mappa_meeting_notice_by_agency on mappa_meeting_notice (agency_body_id, attended, explained);
