package org.opendoors.i18n;

import org.junit.jupiter.api.Test;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.LocaleFormats;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocaleFormatsTest {

    private static final LocalDate OPEN_DAY = LocalDate.of(2027, 2, 6);

    @Test
    void spanishCollationPutsEnyeAfterN() {
        assertEquals(List.of("Nube", "Ñandú", "Oso"), sort(SupportedLanguage.ES, "Oso", "Ñandú", "Nube"));
    }

    @Test
    void catalanCollationIgnoresAccentsAndTheMiddleDotAtFirstLevel() {
        assertEquals(List.of("Escola Àlber", "Escola Col·legi", "Escola Fàbra", "Escola Fabre", "Escola Zeta"),
                sort(SupportedLanguage.CA, "Escola Zeta", "Escola Fabre", "Escola Col·legi", "Escola Fàbra", "Escola Àlber"));
    }

    @Test
    void russianCollationOrdersCyrillicAlphabetically() {
        assertEquals(List.of("Ёлка", "Жук", "Школа"), sort(SupportedLanguage.RU, "Школа", "Жук", "Ёлка"));
    }

    @Test
    void datesAreWrittenAsEachLanguageWritesThem() {
        assertEquals("dissabte, 6 de febrer del 2027", LocaleFormats.fullDate(SupportedLanguage.CA, OPEN_DAY));
        assertEquals("Saturday, February 6, 2027", LocaleFormats.fullDate(SupportedLanguage.EN, OPEN_DAY));
        assertEquals("2027年2月6日星期六", LocaleFormats.fullDate(SupportedLanguage.ZH, OPEN_DAY));
        assertTrue(LocaleFormats.fullDate(SupportedLanguage.AR, OPEN_DAY).contains("فبراير"));
        assertTrue(LocaleFormats.fullDate(SupportedLanguage.RU, OPEN_DAY).contains("февраля"));
    }

    @Test
    void aDateRangeNamesTheSharedMonthOnce() {
        assertEquals("15–21 de juny del 2027",
                LocaleFormats.dateRange(SupportedLanguage.CA, LocalDate.of(2027, 6, 15), LocalDate.of(2027, 6, 21)));
        assertEquals("April 15, 2027",
                LocaleFormats.dateRange(SupportedLanguage.EN, LocalDate.of(2027, 4, 15), LocalDate.of(2027, 4, 15)));
    }

    @Test
    void timesFollowTheLanguagesHourCycle() {
        assertEquals("10:00–12:00", LocaleFormats.timeRange(SupportedLanguage.CA, LocalTime.of(10, 0), LocalTime.of(12, 0)));
        assertEquals("10:00 AM – 12:00 PM",
                LocaleFormats.timeRange(SupportedLanguage.EN, LocalTime.of(10, 0), LocalTime.of(12, 0))
                        .replace('\u202f', ' ').replace('\u2009', ' '));
    }

    @Test
    void relativeDaysAreSaidTheWayEachLanguageSaysThem() {
        assertEquals("in 3 days", LocaleFormats.relativeDays(SupportedLanguage.EN, 3));
        assertEquals("d’aquí a 3 dies", LocaleFormats.relativeDays(SupportedLanguage.CA, 3));
        assertEquals("через 5 дней", LocaleFormats.relativeDays(SupportedLanguage.RU, 5));
        assertEquals("3天后", LocaleFormats.relativeDays(SupportedLanguage.ZH, 3));
        assertEquals("today", LocaleFormats.relativeDays(SupportedLanguage.EN, 0));
        assertEquals("2 days ago", LocaleFormats.relativeDays(SupportedLanguage.EN, -2));
    }

    @Test
    void distancesAndMinutesCarryTheirUnits() {
        assertEquals("1,2 km", LocaleFormats.distance(SupportedLanguage.CA, 1234));
        assertEquals("850 m", LocaleFormats.distance(SupportedLanguage.EN, 846));
        assertEquals("12 min", LocaleFormats.minutes(SupportedLanguage.EN, 12));
        assertEquals("12分钟", LocaleFormats.minutes(SupportedLanguage.ZH, 12));
    }

    private static List<String> sort(SupportedLanguage language, String... names) {
        return Stream.of(names).sorted(LocaleFormats.alphabetical(language, Function.identity())).toList();
    }
}
