package org.opendoors.city.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.opendoors.city.domain.City;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date where the city is ("in 3 days" on a profile changes at the city's midnight, not the server's). */
@ApplicationScoped
public class CityClock {

    @Inject
    private CityDirectory city;

    /**
     * The last answer, with the city it was for and the instant it stops being true: every family request asks, the
     * city changes only on a publish and the date once a day, so nearly every question is one comparison.
     */
    private volatile Day day;

    private record Day(City of, LocalDate date, long startsAtMillis, long endsAtMillis) {

        static Day of(City city, long nowMillis) {
            ZoneId zone = city.getZone();
            LocalDate date = Instant.ofEpochMilli(nowMillis).atZone(zone).toLocalDate();
            return new Day(city, date, date.atStartOfDay(zone).toInstant().toEpochMilli(),
                    date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
        }

        boolean answers(City city, long nowMillis) {
            return of == city && startsAtMillis <= nowMillis && nowMillis < endsAtMillis;
        }
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
        return today(current, System.currentTimeMillis());
    }

    LocalDate today(City current, long now) {
        Day known = day;
        if (known == null || !known.answers(current, now)) {
            // Another city, or the city's midnight passed (or the system clock was set back).
            known = Day.of(current, now);
            day = known;
        }
        return known.date();
    }
}
