package org.opendoors.school.domain;

import java.util.List;

/**
 * Every school of the city, in folder order, and the catchment areas that say which schools are near an address:
 * the schools' part of a content folder.
 */
public record SchoolCatalog(List<School> schools, List<CatchmentArea> catchmentAreas) {

    public SchoolCatalog {
        schools = List.copyOf(schools);
        catchmentAreas = List.copyOf(catchmentAreas);
    }
}
