-- The audit trail keeps a share's title apart from its one-line summary, with whether the share's
-- current marking restricts it, so that who sees a title is decided when the trail is read, from the
-- marking the share has then. The display name of the person who acted is kept beside their stable id.
alter table audit_entry add column actor_name varchar(255);
alter table audit_entry add column title varchar(1000);
alter table audit_entry add column title_restricted boolean default false not null;
create index audit_entry_by_aggregate on audit_entry (aggregate_id);

-- Summaries written before this version can contain titles: the trail is rebuilt from the events.
delete from audit_entry_body;
delete from audit_entry;
delete from audit_share_context;
delete from token_entry where processor_name = 'audit-trail';
alter table audit_share_context add column title_restricted boolean default false not null;
