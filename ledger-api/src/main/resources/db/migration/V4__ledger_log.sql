-- The tamper-evident log: every stored event sealed as a leaf of an RFC 6962 Merkle tree, and the
-- signed tree heads. Leaves are numbered in the order they were sealed.

create table ledger_leaf (
    leaf_index       bigint       not null primary key,
    global_index     bigint       not null unique,
    event_identifier varchar(255) not null unique,
    leaf_hash        bytea        not null,
    sealed_at        timestamp(6) with time zone not null
);

create table ledger_tree_head (
    tree_size bigint       not null primary key,
    root_hash bytea        not null,
    signed_at timestamp(6) with time zone not null,
    signature bytea        not null
);
create index ledger_tree_head_by_time on ledger_tree_head (signed_at);

-- One row: the number of leaves sealed. Sealers lock it, so only one seals at a time.
create table ledger_log_state (
    id         integer not null primary key,
    leaf_count bigint  not null
);
insert into ledger_log_state (id, leaf_count) values (1, 0);
