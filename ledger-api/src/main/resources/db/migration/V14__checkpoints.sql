-- Each signed tree head is also published as a C2SP tlog-checkpoint: a signed note naming the log (its
-- origin), the tree size and the root, signed with the same Ed25519 key. Heads signed before this column
-- existed have none; the next head signed has one.
alter table ledger_tree_head add column checkpoint varchar(4000);
