-- Challenges issued to a body's business manager: registering a certificate proves possession of its
-- private key by signing one. Each is used once and expires.
create table certificate_challenge (
    challenge  varchar(64)  not null primary key,
    body_id    varchar(64)  not null,
    issued_to  varchar(600) not null,
    expires_at timestamp(6) with time zone not null
);
