package org.opendoors.city.content;

import org.opendoors.city.domain.GeoArea;
import org.opendoors.content.reader.Problems;
import org.opendoors.content.reader.Quoted;
import org.opendoors.content.reader.YamlMap;
import org.opendoors.i18n.domain.StaffWording;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a file of areas: a GeoJSON FeatureCollection whose features carry an id in {@code properties} (the
 * {@code district} of a district outline, the {@code area} of a catchment area) and a Polygon or MultiPolygon
 * geometry. JSON is read with the same bounded YAML reader (no aliases, a size and a count of values), so every
 * problem has a line; the positions of a file are counted too, and reading stops at {@link #MAX_POSITIONS}.
 */
public final class GeoJsonOutlines {

    /**
     * Positions in one file. A district's outline needs a few hundred; this leaves room for detailed outlines of
     * dozens of districts, and keeps the polygons the portal holds in memory and tests points against small.
     */
    static final int MAX_POSITIONS = 50_000;

    /** What a part of a geometry's coordinates must be, as its problem names it ({@code city.problem.expected}). */
    enum Expected {
        POLYGONS, RINGS, POSITIONS, POSITION;

        /** The select value of the problem's message. */
        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Problems problems;
    private int positions;

    private GeoJsonOutlines(Problems problems) {
        this.problems = problems;
    }

    /** An area read from a feature, with the feature's other properties for the caller to read. */
    public record Feature(GeoArea area, YamlMap properties) {
    }

    public static Map<String, Feature> read(Problems problems, String file, Node root, String idProperty,
                                     Set<String> otherProperties) {
        return new GeoJsonOutlines(problems).features(file, root, idProperty, otherProperties);
    }

    /** A FeatureCollection's features, each checked to hold only a feature's fields; none when it is not one. */
    static List<YamlMap> featuresOf(Problems problems, String file, Node root) {
        Optional<YamlMap> collection = YamlMap.root(problems, file, root);
        if (collection.isEmpty()) {
            return List.of();
        }
        YamlMap features = collection.get();
        features.allowOnly(Set.of("type", "features", "name", "crs", "bbox"));
        if (!"FeatureCollection".equals(features.requiredText("type"))) {
            features.problem("type", StaffWording.of("city.problem.notFeatureCollection"));
        }
        List<YamlMap> all = features.maps("features", true);
        all.forEach(feature -> feature.allowOnly(Set.of("type", "properties", "geometry", "id", "bbox")));
        return all;
    }

    private Map<String, Feature> features(String file, Node root, String idProperty, Set<String> otherProperties) {
        Map<String, Feature> outlines = new LinkedHashMap<>();
        for (YamlMap feature : featuresOf(problems, file, root)) {
            if (positions > MAX_POSITIONS) {
                break;
            }
            Optional<YamlMap> properties = feature.map("properties", true);
            Optional<String> id = properties.map(p -> {
                Set<String> allowed = new HashSet<>(otherProperties);
                allowed.add(idProperty);
                allowed.add("name");
                p.allowOnly(allowed);
                return p.requiredText(idProperty);
            }).filter(text -> !text.isEmpty());
            Optional<GeoArea> outline = feature.map("geometry", true).flatMap(this::geometry);
            if (id.isPresent() && outline.isPresent()) {
                if (outlines.put(id.get(), new Feature(outline.get(), properties.get())) != null) {
                    feature.problem("properties", StaffWording.of("city.problem.secondOutline", "property", idProperty,
                            "value", Quoted.quote(id.get())));
                }
            }
        }
        return outlines;
    }

    /** A geometry's coordinates, after checking it holds only a type and coordinates; null when they are missing. */
    static Node coordinates(YamlMap geometry) {
        geometry.allowOnly(Set.of("type", "coordinates"));
        Node coordinates = geometry.valueNode("coordinates");
        if (coordinates == null) {
            geometry.problem("coordinates", StaffWording.of("city.problem.noCoordinates"));
        }
        return coordinates;
    }

    private Optional<GeoArea> geometry(YamlMap geometry) {
        String type = geometry.requiredText("type");
        Node coordinates = coordinates(geometry);
        if (coordinates == null) {
            return Optional.empty();
        }
        int before = problems.count();
        List<List<double[][]>> polygons = new ArrayList<>();
        switch (type) {
            case "Polygon" -> polygons.add(polygon(geometry, coordinates));
            case "MultiPolygon" -> {
                for (Node polygon : list(geometry, coordinates, Expected.POLYGONS)) {
                    polygons.add(polygon(geometry, polygon));
                }
            }
            default -> geometry.problem("type", StaffWording.of("city.problem.notArea", "value", Quoted.quote(type)));
        }
        if (problems.count() > before || polygons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GeoArea(GeoArea.toGeoJson(type, polygons), polygons));
    }

    private List<double[][]> polygon(YamlMap geometry, Node node) {
        List<double[][]> rings = new ArrayList<>();
        for (Node ringNode : list(geometry, node, Expected.RINGS)) {
            if (positions > MAX_POSITIONS) {
                return rings;
            }
            List<Node> ringPositions = list(geometry, ringNode, Expected.POSITIONS);
            positions += ringPositions.size();
            if (positions > MAX_POSITIONS) {
                geometry.problem("coordinates", StaffWording.of("city.problem.tooManyOutlinePositions",
                        "line", YamlMap.line(ringNode), "max", MAX_POSITIONS));
                return rings;
            }
            double[][] ring = new double[ringPositions.size()][];
            for (int i = 0; i < ringPositions.size(); i++) {
                ring[i] = position(geometry, ringPositions.get(i));
            }
            if (ring.length < 4) {
                geometry.problem("coordinates", StaffWording.of("city.problem.ringTooShort", "line", YamlMap.line(ringNode)));
            } else if (ring[0] != null && ring[ring.length - 1] != null
                    && (ring[0][0] != ring[ring.length - 1][0] || ring[0][1] != ring[ring.length - 1][1])) {
                geometry.problem("coordinates", StaffWording.of("city.problem.ringNotClosed", "line", YamlMap.line(ringNode)));
            }
            rings.add(ring);
        }
        return rings;
    }

    static double[] position(YamlMap geometry, Node node) {
        List<Node> numbers = list(geometry, node, Expected.POSITION);
        if (numbers.size() < 2 || !(numbers.get(0) instanceof ScalarNode lon) || !(numbers.get(1) instanceof ScalarNode lat)) {
            geometry.problem("coordinates", StaffWording.of("city.problem.notPosition", "line", YamlMap.line(node)));
            return new double[]{0, 0};
        }
        try {
            double longitude = Double.parseDouble(lon.getValue());
            double latitude = Double.parseDouble(lat.getValue());
            if (Math.abs(longitude) > 180 || Math.abs(latitude) > 90) {
                geometry.problem("coordinates", StaffWording.of("city.problem.notOnEarth", "line", YamlMap.line(node),
                        "longitude", String.valueOf(longitude), "latitude", String.valueOf(latitude)));
            }
            return new double[]{longitude, latitude};
        } catch (NumberFormatException e) {
            geometry.problem("coordinates", StaffWording.of("city.problem.positionNotNumbers", "line", YamlMap.line(node)));
            return new double[]{0, 0};
        }
    }

    static List<Node> list(YamlMap geometry, Node node, Expected expected) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        geometry.problem("coordinates", StaffWording.of("city.problem.expected", "line", YamlMap.line(node),
                "expected", expected.code()));
        return List.of();
    }
}
