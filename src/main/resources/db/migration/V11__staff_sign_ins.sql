-- Back-office sign-ins every node can resume (StaffSignIns): the browser keeps a random token in the
-- opendoors-staff cookie, the database only its SHA-256. A node that never saw the sign-in (the one that did was
-- stopped or killed) finds it here, checks the account as on every request, and the member of staff goes on working.
create table staff_sign_in (
    token_hash varchar(64) primary key,
    username varchar(100) not null,
    security_stamp varchar(100) not null,
    -- The roles the account had at sign-in, comma-separated; the security stamp tells whether they are still its roles.
    roles varchar(200) not null,
    signed_in_at_ms bigint not null,
    last_seen_at_ms bigint not null
);
create index staff_sign_in_by_last_seen on staff_sign_in (last_seen_at_ms);
