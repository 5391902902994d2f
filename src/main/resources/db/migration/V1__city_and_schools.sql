-- The city and its schools as families see them. Types are the common subset of H2 2.x and PostgreSQL.
-- There is deliberately no column for scores, rankings, demand or pupil composition.

create table city (
    id              varchar(40)  primary key,
    name            varchar(200) not null,
    source_language varchar(16)  not null,
    school_year     varchar(40)  not null,
    help_phone      varchar(40)  not null,
    help_email      varchar(200) not null,
    help_address    varchar(300) not null
);

create table district (
    id       varchar(60)     primary key,
    name     varchar(200)    not null,
    position integer         not null,
    outline  varchar(200000) not null
);

create table district_neighbourhood (
    district_id varchar(60)  not null references district (id),
    position    integer      not null,
    name        varchar(200) not null,
    primary key (district_id, position)
);

create table stage_offer (
    stage    varchar(40) primary key,
    from_age integer     not null,
    to_age   integer     not null,
    position integer     not null
);

create table calendar_step (
    id        varchar(60) primary key,
    position  integer     not null,
    starts_on date        not null,
    ends_on   date        not null
);

create table calendar_step_title (
    step_id  varchar(60)  not null references calendar_step (id),
    language varchar(16)  not null,
    title    varchar(400) not null,
    primary key (step_id, language)
);

create table school (
    slug          varchar(100)     primary key,
    name          varchar(200)     not null,
    district_id   varchar(60)      not null references district (id),
    neighbourhood varchar(200)     not null,
    address       varchar(300)     not null,
    postcode      varchar(20)      not null,
    latitude      double precision not null,
    longitude     double precision not null,
    ownership     varchar(40)      not null,
    phone         varchar(40)      not null,
    email         varchar(200)     not null,
    website       varchar(300)
);

create table school_stage (
    school_slug varchar(100) not null references school (slug),
    stage       varchar(40)  not null,
    primary key (school_slug, stage)
);

create table school_approach (
    school_slug varchar(100) not null references school (slug),
    approach    varchar(40)  not null,
    primary key (school_slug, approach)
);

create table school_service (
    school_slug varchar(100) not null references school (slug),
    service     varchar(40)  not null,
    primary key (school_slug, service)
);

create table school_facility (
    school_slug varchar(100) not null references school (slug),
    facility    varchar(40)  not null,
    primary key (school_slug, facility)
);

create table school_accessibility (
    school_slug varchar(100) not null references school (slug),
    feature     varchar(40)  not null,
    primary key (school_slug, feature)
);

create table school_instruction_language (
    school_slug varchar(100) not null references school (slug),
    position    integer      not null,
    language    varchar(16)  not null,
    primary key (school_slug, position)
);

create table school_community_language (
    school_slug varchar(100) not null references school (slug),
    position    integer      not null,
    language    varchar(16)  not null,
    primary key (school_slug, position)
);

create table school_open_day (
    school_slug varchar(100) not null references school (slug),
    open_on     date         not null,
    starts_at   time         not null,
    ends_at     time         not null,
    primary key (school_slug, open_on, starts_at)
);

create table school_text (
    school_slug         varchar(100)   not null references school (slug),
    language            varchar(16)    not null,
    summary             varchar(2000)  not null,
    pedagogical_project varchar(20000) not null,
    diversity_inclusion varchar(20000) not null,
    daily_life          varchar(20000) not null,
    costs_aid           varchar(20000) not null,
    primary key (school_slug, language)
);
