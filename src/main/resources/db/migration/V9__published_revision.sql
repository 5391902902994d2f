-- One number for what families are shown: every publish, import and translator's UI text adds one, in the same
-- transaction. Each node compares it with the city it serves and reads the city again when it is behind, so a
-- change made on any node reaches every node, and a node that was down catches up. The row lock also makes
-- publishes on different nodes take turns, so each reads the files the one before it published.
create table published_revision (
    id integer primary key,
    revision bigint not null
);
insert into published_revision (id, revision) values (1, 1);
