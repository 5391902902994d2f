package org.opendoors.content.reader;

import java.util.List;

/**
 * A district's area as GeoJSON describes it: polygons of rings of [longitude, latitude] positions, the first ring
 * of each polygon its outer edge and the others its holes.
 */
record Outline(String geoJson, List<List<double[][]>> polygons) {

    /** Even-odd ray casting: a point inside an outer ring and outside its holes. */
    boolean contains(double latitude, double longitude) {
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
