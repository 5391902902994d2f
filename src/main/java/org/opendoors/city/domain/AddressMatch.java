package org.opendoors.city.domain;

import java.util.List;
import java.util.Optional;

/**
 * What the gazetteer makes of an address a family typed: the point it names (with the address as the gazetteer
 * writes it), the streets it could mean when it could mean several, or nothing.
 */
public record AddressMatch(Optional<Found> found, List<String> choices) {

    /** The address as the city's gazetteer writes it ("Carrer de la Riera 12, 08991") and its point. */
    public record Found(String label, GeoPoint point) {
    }

    public AddressMatch {
        choices = List.copyOf(choices);
    }

    static AddressMatch found(String label, GeoPoint point) {
        return new AddressMatch(Optional.of(new Found(label, point)), List.of());
    }

    static AddressMatch choose(List<String> streets) {
        return new AddressMatch(Optional.empty(), streets);
    }

    static AddressMatch none() {
        return new AddressMatch(Optional.empty(), List.of());
    }
}
