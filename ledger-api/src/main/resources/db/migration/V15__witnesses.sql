-- Witnesses (C2SP tlog-witness) that cosign the log's checkpoints: how far each has cosigned, the size last
-- submitted and what went wrong with it (a refusal is not repeated until there is a new checkpoint), and every cosignature obtained, published with the checkpoint it cosigns.
create table ledger_witness (
    name            varchar(255)  not null primary key,
    cosigned_size   bigint        not null,
    attempted_size  bigint        not null,
    last_attempt_at timestamp(6) with time zone,
    last_error      varchar(1000)
);

create table ledger_cosignature (
    tree_size      bigint        not null,
    witness        varchar(255)  not null,
    signature_line varchar(1000) not null,
    cosigned_at    timestamp(6) with time zone not null,
    primary key (tree_size, witness)
);
