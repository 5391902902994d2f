package org.opendoors.city.web;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.city.service.CityDirectory;
import org.opendoors.security.web.StaffLanguage;

import java.time.Instant;
import java.util.Date;

/**
 * When something happened, as staff read it in the back office: the date and time in the city's time zone, written
 * by ICU in the back office's language ("Dec 7, 2026, 7:04 AM"), never an ISO instant with nanoseconds.
 */
@Named
@ApplicationScoped
public class StaffTime {

    @Inject
    private CityDirectory city;
    @Inject
    private StaffLanguage reader;

    public String at(Instant instant) {
        return format(instant, city.city().getZone(), reader.language().locale());
    }

    static String format(Instant instant, java.time.ZoneId zone, ULocale locale) {
        if (instant == null) {
            return "";
        }
        // ICU formats are not thread-safe: one per call, which costs far less than the page it is written on.
        DateFormat format = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, locale);
        format.setTimeZone(TimeZone.getTimeZone(zone.getId()));
        return format.format(Date.from(instant));
    }
}
