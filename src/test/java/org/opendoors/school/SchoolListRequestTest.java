package org.opendoors.school;

import org.junit.jupiter.api.Test;
import org.opendoors.city.domain.AddressMatch;
import org.opendoors.city.domain.GeoPoint;
import org.opendoors.city.domain.Neighbourhood;
import org.opendoors.city.domain.StreetGazetteer;
import org.opendoors.city.domain.StreetStretch;
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
    private static final StreetGazetteer STREETS = new StreetGazetteer(List.of(
            new StreetStretch("Carrer de la Riera", "08991", 1, 99, List.of(new GeoPoint(41.42, 1.64), new GeoPoint(41.43, 1.64))),
            new StreetStretch("Carrer del Mar", "08992", 1, 49, List.of(new GeoPoint(41.41, 1.67), new GeoPoint(41.41, 1.68))),
            new StreetStretch("Carrer de la Mare de Déu", "08992", 1, 9, List.of(new GeoPoint(41.41, 1.66), new GeoPoint(41.41, 1.665))),
            new StreetStretch("Passatge de la Riera", "08991", 1, 9, List.of(new GeoPoint(41.42, 1.65), new GeoPoint(41.42, 1.651))),
            new StreetStretch("Carrer de Fora", "", 1, 9, List.of(new GeoPoint(40.0, 1.0), new GeoPoint(40.0, 1.01)))));
    /** The city lies between 41.3 and 41.5 north, 1.5 and 1.8 east. */
    private static final SchoolListRequest.CityPlaces CITY = new SchoolListRequest.CityPlaces() {
        @Override
        public List<Neighbourhood> neighbourhoods() {
            return PLACES;
        }

        @Override
        public AddressMatch findAddress(String typed) {
            return STREETS.find(typed);
        }

        @Override
        public boolean contains(GeoPoint point) {
            return point.getLatitude() > 41.3 && point.getLatitude() < 41.5 && point.getLongitude() > 1.5 && point.getLongitude() < 1.8;
        }
    };

    private static SchoolQuery parse(Map<String, String[]> parameters, String pointLabel) {
        return SchoolListRequest.parse(parameters, SchoolListRequest.whereFrom(parameters, CITY, pointLabel));
    }

    private static SchoolListRequest.WhereFrom whereFrom(String name, String value) {
        return SchoolListRequest.whereFrom(Map.of(name, new String[]{value}), CITY, "the map");
    }

    @Test
    void aTypedAddressIsFoundInTheCitysStreetsAndWinsOverTheList() {
        SchoolListRequest.WhereFrom riera = SchoolListRequest.whereFrom(Map.of("address", new String[]{"c/ riera, 50"},
                "place", new String[]{"les-fonts"}), CITY, "map");
        assertEquals("Carrer de la Riera 50, 08991", riera.place().orElseThrow().label());
        assertEquals(41.425, riera.place().orElseThrow().point().getLatitude(), 0.0005);
        assertEquals(SchoolListRequest.PlaceProblem.NONE, riera.problem());
    }

    @Test
    void anAddressNotInTheGazetteerOrOutsideTheCityGivesNoPlaceAndSaysWhy() {
        assertEquals(SchoolListRequest.PlaceProblem.ADDRESS_NOT_FOUND, whereFrom("address", "Carrer de la Lluna 3").problem());
        assertTrue(whereFrom("address", "Carrer de la Lluna 3").place().isEmpty());
        assertEquals(SchoolListRequest.PlaceProblem.OUTSIDE_CITY, whereFrom("address", "fora 3").problem());
        assertEquals(SchoolListRequest.PlaceProblem.OUTSIDE_CITY, whereFrom("near", "48.85,2.35").problem());
        assertTrue(whereFrom("near", "48.85,2.35").place().isEmpty());
    }

    @Test
    void anAddressThatCouldMeanSeveralStreetsOffersThem() {
        SchoolListRequest.WhereFrom riera = whereFrom("address", "riera 3");
        assertEquals(SchoolListRequest.PlaceProblem.ADDRESS_CHOICES, riera.problem());
        assertEquals(List.of("Carrer de la Riera", "Passatge de la Riera"), riera.choices());
        assertEquals("Passatge de la Riera 3, 08991", whereFrom("address", "passatge riera 3").place().orElseThrow().label());
        // A word typed whole wins over a word it begins: "mar" is the sea, not Mare de Déu.
        assertEquals("Carrer del Mar 3, 08992", whereFrom("address", "mar 3").place().orElseThrow().label());
        assertEquals("Carrer de la Mare de Déu 3, 08992", whereFrom("address", "MARE DE DEU ٣").place().orElseThrow().label());
        // A postcode the city does not have is not a house number: the street is still found, from its middle.
        assertEquals("Carrer del Mar, 08992", whereFrom("address", "carrer del mar 08999").place().orElseThrow().label());
    }

    @Test
    void readsWordsAndFacetsIgnoringWhatMeansNothing() {
        SchoolQuery query = parse(Map.of(
                "q", new String[]{"  música "},
                "stage", new String[]{"primary", "university"},
                "ownership", new String[]{"public"},
                "service", new String[]{"meals", "welcome_class", ""},
                "language", new String[]{"ar"}), "map");

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
        SchoolQuery query = parse(Map.of("place", new String[]{"camp-den-roig"},
                "near", new String[]{"41.1,1.1"}), "map");
        assertEquals("Camp d'en Roig", query.place().orElseThrow().label());
    }

    @Test
    void aPointOnTheMapIsAPlaceToo() {
        SchoolQuery query = parse(Map.of("near", new String[]{"41.42001,1.65002"}), "the map");
        assertEquals("the map", query.place().orElseThrow().label());
        assertEquals(41.42001, query.place().orElseThrow().point().getLatitude());
        assertTrue(parse(Map.of("near", new String[]{"north"}), "map").place().isEmpty());
        assertTrue(parse(Map.of("near", new String[]{"95,1"}), "map").place().isEmpty());
    }

    @Test
    void walkingTimeAllowsForStreetsNotStraightLines() {
        assertEquals(17.0, new SchoolMatch(null, OptionalDouble.of(1000), false).walkingMinutes().getAsDouble());
        assertEquals(1.0, new SchoolMatch(null, OptionalDouble.of(10), false).walkingMinutes().getAsDouble());
    }
}
