package org.opendoors.school;

import org.junit.jupiter.api.Test;
import org.opendoors.city.domain.Neighbourhood;
import org.opendoors.city.domain.Stage;
import org.opendoors.school.domain.Ownership;
import org.opendoors.school.domain.SchoolMatch;
import org.opendoors.school.domain.SchoolQuery;
import org.opendoors.school.domain.SchoolService;
import org.opendoors.school.web.SchoolListRequest;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchoolListRequestTest {

    private static final List<Neighbourhood> PLACES = List.of(new Neighbourhood("Camp d'en Roig", 41.43, 1.67),
            new Neighbourhood("Les Fonts", 41.432, 1.643));

    @Test
    void readsWordsAndFacetsIgnoringWhatMeansNothing() {
        SchoolQuery query = SchoolListRequest.parse(Map.of(
                "q", new String[]{"  música "},
                "stage", new String[]{"primary", "university"},
                "ownership", new String[]{"public"},
                "service", new String[]{"meals", "welcome_class", ""},
                "language", new String[]{"ar"}), PLACES, "map");

        assertEquals("música", query.text());
        assertEquals(Set.of(Stage.PRIMARY), query.stages());
        assertEquals(Set.of(Ownership.PUBLIC), query.ownerships());
        assertEquals(Set.of(SchoolService.MEALS, SchoolService.WELCOME_CLASS), query.services());
        assertEquals(Set.of("ar"), query.languages());
        assertTrue(query.place().isEmpty());
        assertTrue(query.isFiltered());
    }

    @Test
    void aNeighbourhoodFromTheListWinsOverAPointOnTheMap() {
        SchoolQuery query = SchoolListRequest.parse(Map.of("place", new String[]{"camp-den-roig"},
                "near", new String[]{"41.1,1.1"}), PLACES, "map");
        assertEquals("Camp d'en Roig", query.place().orElseThrow().label());
    }

    @Test
    void aPointOnTheMapIsAPlaceToo() {
        SchoolQuery query = SchoolListRequest.parse(Map.of("near", new String[]{"41.42001,1.65002"}), PLACES, "the map");
        assertEquals("the map", query.place().orElseThrow().label());
        assertEquals(41.42001, query.place().orElseThrow().point().getLatitude());
        assertTrue(SchoolListRequest.parse(Map.of("near", new String[]{"north"}), PLACES, "map").place().isEmpty());
        assertTrue(SchoolListRequest.parse(Map.of("near", new String[]{"95,1"}), PLACES, "map").place().isEmpty());
    }

    @Test
    void walkingTimeAllowsForStreetsNotStraightLines() {
        assertEquals(17.0, new SchoolMatch(null, OptionalDouble.of(1000), false).walkingMinutes().getAsDouble());
        assertEquals(1.0, new SchoolMatch(null, OptionalDouble.of(10), false).walkingMinutes().getAsDouble());
    }
}
