-- The IG lead's dashboard reads these without scanning: shares a month per providing body, kept current by the
-- holdings read model (the month is the share date's month in England and Wales); copies past their retention,
-- oldest first; and the audit trail by kind of event (e.g. refused onward disclosures).
create table shares_by_month (
    body_id varchar(64) not null,
    month_start date        not null,
    shares  integer     not null,
    primary key (body_id, month_start)
);
create index holding_by_retention on holding (retain_until, share_id, body_id);
create index audit_entry_by_type on audit_entry (event_type, global_position);
