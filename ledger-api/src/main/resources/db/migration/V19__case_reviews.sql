-- Case reviews registered by boards. The case reference is kept only as an HMAC under a key wrapped by the
-- key-encryption key (case_reference_key), so reviews of the same case find each other and the reference
-- itself is in no table.
create table case_review (
    review_id       varchar(36)  not null primary key,
    board_body_id   varchar(64)  not null,
    kind            varchar(48)  not null,
    case_digest     varchar(64)  not null,
    commissioned_on date         not null,
    registered_at   timestamp(6) with time zone not null
);
create index case_review_by_case on case_review (case_digest);
create index case_review_by_board on case_review (board_body_id, registered_at);

create table review_timescales (
    review_id          varchar(36)   not null,
    other_review_id    varchar(36)   not null,
    completes_by       date          not null,
    other_completes_by date          not null,
    arrangements       varchar(2000) not null,
    agreed_by          varchar(200)  not null,
    agreed_at          timestamp(6) with time zone not null,
    primary key (review_id, other_review_id)
);
create index review_timescales_by_other on review_timescales (other_review_id);

create table case_reference_key (
    name       varchar(64) not null primary key,
    key_bytes  bytea       not null,
    kek_id     varchar(16) not null,
    created_at timestamp(6) with time zone not null
);
