-- The log's hashes in C2SP tlog-tiles form, so that proofs read O(log n) rows and no node keeps the
-- leaves in memory: 256 hashes of one tree level (level 0: leaf hashes) a row, concatenated. A full tile
-- never changes; the last tile of each level grows as the log does.
create table ledger_tile (
    tile_level integer not null,
    tile_index bigint  not null,
    hashes     bytea   not null,
    primary key (tile_level, tile_index)
);

-- tile_size: leaves already in the tiles (a log sealed before tiles existed is tiled on the next round).
-- sealed_through: the highest event position sealed; sealing reads only events after it, and the gaps
-- below it (positions taken by transactions that had not committed yet), so it never scans the store.
alter table ledger_log_state add column tile_size bigint not null default 0;
alter table ledger_log_state add column sealed_through bigint not null default 0;
update ledger_log_state set sealed_through = coalesce((select max(global_index) from ledger_leaf), 0);

-- A position skipped when sealing: an event may still commit there. Forgotten after a while (a
-- transaction rolled back), but the live verification still reports any event left unsealed.
create table ledger_gap (
    global_index bigint not null primary key,
    seen_at      timestamp(6) with time zone not null
);
insert into ledger_gap (global_index, seen_at)
select e.global_index, current_timestamp from domain_event_entry e
where e.global_index < (select sealed_through from ledger_log_state where id = 1)
  and not exists (select 1 from ledger_leaf l where l.global_index = e.global_index);
