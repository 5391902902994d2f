package org.opendoors.city.web;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffTimeTest {

    private static final Instant MORNING = Instant.parse("2026-12-07T06:04:21.123456789Z");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Test
    void anInstantIsWrittenAsStaffReadItInTheCitysTimeZone() {
        String written = StaffTime.format(MORNING, MADRID, ULocale.ENGLISH);

        assertTrue(written.startsWith("Dec 7, 2026, 7:04"), written);
        assertTrue(written.endsWith("AM"), written);
        assertEquals("", StaffTime.format(null, MADRID, ULocale.ENGLISH));
    }

    @Test
    void itIsWrittenInTheReadersLanguage() {
        assertTrue(StaffTime.format(MORNING, MADRID, ULocale.forLanguageTag("es")).startsWith("7 dic 2026"),
                StaffTime.format(MORNING, MADRID, ULocale.forLanguageTag("es")));
        String arabic = StaffTime.format(MORNING, MADRID, ULocale.forLanguageTag("ar"));
        assertTrue(arabic.contains("٢٠٢٦") || arabic.contains("2026"), arabic);
        assertTrue(arabic.contains("ص"), "the morning as Arabic writes it: " + arabic);
        assertTrue(StaffTime.format(MORNING, MADRID, ULocale.forLanguageTag("ru")).contains("дек"),
                StaffTime.format(MORNING, MADRID, ULocale.forLanguageTag("ru")));
    }
}
