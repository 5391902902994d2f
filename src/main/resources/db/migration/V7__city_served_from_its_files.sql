-- Families are served from an immutable city built from the published version of every content file
-- (content_document / document_version); nothing ever queried these copies of it, which every publish wiped
-- and wrote again. Children before parents, so no foreign key stands in the way.
drop table if exists catchment_area_school;
drop table if exists catchment_area;
drop table if exists block_text;
drop table if exists block_rule_language;
drop table if exists block_rule_stage;
drop table if exists block_page;
drop table if exists content_block;
drop table if exists guide_faq;
drop table if exists guide_glossary;
drop table if exists guide_document;
drop table if exists guide_step;
drop table if exists guide_page;
drop table if exists school_text;
drop table if exists school_open_day;
drop table if exists school_community_language;
drop table if exists school_instruction_language;
drop table if exists school_accessibility;
drop table if exists school_facility;
drop table if exists school_service;
drop table if exists school_approach;
drop table if exists school_stage;
drop table if exists school;
drop table if exists calendar_step_title;
drop table if exists calendar_step;
drop table if exists stage_offer;
drop table if exists district_neighbourhood;
drop table if exists district;
drop table if exists city;
