-- The posts bodies fill with named contacts and nominees. The holder's name and contact details are stored
-- only encrypted under their own subject key (subject_key), so erasing the subject erases them here too.
create table contact_post (
    post_id           varchar(36)  not null primary key,
    body_id           varchar(64)  not null,
    role              varchar(48)  not null,
    for_body_id       varchar(64),
    title             varchar(200) not null,
    holder_subject_id uuid,
    holder_name       varchar(2000),
    holder_contact    varchar(2000),
    holder_since      date,
    vacant            boolean      not null
);
create index contact_post_by_body on contact_post (body_id, role);
