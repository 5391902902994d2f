-- School photos are content files kept in the same versioned store as texts (as the Base64 of their bytes, see
-- BinaryFiles): a photo of up to 2 MB takes up to 2,796,204 characters. SET DATA TYPE is understood by H2 and
-- PostgreSQL alike; on PostgreSQL a varchar of any length is stored out of line (TOAST) when it is large.
alter table document_version alter column body set data type varchar(3000000);
