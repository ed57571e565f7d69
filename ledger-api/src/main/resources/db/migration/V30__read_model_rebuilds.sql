-- Rebuilds of read models, seen by every node. A node that rebuilds a read model keeps its row renewed; while a row
-- is live, every other node stops the processor that feeds that read model (so the rebuilding node can hold all of its
-- segments) and starts it again once the row is gone, has failed, or has not been renewed for a while (its node
-- stopped). A failed rebuild keeps its row, with why, until the next rebuild of that read model.
create table read_model_rebuild (
    read_model     varchar(255)  not null,
    processor_name varchar(255)  not null,
    node_id        varchar(64)   not null,
    renewed_at     timestamp     not null,
    failure        varchar(2000),
    constraint read_model_rebuild_pk primary key (read_model)
);
