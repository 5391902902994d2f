package org.opendoors.city.content;

import org.opendoors.city.domain.GeoPoint;
import org.opendoors.city.domain.StreetStretch;
import org.opendoors.content.reader.Problems;
import org.opendoors.content.reader.Quoted;
import org.opendoors.content.reader.YamlMap;
import org.opendoors.i18n.domain.StaffWording;
import org.yaml.snakeyaml.nodes.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the city's street gazetteer: a GeoJSON FeatureCollection of streets, each a LineString along the street
 * whose {@code properties} name the {@code street}, its {@code postcode} and the house numbers it runs through
 * ({@code from} at the line's first point, {@code to} at its last), or a Point for one address ({@code street},
 * {@code number}, {@code postcode}). A long street may come in several stretches with the same name. Read with the
 * same bounded reader as the district outlines; its positions are counted and reading stops at
 * {@link GeoJsonOutlines#MAX_POSITIONS}.
 */
public final class GeoJsonStreets {

    static final Pattern POSTCODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 -]{1,9}");
    private static final int HIGHEST_NUMBER = 9_999;

    private final Problems problems;
    private int positions;

    private GeoJsonStreets(Problems problems) {
        this.problems = problems;
    }

    public static List<StreetStretch> read(Problems problems, String file, Node root) {
        return new GeoJsonStreets(problems).stretches(file, root);
    }

    private List<StreetStretch> stretches(String file, Node root) {
        List<StreetStretch> stretches = new ArrayList<>();
        for (YamlMap feature : GeoJsonOutlines.featuresOf(problems, file, root)) {
            if (positions > GeoJsonOutlines.MAX_POSITIONS) {
                break;
            }
            Optional<YamlMap> properties = feature.map("properties", true);
            Optional<YamlMap> geometry = feature.map("geometry", true);
            if (properties.isEmpty() || geometry.isEmpty()) {
                continue;
            }
            stretch(properties.get(), geometry.get()).ifPresent(stretches::add);
        }
        return stretches;
    }

    private Optional<StreetStretch> stretch(YamlMap properties, YamlMap geometry) {
        int before = problems.count();
        properties.allowOnly(Set.of("street", "postcode", "from", "to", "number", "name"));
        String street = properties.requiredText("street");
        String postcode = properties.optionalText("postcode").orElse("");
        if (!postcode.isEmpty() && !POSTCODE.matcher(postcode).matches()) {
            properties.problem("postcode", StaffWording.of("city.problem.notPostcode", "value", Quoted.quote(postcode)));
        }
        String type = geometry.requiredText("type");
        Node coordinates = GeoJsonOutlines.coordinates(geometry);
        if (coordinates == null) {
            return Optional.empty();
        }
        List<GeoPoint> line = new ArrayList<>();
        int first = 0;
        int last = 0;
        switch (type) {
            case "LineString" -> {
                List<Node> nodes = GeoJsonOutlines.list(geometry, coordinates, GeoJsonOutlines.Expected.POSITIONS);
                positions += nodes.size();
                if (positions > GeoJsonOutlines.MAX_POSITIONS) {
                    geometry.problem("coordinates", StaffWording.of("city.problem.tooManyStreetPositions",
                            "line", YamlMap.line(coordinates), "max", GeoJsonOutlines.MAX_POSITIONS));
                    return Optional.empty();
                }
                if (nodes.size() < 2) {
                    geometry.problem("coordinates", StaffWording.of("city.problem.streetTooShort", "line", YamlMap.line(coordinates)));
                }
                nodes.forEach(node -> line.add(point(geometry, node)));
                boolean numbered = properties.keys().contains("from") || properties.keys().contains("to");
                if (numbered) {
                    first = properties.requiredInteger("from", 1, HIGHEST_NUMBER);
                    last = properties.requiredInteger("to", 1, HIGHEST_NUMBER);
                }
                if (properties.keys().contains("number")) {
                    properties.problem("number", StaffWording.of("city.problem.numberOnLine", "from", "from", "to", "to"));
                }
            }
            case "Point" -> {
                positions++;
                line.add(point(geometry, coordinates));
                first = properties.requiredInteger("number", 1, HIGHEST_NUMBER);
                last = first;
            }
            default -> geometry.problem("type", StaffWording.of("city.problem.notStreet", "value", Quoted.quote(type)));
        }
        if (problems.count() > before || street.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StreetStretch(street, postcode, first, last, line));
    }

    private static GeoPoint point(YamlMap geometry, Node node) {
        double[] position = GeoJsonOutlines.position(geometry, node);
        return new GeoPoint(Math.max(-90, Math.min(90, position[1])), Math.max(-180, Math.min(180, position[0])));
    }
}
