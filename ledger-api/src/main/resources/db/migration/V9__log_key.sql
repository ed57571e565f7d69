-- The log has exactly one signing key: its public key is recorded when the log is created (by the
-- first node to start), and a node whose key does not match it neither seals nor signs.
create table ledger_log_key (
    id             integer       not null primary key check (id = 1),
    public_key_pem varchar(1000) not null,
    recorded_at    timestamp(6) with time zone not null
);
