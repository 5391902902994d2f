-- Translators' changes to the UI bundles made in the back office. The shipped i18n/ files stay as built; a row here
-- overrides its key in one language, live on the portal and across restarts, until the files are downloaded and
-- committed. source_fingerprint is the English text the row was made from (as in i18n/messages.meta.properties):
-- when the English source changes, the row is stale.

create table ui_translation (
    language           varchar(16)    not null,
    message_key        varchar(200)   not null,
    message_text       varchar(20000) not null,
    source_fingerprint varchar(16)    not null,
    state              varchar(12)    not null,
    translated_by      varchar(60)    not null,
    translated_at      timestamp      not null,
    reviewed_by        varchar(60),
    reviewed_at        timestamp,
    primary key (language, message_key)
);
