package org.opendoors.city.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffTimeTest {

    @Test
    void anInstantIsWrittenAsStaffReadItInTheCitysTimeZone() {
        String written = StaffTime.format(Instant.parse("2026-12-07T06:04:21.123456789Z"), ZoneId.of("Europe/Madrid"));

        assertTrue(written.startsWith("Dec 7, 2026, 7:04"), written);
        assertTrue(written.endsWith("AM"), written);
        assertEquals("", StaffTime.format(null, ZoneId.of("Europe/Madrid")));
    }
}
