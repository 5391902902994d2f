package org.opendoors.school.web;

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

    private static final Pattern POINT = Pattern.compile("(-?\\d{1,2}(?:\\.\\d{1,7})?),(-?\\d{1,3}(?:\\.\\d{1,7})?)");

    private SchoolListRequest() {
    }

    public static SchoolQuery parse(Map<String, String[]> parameters, List<Neighbourhood> neighbourhoods,
                                    String pointLabel) {
        return new SchoolQuery(first(parameters, TEXT).orElse(""),
                codes(parameters, STAGE, Stage.class),
                values(parameters, DISTRICT),
                codes(parameters, OWNERSHIP, Ownership.class),
                codes(parameters, SERVICE, SchoolService.class),
                values(parameters, LANGUAGE),
                codes(parameters, APPROACH, Approach.class),
                place(parameters, neighbourhoods, pointLabel));
    }

    /** A neighbourhood picked from the list wins over a point on the map. */
    static Optional<Place> place(Map<String, String[]> parameters, List<Neighbourhood> neighbourhoods, String pointLabel) {
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
