package org.opendoors.school.web;

import org.opendoors.city.domain.AddressMatch;
import org.opendoors.city.domain.GeoPoint;
import org.opendoors.city.domain.Neighbourhood;
import org.opendoors.city.domain.Stage;
import org.opendoors.i18n.domain.ContentCode;
import org.opendoors.platform.web.Slugs;
import org.opendoors.school.domain.Approach;
import org.opendoors.school.domain.Ownership;
import org.opendoors.school.domain.Place;
import org.opendoors.school.domain.SchoolQuery;
import org.opendoors.school.domain.SchoolService;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the school finder's URL ({@code ?q=…&stage=primary&service=meals&place=les-fonts}) into a query. The whole
 * search lives in the URL, so it can be shared, bookmarked and taken back with the browser's Back button.
 * Values that mean nothing are ignored rather than refused: a family following an old link still gets a list.
 */
public final class SchoolListRequest {

    public static final String TEXT = "q";
    public static final String STAGE = "stage";
    public static final String DISTRICT = "district";
    public static final String OWNERSHIP = "ownership";
    public static final String SERVICE = "service";
    public static final String LANGUAGE = "language";
    public static final String APPROACH = "approach";
    public static final String PLACE = "place";
    public static final String NEAR = "near";
    public static final String ADDRESS = "address";

    /** What went wrong with where the family said it lives, if anything. */
    public enum PlaceProblem { NONE, ADDRESS_NOT_FOUND, ADDRESS_CHOICES, OUTSIDE_CITY }

    /**
     * Where the family said it lives, as the finder read it: the place distances are measured from, or why there is
     * none, with the streets an address could mean.
     */
    public record WhereFrom(Optional<Place> place, PlaceProblem problem, String address, List<String> choices) {

        static final WhereFrom NOWHERE = new WhereFrom(Optional.empty(), PlaceProblem.NONE, "", List.of());

        public WhereFrom {
            choices = List.copyOf(choices);
        }

        static WhereFrom at(Place place) {
            return new WhereFrom(Optional.of(place), PlaceProblem.NONE, "", List.of());
        }
    }

    /** The city's places as the finder needs them: its neighbourhoods, its streets and its outline. */
    public interface CityPlaces {

        List<Neighbourhood> neighbourhoods();

        AddressMatch findAddress(String typed);

        boolean contains(GeoPoint point);
    }

    private static final Pattern POINT = Pattern.compile("(-?\\d{1,2}(?:\\.\\d{1,7})?),(-?\\d{1,3}(?:\\.\\d{1,7})?)");

    private SchoolListRequest() {
    }

    public static SchoolQuery parse(Map<String, String[]> parameters, WhereFrom whereFrom) {
        return new SchoolQuery(first(parameters, TEXT).orElse(""),
                codes(parameters, STAGE, Stage.class),
                values(parameters, DISTRICT),
                codes(parameters, OWNERSHIP, Ownership.class),
                codes(parameters, SERVICE, SchoolService.class),
                values(parameters, LANGUAGE),
                codes(parameters, APPROACH, Approach.class),
                whereFrom.place());
    }

    /**
     * An address typed wins over a neighbourhood picked from the list, which wins over a point on the map: the
     * family's own words are the most precise. A point outside the city gives no distances; it would tell a family
     * it is hundreds of kilometres, or thousands of minutes on foot, from every school.
     */
    public static WhereFrom whereFrom(Map<String, String[]> parameters, CityPlaces city, String pointLabel) {
        Optional<String> address = first(parameters, ADDRESS);
        if (address.isPresent()) {
            AddressMatch match = city.findAddress(address.get());
            if (match.found().isPresent()) {
                AddressMatch.Found found = match.found().get();
                return city.contains(found.point()) ? WhereFrom.at(new Place(found.label(), found.point()))
                        : new WhereFrom(Optional.empty(), PlaceProblem.OUTSIDE_CITY, address.get(), List.of());
            }
            return new WhereFrom(Optional.empty(), match.choices().isEmpty() ? PlaceProblem.ADDRESS_NOT_FOUND
                    : PlaceProblem.ADDRESS_CHOICES, address.get(), match.choices());
        }
        Optional<Place> neighbourhood = neighbourhood(parameters, city.neighbourhoods());
        if (neighbourhood.isPresent()) {
            return WhereFrom.at(neighbourhood.get());
        }
        Optional<Place> point = point(parameters, pointLabel);
        if (point.isPresent() && !city.contains(point.get().point())) {
            return new WhereFrom(Optional.empty(), PlaceProblem.OUTSIDE_CITY, "", List.of());
        }
        return point.map(WhereFrom::at).orElse(WhereFrom.NOWHERE);
    }

    private static Optional<Place> neighbourhood(Map<String, String[]> parameters, List<Neighbourhood> neighbourhoods) {
        Optional<String> slug = first(parameters, PLACE);
        if (slug.isPresent()) {
            Optional<Place> neighbourhood = neighbourhoods.stream()
                    .filter(candidate -> Slugs.of(candidate.getName()).equals(slug.get()))
                    .findFirst()
                    .map(found -> new Place(found.getName(),
                            new GeoPoint(found.location().orElseThrow()[0], found.location().orElseThrow()[1])));
            if (neighbourhood.isPresent()) {
                return neighbourhood;
            }
        }
        return Optional.empty();
    }

    private static Optional<Place> point(Map<String, String[]> parameters, String pointLabel) {
        return first(parameters, NEAR).map(POINT::matcher).filter(Matcher::matches).flatMap(point -> {
            double latitude = Double.parseDouble(point.group(1));
            double longitude = Double.parseDouble(point.group(2));
            if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
                return Optional.empty();
            }
            return Optional.of(new Place(pointLabel, new GeoPoint(latitude, longitude)));
        });
    }

    private static Optional<String> first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null ? Optional.empty()
                : Arrays.stream(values).map(String::strip).filter(value -> !value.isEmpty()).findFirst();
    }

    private static Set<String> values(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null ? Set.of() : Arrays.stream(values).map(String::strip)
                .filter(value -> !value.isEmpty()).collect(Collectors.toSet());
    }

    private static <E extends Enum<E> & ContentCode> Set<E> codes(Map<String, String[]> parameters, String name,
                                                                  Class<E> type) {
        Set<E> codes = EnumSet.noneOf(type);
        values(parameters, name).forEach(value -> ContentCode.parse(type, value).ifPresent(codes::add));
        return codes;
    }
}
