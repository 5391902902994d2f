-- The back office: people who run the portal, what they did, and every version of every content file.

create table staff_user (
    username      varchar(60)   not null primary key,
    display_name  varchar(120)  not null,
    password_hash varchar(400)  not null,
    active        boolean       not null,
    created_at    timestamp     not null
);

create table staff_user_role (
    username varchar(60) not null references staff_user (username),
    role     varchar(20) not null,
    primary key (username, role)
);

-- A sequence rather than an identity column: EclipseLink reads identities back with H2 1.x syntax.
create sequence audit_entry_seq start with 1 increment by 1;
create table audit_entry (
    id       bigint        not null primary key,
    at       timestamp     not null,
    actor    varchar(60)   not null,
    action   varchar(40)   not null,
    subject  varchar(300)  not null,
    detail   varchar(2000) not null,
    address  varchar(64)   not null
);
create index audit_entry_at on audit_entry (at);

-- One row per file of the content folder (schools/escola-x/ar.yaml ...). Families see published_version;
-- head_version is the newest saved one. lock_version guards concurrent workflow changes.
create table content_document (
    path              varchar(300) not null primary key,
    kind              varchar(20)  not null,
    item              varchar(200) not null,
    language          varchar(16),
    head_version      integer      not null,
    published_version integer,
    state             varchar(12)  not null,
    lock_version      integer      not null
);
create index content_document_item on content_document (item);

-- Every save is kept: who, when, what, why. based_on_source is the source-language file's version a
-- translation was made from, so the portal can tell when a translation went stale.
create table document_version (
    path            varchar(300) not null references content_document (path),
    number          integer      not null,
    body            varchar(1000000) not null,
    saved_by        varchar(60)  not null,
    saved_at        timestamp    not null,
    note            varchar(500) not null,
    based_on_source integer,
    primary key (path, number)
);
