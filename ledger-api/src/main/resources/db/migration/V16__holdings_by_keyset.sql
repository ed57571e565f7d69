-- A body's holdings are read a page at a time by keyset (newest first: held_since, then share_id), so the
-- index carries both; it replaces the index on (body_id, held_since) alone.
create index holding_page on holding (body_id, held_since, share_id);
drop index holding_by_body;
