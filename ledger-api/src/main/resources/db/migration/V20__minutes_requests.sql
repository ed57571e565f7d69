-- Requests to disclose MAPPA minutes, referred to the meeting's chair, and the chair's decision; the MINUTES
-- shares that disclosed an agreed executive summary are joined to their request when read.
create table minutes_request (
    request_id               varchar(36)   not null primary key,
    smb_body_id              varchar(64)   not null,
    chair_body_id            varchar(64)   not null,
    meeting_on               date          not null,
    meeting_level            integer       not null,
    requester                varchar(32)   not null,
    requester_body_id        varchar(64),
    purpose                  varchar(2000) not null,
    received_on              date          not null,
    status                   varchar(32)   not null,
    reasons                  varchar(2000),
    executive_summary_sha256 varchar(64),
    decided_by               varchar(200),
    decided_at               timestamp(6) with time zone
);
create index minutes_request_by_smb on minutes_request (smb_body_id, received_on);
create index minutes_request_by_chair on minutes_request (chair_body_id, received_on);
create index minutes_request_by_requester on minutes_request (requester_body_id, received_on);

create table minutes_disclosure (
    share_id   varchar(36) not null primary key,
    request_id varchar(36) not null
);
create index minutes_disclosure_by_request on minutes_disclosure (request_id);
