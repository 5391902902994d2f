package org.opendoors.school.domain;

import org.opendoors.city.domain.GeoPoint;

/** Where a family measures distances from: a neighbourhood it picked, or a point on the map. */
public record Place(String label, GeoPoint point) {
}
