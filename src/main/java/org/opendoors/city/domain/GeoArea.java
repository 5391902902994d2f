package org.opendoors.city.domain;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An area as GeoJSON describes it (a district, a catchment area): polygons of rings of [longitude, latitude]
 * positions, the first ring of each polygon its outer edge and the others its holes.
 */
public record GeoArea(String geoJson, List<List<double[][]>> polygons) {

    /** Even-odd ray casting: a point inside an outer ring and outside its holes. */
    public boolean contains(double latitude, double longitude) {
        for (List<double[][]> polygon : polygons) {
            boolean inside = false;
            for (double[][] ring : polygon) {
                if (crossesOddTimes(ring, longitude, latitude)) {
                    inside = !inside;
                }
            }
            if (inside) {
                return true;
            }
        }
        return false;
    }

    /** Reads back a geometry this class wrote ({@link #toGeoJson}); it was validated when the content was imported. */
    @SuppressWarnings("unchecked")
    public static GeoArea fromGeoJson(String geoJson) {
        Map<String, Object> geometry = new Yaml(new SafeConstructor(new LoaderOptions())).load(geoJson);
        List<Object> coordinates = (List<Object>) geometry.get("coordinates");
        List<Object> polygonList = "MultiPolygon".equals(geometry.get("type")) ? coordinates : List.of(coordinates);
        List<List<double[][]>> polygons = new ArrayList<>();
        for (Object polygon : polygonList) {
            List<double[][]> rings = new ArrayList<>();
            for (Object ring : (List<Object>) polygon) {
                List<List<Number>> positions = (List<List<Number>>) ring;
                double[][] points = new double[positions.size()][];
                for (int i = 0; i < points.length; i++) {
                    points[i] = new double[]{positions.get(i).get(0).doubleValue(), positions.get(i).get(1).doubleValue()};
                }
                rings.add(points);
            }
            polygons.add(rings);
        }
        return new GeoArea(geoJson, polygons);
    }

    public static String toGeoJson(String type, List<List<double[][]>> polygons) {
        StringBuilder json = new StringBuilder("{\"type\":\"").append(type).append("\",\"coordinates\":");
        boolean multi = type.equals("MultiPolygon");
        json.append(multi ? "[" : "");
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
        return json.append(multi ? "]" : "").append('}').toString();
    }

    private static boolean crossesOddTimes(double[][] ring, double x, double y) {
        boolean odd = false;
        for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
            double xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                odd = !odd;
            }
        }
        return odd;
    }
}
