-- Where families live: neighbourhood points for distances, the city's time zone for open-day calendar files,
-- and the proximity (catchment) areas with their schools.

alter table city add column time_zone varchar(60) default 'Europe/Madrid' not null;

alter table district_neighbourhood add column latitude double precision;
alter table district_neighbourhood add column longitude double precision;

create table catchment_area (
    id      varchar(60)     primary key,
    outline varchar(200000) not null
);

create table catchment_area_school (
    area_id     varchar(60)  not null references catchment_area (id),
    school_slug varchar(100) not null references school (slug),
    primary key (area_id, school_slug)
);
