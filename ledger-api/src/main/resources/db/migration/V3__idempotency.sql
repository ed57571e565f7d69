-- Responses to requests sent with an Idempotency-Key, so that a retry gets the first answer and
-- records nothing new. Written in the same transaction as the events the first request recorded.
create table idempotency_record (
    username        varchar(255) not null,
    idempotency_key varchar(255) not null,
    request_sha256  varchar(64)  not null,
    status          integer      not null,
    location        varchar(500),
    response_body   varchar      not null,
    created_at      timestamp(6) with time zone not null,
    primary key (username, idempotency_key)
);
