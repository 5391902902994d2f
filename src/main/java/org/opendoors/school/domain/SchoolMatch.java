package org.opendoors.school.domain;

import java.util.OptionalDouble;

/** A school found for a family, with its distance from the family's place and whether it is a proximity school. */
public record SchoolMatch(School school, OptionalDouble metres, boolean proximity) {

    /** Streets are not straight lines: a walking route is about a quarter longer; people walk about 75 m a minute. */
    public static final double DETOUR = 1.25;
    public static final double METRES_WALKED_PER_MINUTE = 75;

    public OptionalDouble walkingMinutes() {
        return metres.isPresent()
                ? OptionalDouble.of(Math.max(1, Math.ceil(metres.getAsDouble() * DETOUR / METRES_WALKED_PER_MINUTE)))
                : OptionalDouble.empty();
    }
}
