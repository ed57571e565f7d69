-- Bodies are renamed, merged and closed through the API: the register shows where each stands and the names
-- it had before (a JSON array, oldest first).
alter table register_body add column status varchar(16) not null default 'ACTIVE';
alter table register_body add column successor_body_id varchar(64);
alter table register_body add column former_names varchar(4000) not null default '[]';

-- An agreement reviewed "as required" is due for review once a legislative change is recorded after it was
-- drafted, last reviewed or amended.
alter table agreement_record add column reviewed_at timestamp(6) with time zone;
create table legislative_change (
    change_id    uuid         not null primary key,
    title        varchar(300) not null,
    effective_on date         not null,
    recorded_at  timestamp(6) with time zone not null
);
