-- Why a publisher sent a file back, kept with the file until its author sends it for review again, so the author
-- reads it in their inbox and in the editor (until now it was written to the audit log only).
alter table content_document add column sent_back_note varchar(500);
alter table content_document add column sent_back_by varchar(60);
alter table content_document add column sent_back_at timestamp;
