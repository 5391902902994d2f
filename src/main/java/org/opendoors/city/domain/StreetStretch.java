package org.opendoors.city.domain;

import java.util.List;

/**
 * A street of the city's gazetteer, or a stretch of one, along a line of points. Its house numbers, when the
 * gazetteer gives them, run from {@code firstNumber} at the line's start to {@code lastNumber} at its end; a single
 * address is a stretch of one point with one number. Numbers are spread evenly along the line: for "which schools
 * are near me" a few dozen metres do not matter, and cities' gazetteers give ranges, not every door.
 *
 * @param firstNumber 0 when the gazetteer gives no numbers for the stretch
 */
public record StreetStretch(String street, String postcode, int firstNumber, int lastNumber, List<GeoPoint> line) {

    public StreetStretch {
        line = List.copyOf(line);
        if (line.isEmpty()) {
            throw new IllegalArgumentException("A street stretch needs at least one point: " + street);
        }
    }

    public boolean numbered() {
        return firstNumber > 0;
    }

    /** How many numbers lie between the number and the stretch's range: 0 when the stretch has it. */
    public int numbersAway(int number) {
        int low = Math.min(firstNumber, lastNumber);
        int high = Math.max(firstNumber, lastNumber);
        return number < low ? low - number : number > high ? number - high : 0;
    }

    /** The point of a house number on the stretch; the middle of the line for a stretch without numbers. */
    public GeoPoint pointOf(int number) {
        if (line.size() == 1) {
            return line.get(0);
        }
        double fraction = !numbered() || firstNumber == lastNumber ? 0.5
                : Math.max(0, Math.min(1, (double) (number - firstNumber) / (lastNumber - firstNumber)));
        return along(fraction);
    }

    public GeoPoint middle() {
        return line.size() == 1 ? line.get(0) : along(0.5);
    }

    private GeoPoint along(double fraction) {
        double[] lengths = new double[line.size() - 1];
        double total = 0;
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = line.get(i).metresTo(line.get(i + 1));
            total += lengths[i];
        }
        double wanted = fraction * total;
        for (int i = 0; i < lengths.length; i++) {
            if (wanted <= lengths[i] || i == lengths.length - 1) {
                double t = lengths[i] == 0 ? 0 : Math.min(1, wanted / lengths[i]);
                GeoPoint a = line.get(i);
                GeoPoint b = line.get(i + 1);
                return new GeoPoint(a.getLatitude() + t * (b.getLatitude() - a.getLatitude()),
                        a.getLongitude() + t * (b.getLongitude() - a.getLongitude()));
            }
            wanted -= lengths[i];
        }
        return line.get(line.size() - 1);
    }
}
