package org.opendoors.city.service;

import org.junit.jupiter.api.Test;
import org.opendoors.city.domain.City;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CityClockTest {

    private static final City VALLMAR = city("Europe/Madrid");
    private static final City AUCKLAND = city("Pacific/Auckland");

    @Test
    void theDateChangesAtTheCitysMidnightNotTheServers() {
        CityClock clock = new CityClock();
        // 22:59:59 UTC on 6 December is 23:59:59 in Madrid; one second later it is 7 December there.
        assertEquals(LocalDate.of(2026, 12, 6), clock.today(VALLMAR, millis("2026-12-06T22:59:59Z")));
        assertEquals(LocalDate.of(2026, 12, 7), clock.today(VALLMAR, millis("2026-12-06T23:00:00Z")));
    }

    @Test
    void anotherCityIsAnsweredInItsOwnZone() {
        CityClock clock = new CityClock();
        long instant = millis("2026-12-06T12:00:00Z");
        assertEquals(LocalDate.of(2026, 12, 6), clock.today(VALLMAR, instant));
        assertEquals(LocalDate.of(2026, 12, 7), clock.today(AUCKLAND, instant));
        assertEquals(LocalDate.of(2026, 12, 6), clock.today(VALLMAR, instant));
    }

    @Test
    void aClockSetBackIsFollowed() {
        CityClock clock = new CityClock();
        assertEquals(LocalDate.of(2026, 12, 7), clock.today(VALLMAR, millis("2026-12-06T23:30:00Z")));
        assertEquals(LocalDate.of(2026, 12, 6), clock.today(VALLMAR, millis("2026-12-06T22:30:00Z")));
    }

    @Test
    void aDayWithADaylightSavingChangeEndsAtItsOwnMidnight() {
        CityClock clock = new CityClock();
        // 29 March 2026 in Madrid has 23 hours: it ends at 22:00 UTC.
        assertEquals(LocalDate.of(2026, 3, 29), clock.today(VALLMAR, millis("2026-03-29T21:59:59Z")));
        assertEquals(LocalDate.of(2026, 3, 30), clock.today(VALLMAR, millis("2026-03-29T22:00:00Z")));
    }

    private static City city(String zone) {
        return new City("Vallmar", "ca", "2026-2027", zone, "+34 930 00 00 00", "help@example.org", "Plaça 1");
    }

    private static long millis(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }
}
