package org.opendoors.school.service;

import org.opendoors.school.domain.OpenDay;
import org.opendoors.school.domain.School;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An open day as an iCalendar file (RFC 5545) that any phone's calendar opens. Times are written in UTC from the
 * city's time zone, so the visit lands at the right hour wherever the phone thinks it is.
 */
public final class OpenDayCalendar {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final int MAX_LINE_OCTETS = 75;

    private OpenDayCalendar() {
    }

    public static String ics(School school, OpenDay day, int number, ZoneId cityZone, String summary, String description,
                             String profileUrl, String language, Instant now) {
        Instant start = day.getDay().atTime(day.getStartsAt()).atZone(cityZone).toInstant();
        Instant end = day.getDay().atTime(day.getEndsAt()).atZone(cityZone).toInstant();
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Open Doors//School open days//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + school.getSlug() + "-open-day-" + number + "@open-doors");
        line(ics, "DTSTAMP:" + UTC.format(now));
        line(ics, "DTSTART:" + UTC.format(start));
        line(ics, "DTEND:" + UTC.format(end));
        line(ics, "SUMMARY;LANGUAGE=" + language + ":" + escape(summary));
        line(ics, "DESCRIPTION;LANGUAGE=" + language + ":" + escape(description));
        line(ics, "LOCATION:" + escape(school.getName() + ", " + school.getAddress() + ", " + school.getPostcode()));
        line(ics, "GEO:" + school.getLocation().getLatitude() + ";" + school.getLocation().getLongitude());
        line(ics, "URL:" + profileUrl);
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Lines end with CRLF and fold at 75 octets without splitting a UTF-8 character. */
    private static void line(StringBuilder ics, String line) {
        int octets = 0;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_LINE_OCTETS) {
                ics.append(current).append("\r\n ");
                current.setLength(0);
                octets = 1;
            }
            current.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        ics.append(current).append("\r\n");
    }
}
