-- A translator's new UI text reaches families only once another translator or a publisher has reviewed it. Until
-- then families keep what they saw: the text last reviewed (kept here while a newer one waits), or, when none was,
-- the shipped i18n/ file's. Rows saved before this change were live at once; they stay so until they are next saved.
alter table ui_translation add column live_text varchar(20000);
alter table ui_translation add column live_fingerprint varchar(16);
update ui_translation set live_text = message_text, live_fingerprint = source_fingerprint where state = 'translated';
