package org.opendoors.content.reader;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the district outlines file: a GeoJSON FeatureCollection whose features carry {@code properties.district}
 * and a Polygon or MultiPolygon geometry. JSON is read with the same YAML reader, so every problem has a line.
 */
final class GeoJsonOutlines {

    private GeoJsonOutlines() {
    }

    static Map<String, Outline> read(Problems problems, String file, Node root) {
        Map<String, Outline> outlines = new HashMap<>();
        Optional<YamlMap> collection = YamlMap.root(problems, file, root);
        if (collection.isEmpty()) {
            return outlines;
        }
        YamlMap features = collection.get();
        features.allowOnly(Set.of("type", "features", "name", "crs", "bbox"));
        if (!"FeatureCollection".equals(features.requiredText("type"))) {
            features.problem("type", "must be FeatureCollection");
        }
        for (YamlMap feature : features.maps("features", true)) {
            feature.allowOnly(Set.of("type", "properties", "geometry", "id", "bbox"));
            Optional<String> district = feature.map("properties", true).map(p -> {
                p.allowOnly(Set.of("district", "name"));
                return p.requiredText("district");
            }).filter(id -> !id.isEmpty());
            Optional<Outline> outline = feature.map("geometry", true).flatMap(g -> geometry(problems, g));
            if (district.isPresent() && outline.isPresent()) {
                if (outlines.put(district.get(), outline.get()) != null) {
                    feature.problem("properties", "district '" + district.get() + "' has a second outline");
                }
            }
        }
        return outlines;
    }

    private static Optional<Outline> geometry(Problems problems, YamlMap geometry) {
        geometry.allowOnly(Set.of("type", "coordinates"));
        String type = geometry.requiredText("type");
        Node coordinates = geometry.valueNode("coordinates");
        if (coordinates == null) {
            geometry.problem("coordinates", "is missing");
            return Optional.empty();
        }
        int before = problems.count();
        List<List<double[][]>> polygons = new ArrayList<>();
        switch (type) {
            case "Polygon" -> polygons.add(polygon(geometry, coordinates));
            case "MultiPolygon" -> {
                for (Node polygon : list(geometry, coordinates, "a list of polygons")) {
                    polygons.add(polygon(geometry, polygon));
                }
            }
            default -> geometry.problem("type", "'" + type + "' is not an area; use Polygon or MultiPolygon");
        }
        if (problems.count() > before || polygons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Outline(toJson(type, polygons), polygons));
    }

    private static List<double[][]> polygon(YamlMap geometry, Node node) {
        List<double[][]> rings = new ArrayList<>();
        for (Node ringNode : list(geometry, node, "a list of rings")) {
            List<Node> positions = list(geometry, ringNode, "a list of positions");
            double[][] ring = new double[positions.size()][];
            for (int i = 0; i < positions.size(); i++) {
                ring[i] = position(geometry, positions.get(i));
            }
            if (ring.length < 4) {
                geometry.problem("coordinates", "line " + YamlMap.line(ringNode) + ": a ring needs at least 4 positions");
            } else if (ring[0] != null && ring[ring.length - 1] != null
                    && (ring[0][0] != ring[ring.length - 1][0] || ring[0][1] != ring[ring.length - 1][1])) {
                geometry.problem("coordinates", "line " + YamlMap.line(ringNode) + ": a ring must end where it starts");
            }
            rings.add(ring);
        }
        return rings;
    }

    private static double[] position(YamlMap geometry, Node node) {
        List<Node> numbers = list(geometry, node, "a [longitude, latitude] position");
        if (numbers.size() < 2 || !(numbers.get(0) instanceof ScalarNode lon) || !(numbers.get(1) instanceof ScalarNode lat)) {
            geometry.problem("coordinates", "line " + YamlMap.line(node) + ": a position is [longitude, latitude]");
            return new double[]{0, 0};
        }
        try {
            double longitude = Double.parseDouble(lon.getValue());
            double latitude = Double.parseDouble(lat.getValue());
            if (Math.abs(longitude) > 180 || Math.abs(latitude) > 90) {
                geometry.problem("coordinates", "line " + YamlMap.line(node) + ": [" + longitude + ", " + latitude
                        + "] is not a position on Earth");
            }
            return new double[]{longitude, latitude};
        } catch (NumberFormatException e) {
            geometry.problem("coordinates", "line " + YamlMap.line(node) + ": a position holds two numbers");
            return new double[]{0, 0};
        }
    }

    private static List<Node> list(YamlMap geometry, Node node, String expected) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        geometry.problem("coordinates", "line " + YamlMap.line(node) + ": expected " + expected);
        return List.of();
    }

    private static String toJson(String type, List<List<double[][]>> polygons) {
        StringBuilder json = new StringBuilder("{\"type\":\"").append(type).append("\",\"coordinates\":");
        if (type.equals("MultiPolygon")) {
            json.append('[');
        }
        for (int p = 0; p < polygons.size(); p++) {
            json.append(p > 0 ? "," : "").append('[');
            List<double[][]> rings = polygons.get(p);
            for (int r = 0; r < rings.size(); r++) {
                json.append(r > 0 ? "," : "").append('[');
                double[][] ring = rings.get(r);
                for (int i = 0; i < ring.length; i++) {
                    json.append(i > 0 ? "," : "").append('[').append(ring[i][0]).append(',').append(ring[i][1]).append(']');
                }
                json.append(']');
            }
            json.append(']');
        }
        if (type.equals("MultiPolygon")) {
            json.append(']');
        }
        return json.append('}').toString();
    }
}
