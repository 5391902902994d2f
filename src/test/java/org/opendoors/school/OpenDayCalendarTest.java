package org.opendoors.school;

import org.junit.jupiter.api.Test;
import org.opendoors.city.domain.District;
import org.opendoors.city.domain.GeoPoint;
import org.opendoors.school.domain.ContactDetails;
import org.opendoors.school.domain.OpenDay;
import org.opendoors.school.domain.Ownership;
import org.opendoors.school.domain.School;
import org.opendoors.school.service.OpenDayCalendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenDayCalendarTest {

    private final School school = new School("escola-la-sinia", "Escola La Sínia",
            new District("les-hortes", "Les Hortes", 0, List.of(), "{}"), "La Sínia", "Carrer del Sol, 61", "08995",
            new GeoPoint(41.42697, 1.67201), Ownership.PUBLIC, new ContactDetails("+34 930 45 21 37", "a@b.example", null));

    @Test
    void writesTheVisitInUtcFromTheCitysTimeZone() {
        String ics = OpenDayCalendar.ics(school, new OpenDay(LocalDate.of(2027, 2, 6), LocalTime.of(10, 0), LocalTime.of(12, 30)),
                1, ZoneId.of("Europe/Madrid"), "Jornada de portes obertes: Escola La Sínia", "Truqueu; o escriviu, si cal",
                "http://localhost/ca/schools/escola-la-sinia", "ca", Instant.parse("2026-11-23T10:00:00Z"));

        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assertTrue(ics.contains("\r\nDTSTART:20270206T090000Z\r\n"), ics);
        assertTrue(ics.contains("\r\nDTEND:20270206T113000Z\r\n"), ics);
        assertTrue(ics.contains("DESCRIPTION;LANGUAGE=ca:Truqueu\\; o escriviu\\, si cal"), ics);
        assertTrue(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    }

    @Test
    void foldsLongLinesWithoutBreakingCharacters() {
        String summary = "يوم الأبواب المفتوحة في مدرسة Escola La Sínia — تعالوا مع أطفالكم واطرحوا أسئلتكم";
        String ics = OpenDayCalendar.ics(school, new OpenDay(LocalDate.of(2027, 2, 6), LocalTime.of(10, 0), LocalTime.of(12, 0)),
                1, ZoneId.of("Europe/Madrid"), summary, "", "http://localhost/", "ar", Instant.EPOCH);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertTrue(ics.replace("\r\n ", "").contains(summary));
    }
}
