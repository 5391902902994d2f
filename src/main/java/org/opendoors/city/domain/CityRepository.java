package org.opendoors.city.domain;

import java.util.List;
import java.util.Optional;

public interface CityRepository {

    Optional<City> city();

    List<District> districts();

    List<StageOffer> stages();

    List<CalendarStep> calendar();

    StreetGazetteer streets();

    /** Whether a point lies in the city, inside one of its districts. */
    boolean contains(GeoPoint point);
}
