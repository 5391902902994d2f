-- The application guide per language, and the targeted blocks with the rules of who sees them.

create table guide_page (
    language        varchar(16)    primary key,
    title           varchar(300)   not null,
    intro           varchar(20000) not null,
    documents_intro varchar(2000)  not null,
    criteria        varchar(20000) not null
);

create table guide_step (
    language      varchar(16)    not null references guide_page (language),
    position      integer        not null,
    calendar_step varchar(60)    not null,
    body          varchar(20000) not null,
    primary key (language, position)
);

create table guide_document (
    language varchar(16)   not null references guide_page (language),
    position integer       not null,
    document varchar(2000) not null,
    primary key (language, position)
);

create table guide_glossary (
    language varchar(16)    not null references guide_page (language),
    position integer        not null,
    entry_id varchar(60)    not null,
    heading  varchar(500)   not null,
    body     varchar(20000) not null,
    primary key (language, position)
);

create table guide_faq (
    language varchar(16)    not null references guide_page (language),
    position integer        not null,
    entry_id varchar(60)    not null,
    heading  varchar(500)   not null,
    body     varchar(20000) not null,
    primary key (language, position)
);

create table content_block (
    id                         varchar(60) primary key,
    position                   integer     not null,
    when_newcomer              boolean,
    when_first_application     boolean,
    when_needs_help_with_costs boolean
);

create table block_page (
    block_id varchar(60) not null references content_block (id),
    page     varchar(20) not null,
    primary key (block_id, page)
);

create table block_rule_stage (
    block_id varchar(60) not null references content_block (id),
    stage    varchar(40) not null,
    primary key (block_id, stage)
);

create table block_rule_language (
    block_id varchar(60) not null references content_block (id),
    language varchar(16) not null,
    primary key (block_id, language)
);

create table block_text (
    block_id varchar(60)    not null references content_block (id),
    language varchar(16)    not null,
    title    varchar(300)   not null,
    body     varchar(20000) not null,
    primary key (block_id, language)
);
