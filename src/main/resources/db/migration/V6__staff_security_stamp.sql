-- A back-office session is only as good as the account it was opened for: the security stamp changes whenever an
-- account is switched off or on, its roles change or its password is set, and every back-office request compares
-- the stamp its session was opened with against this column (one primary-key lookup), ending the session when they
-- differ. Existing accounts start with the same stamp; the first change gives each its own random one.

alter table staff_user add column security_stamp varchar(64) default 'initial' not null;
