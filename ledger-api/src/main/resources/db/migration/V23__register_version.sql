-- A counter the register read model moves on in the same transaction as every change to register_body, so a
-- node can keep the register in memory and know, with one primary-key read, whether it is still current (the
-- body that changed may have been handled by another node).
create table register_version (
    id      integer not null primary key,
    version bigint  not null
);
insert into register_version (id, version) values (1, 0);
