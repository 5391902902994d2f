package org.opendoors.home.web;

/** A district on the home page: its name, its neighbourhoods and how many schools it has, in words. */
public record DistrictEntry(String name, String neighbourhoods, String schools) {

    public String getName() {
        return name;
    }

    public String getNeighbourhoods() {
        return neighbourhoods;
    }

    public String getSchools() {
        return schools;
    }
}
