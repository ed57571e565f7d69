-- Signing certificates bodies registered for their written consents (read model).
create table certificate_record (
    fingerprint       varchar(64)   not null primary key,
    body_id           varchar(64)   not null,
    subject           varchar(1000) not null,
    issuer            varchar(1000) not null,
    serial_number     varchar(100)  not null,
    not_before        timestamp(6) with time zone not null,
    not_after         timestamp(6) with time zone not null,
    registered_at     timestamp(6) with time zone not null,
    revoked_at        timestamp(6) with time zone,
    revocation_reason varchar(2000)
);
create index certificate_record_by_body on certificate_record (body_id, registered_at);
