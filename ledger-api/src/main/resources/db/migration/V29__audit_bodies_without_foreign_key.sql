-- The bodies an audit entry involves no longer carry a foreign key to the entry. The audit trail's projection writes an
-- entry and its bodies in the same batch and empties both together, so the key never caught anything; but PostgreSQL
-- checked it for every body of every entry (a lookup and a row lock on the entry), which was a fifth of the database's
-- work while the read models caught up on recorded shares. The table is made anew without it (a constraint named by
-- each database in its own way cannot be dropped by one name).
create table audit_entry_body_v29 (
    global_position bigint      not null,
    position        integer     not null,
    body_id         varchar(64) not null,
    constraint audit_entry_body_pk primary key (global_position, position)
);
insert into audit_entry_body_v29 (global_position, position, body_id)
select global_position, position, body_id from audit_entry_body;
drop table audit_entry_body;
alter table audit_entry_body_v29 rename to audit_entry_body;
create index audit_entry_body_by_body on audit_entry_body (body_id, global_position);
