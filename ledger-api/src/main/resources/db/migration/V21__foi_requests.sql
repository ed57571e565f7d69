-- Freedom of Information requests involving MAPPA cases: the columns a list is ordered and filtered by, and
-- the request as JSON (its consultations and interested parties); each body it concerns, for that body's list.
create table foi_request (
    request_id varchar(36)    not null primary key,
    due_on     date           not null,
    status     varchar(16)    not null,
    view_json  varchar(100000) not null
);
create index foi_request_by_due on foi_request (status, due_on);

create table foi_request_party (
    request_id varchar(36) not null,
    body_id    varchar(64) not null,
    primary key (request_id, body_id)
);
create index foi_request_party_by_body on foi_request_party (body_id);
