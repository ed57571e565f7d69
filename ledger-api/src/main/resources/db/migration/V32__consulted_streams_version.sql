-- The version of the streams commands consult (bodies, agreements, handling arrangements, case reviews, minutes
-- requests): moved on in the transaction of every command that appends an event to one of them, and read once by
-- each command, so that a node serves the states it has folded from them while the version is the one they were
-- folded under, and reads a stream again only after a change (made on any node).
create table consulted_streams_version (
    id      integer not null primary key,
    version bigint  not null
);
insert into consulted_streams_version (id, version) values (1, 0);
