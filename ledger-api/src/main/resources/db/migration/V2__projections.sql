-- Read models. Each belongs to one projection, which can empty and rebuild it from the events.

create table register_body (
    body_id       varchar(64)  not null primary key,
    name          varchar(300) not null,
    kind          varchar(32)  not null,
    mappa_area    varchar(64)  not null,
    registered_at timestamp(6) with time zone not null
);

-- A share's current view as JSON; it is only ever looked up by id.
create table share_record (
    share_id  uuid not null primary key,
    view_json varchar not null
);

create table agreement_record (
    agreement_id uuid        not null primary key,
    status       varchar(32) not null,
    review_due   date,
    terms_json   varchar     not null
);
create index agreement_record_review on agreement_record (status, review_due);

create table agreement_party (
    agreement_id uuid        not null references agreement_record (agreement_id) on delete cascade,
    body_id      varchar(64) not null,
    primary key (agreement_id, body_id)
);
create index agreement_party_by_body on agreement_party (body_id);

create table holding (
    share_id         uuid         not null,
    body_id          varchar(64)  not null,
    role             varchar(32)  not null,
    category         varchar(64)  not null,
    title            varchar(300) not null,
    restricted_title boolean      not null,
    provider_body_id varchar(64)  not null,
    agreement_id     varchar(64)  not null,
    marking          varchar(100) not null,
    held_since       timestamp(6) with time zone not null,
    retain_until     timestamp(6) with time zone not null,
    acknowledged_at  timestamp(6) with time zone,
    withdrawn_at     timestamp(6) with time zone,
    destroyed_at     timestamp(6) with time zone,
    primary key (share_id, body_id)
);
create index holding_by_body on holding (body_id, held_since);
create index holding_unacknowledged on holding (acknowledged_at, held_since);

create table audit_entry (
    global_position bigint        not null primary key,
    event_id        varchar(255)  not null,
    event_type      varchar(255)  not null,
    occurred_at     timestamp(6) with time zone not null,
    actor_user      varchar(255),
    actor_body_id   varchar(64),
    bodies          varchar(4000) not null,
    aggregate_id    varchar(255),
    category        varchar(64),
    classification  varchar(32),
    agreement_id    varchar(64),
    summary         varchar(4000) not null,
    correlation_id  varchar(255)
);
create index audit_entry_by_time on audit_entry (occurred_at);
create index audit_entry_by_category on audit_entry (category, occurred_at);
create index audit_entry_by_agreement on audit_entry (agreement_id);
create index audit_entry_by_actor on audit_entry (actor_user);

create table audit_entry_body (
    global_position bigint      not null references audit_entry (global_position) on delete cascade,
    position        integer     not null,
    body_id         varchar(64) not null,
    primary key (global_position, position)
);
create index audit_entry_body_by_body on audit_entry_body (body_id, global_position);

create table audit_share_context (
    share_id       uuid        not null primary key,
    category       varchar(64) not null,
    classification varchar(32) not null,
    agreement_id   varchar(64) not null
);
