package org.opendoors.school.web;

import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.LocaleFormats;
import org.opendoors.i18n.service.Messages;
import org.opendoors.school.domain.OpenDay;

import java.util.Map;

/** An open day written out in a language: "Saturday, February 6, 2027, 10:00 AM – 12:00 PM". */
final class OpenDayLabels {

    private OpenDayLabels() {
    }

    static String when(Messages messages, SupportedLanguage language, OpenDay day) {
        return messages.format(language, "school_profile.open_day", Map.of(
                "date", LocaleFormats.fullDate(language, day.getDay()),
                "time", LocaleFormats.timeRange(language, day.getStartsAt(), day.getEndsAt()))).text();
    }
}
