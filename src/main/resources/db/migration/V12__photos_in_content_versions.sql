-- Photos and the video guide are content files kept in the same versioned store as texts (as the Base64 of their
-- bytes, see BinaryFiles): a video of up to 7 MB takes up to 9,786,712 characters, within PostgreSQL's largest
-- varchar (10,485,760). SET DATA TYPE is understood by H2 and PostgreSQL alike; PostgreSQL stores a large value out
-- of line (TOAST), so texts, the most rows by far, are stored as before.
alter table document_version alter column body set data type varchar(10000000);
