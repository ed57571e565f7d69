-- Agreements are listed by title a page at a time (keyset paging on title, then id). The agreements read model is
-- rebuilt from the events on the next start, so that agreements recorded before this version have their title.
alter table agreement_record add column title varchar(300);
create index agreement_record_by_title on agreement_record (title, agreement_id);
delete from agreement_party;
delete from agreement_record;
delete from legislative_change;
delete from token_entry where processor_name = 'agreements';
