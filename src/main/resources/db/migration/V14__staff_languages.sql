-- The language the back office speaks to a member of staff (null: the browser's), and the languages a translator
-- works in (comma-separated tags, empty: none), so their inbox lists the translations that went stale in them.
alter table staff_user add column staff_language varchar(16);
alter table staff_user add column work_languages varchar(100) default '' not null;
