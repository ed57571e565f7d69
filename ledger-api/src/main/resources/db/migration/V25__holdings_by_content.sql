-- Each copy keeps the SHA-256 of the document shared, so a person holding a document can find the shares of it
-- they may see ("Check a document"). The holdings read model is rebuilt from the events on the next start, so
-- that copies recorded before this version (and the shares a month of V24) are filled in.
alter table holding add column content_sha256 varchar(64);
create index holding_by_content on holding (content_sha256, held_since, share_id);
delete from holding;
delete from shares_by_month;
delete from token_entry where processor_name = 'holdings';
