-- Bodies are renamed, merged and closed through the API: the register shows where each stands and the names
-- it had before (a JSON array, oldest first).
alter table register_body add column status varchar(16) not null default 'ACTIVE';
alter table register_body add column successor_body_id varchar(64);
alter table register_body add column former_names varchar(4000) not null default '[]';
