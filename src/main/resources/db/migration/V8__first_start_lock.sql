-- One row that nodes started together lock in turn (select … for update) while they fill an empty database with
-- the city and the first admin: the first fills it, the others wait and then find it filled.
create table first_start_lock (
    id integer primary key
);
insert into first_start_lock (id) values (1);
