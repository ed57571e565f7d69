-- Read models. Each belongs to one projection, which can empty and rebuild it from the events.

create table register_body (
    body_id       varchar(64)  not null primary key,
    name          varchar(300) not null,
    kind          varchar(32)  not null,
    mappa_area    varchar(64)  not null,
    registered_at timestamp(6) with time zone not null
);

create table share_record (
    share_id         uuid         not null primary key,
    category         varchar(64)  not null,
    title            varchar(300) not null,
    provider_body_id varchar(64)  not null,
    lawful_basis     varchar(64)  not null,
    purpose          varchar(2000) not null,
    classification   varchar(32)  not null,
    sensitive        boolean      not null,
    descriptors      varchar(100) not null,
    content_sha256   varchar(64)  not null,
    shared_at        timestamp(6) with time zone not null,
    recorded_by      varchar(255) not null,
    recorded_at      timestamp(6) with time zone not null
);

create table share_recipient (
    share_id uuid        not null references share_record (share_id) on delete cascade,
    position integer     not null,
    body_id  varchar(64) not null,
    primary key (share_id, position)
);

create table holding (
    share_id         uuid         not null,
    body_id          varchar(64)  not null,
    role             varchar(32)  not null,
    category         varchar(64)  not null,
    title            varchar(300) not null,
    provider_body_id varchar(64)  not null,
    marking          varchar(100) not null,
    held_since       timestamp(6) with time zone not null,
    primary key (share_id, body_id)
);
create index holding_by_body on holding (body_id, held_since);

create table audit_entry (
    global_position bigint        not null primary key,
    event_id        varchar(255)  not null,
    event_type      varchar(255)  not null,
    occurred_at     timestamp(6) with time zone not null,
    actor_user      varchar(255),
    actor_body_id   varchar(64),
    aggregate_id    varchar(255),
    category        varchar(64),
    summary         varchar(4000) not null,
    correlation_id  varchar(255)
);
create index audit_entry_by_time on audit_entry (occurred_at);
create index audit_entry_by_category on audit_entry (category, occurred_at);

create table audit_entry_body (
    global_position bigint      not null references audit_entry (global_position) on delete cascade,
    position        integer     not null,
    body_id         varchar(64) not null,
    primary key (global_position, position)
);
create index audit_entry_body_by_body on audit_entry_body (body_id, global_position);
