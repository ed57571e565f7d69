-- Keys of data subjects: personal data in events is encrypted under these. Erasure deletes the row.
create table subject_key (
    subject_id    uuid        not null primary key,
    owner_body_id varchar(64) not null,
    key_bytes     bytea       not null,
    created_at    timestamp(6) with time zone not null
);

-- db-scheduler's table, behind Axon's deadline manager: deadlines survive restarts.
create table scheduled_tasks (
    task_name            varchar(255) not null,
    task_instance        varchar(255) not null,
    task_data            bytea,
    execution_time       timestamp(6) with time zone not null,
    picked               boolean      not null,
    picked_by            varchar(255),
    last_success         timestamp(6) with time zone,
    last_failure         timestamp(6) with time zone,
    consecutive_failures integer,
    last_heartbeat       timestamp(6) with time zone,
    version              bigint       not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);

-- CSODS cases as the API shows them, with personal data still sealed.
create table csods_case (
    case_id       uuid        not null primary key,
    force_body_id varchar(64) not null,
    stage         varchar(32) not null,
    received_at   timestamp(6) with time zone not null,
    view_json     varchar     not null
);
create index csods_case_by_force on csods_case (force_body_id, received_at);

create table csods_case_subject (
    case_id    uuid not null references csods_case (case_id) on delete cascade,
    subject_id uuid not null,
    primary key (case_id, subject_id)
);
create index csods_case_subject_by_subject on csods_case_subject (subject_id);

create table csods_missed_deadline (
    case_id       uuid        not null,
    deadline      varchar(32) not null,
    due_at        timestamp(6) with time zone not null,
    force_body_id varchar(64) not null,
    primary key (case_id, deadline, due_at)
);
