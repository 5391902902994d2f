package org.opendoors.city.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.city.domain.City;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date where the city is ("in 3 days" on a profile changes at the city's midnight, not the server's). */
@ApplicationScoped
public class CityClock {

    @Inject
    private CityDirectory city;

    /** The zone of the last city asked about: every family request asks, and the city changes only on a publish. */
    private volatile Zone zone;

    private record Zone(City of, ZoneId id) {
    }

    /** In the zone of the city being rendered (the published one, or a preview's). */
    public LocalDate today() {
        return today(city.city());
    }

    /**
     * In the zone of {@code current}: for a caller that holds the city already (the page cache's key is made for
     * every family request, before any render has chosen a city, and looking it up again cost a tenth of a cached
     * answer's time).
     */
    public LocalDate today(City current) {
        Zone known = zone;
        if (known == null || known.of() != current) {
            known = new Zone(current, current.getZone());
            zone = known;
        }
        return LocalDate.now(known.id());
    }
}
