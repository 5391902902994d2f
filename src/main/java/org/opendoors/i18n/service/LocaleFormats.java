package org.opendoors.i18n.service;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.number.Precision;
import com.ibm.icu.text.Collator;
import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.text.RelativeDateTimeFormatter;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import org.opendoors.i18n.domain.SupportedLanguage;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Locale-sensitive formatting and ordering through ICU: dates, date ranges and times as each language writes them,
 * and alphabetical order by each language's collation rules. Dates in content are calendar days without a time
 * zone, so they are formatted in UTC to stay the same day everywhere.
 */
public final class LocaleFormats {

    private static final TimeZone CALENDAR_DAYS = TimeZone.GMT_ZONE;
    private static final Map<SupportedLanguage, Collator> COLLATORS = new EnumMap<>(SupportedLanguage.class);

    static {
        for (SupportedLanguage language : SupportedLanguage.values()) {
            // A frozen collator is immutable and safe to share between request threads.
            COLLATORS.put(language, Collator.getInstance(language.locale()).freeze());
        }
    }

    private LocaleFormats() {
    }

    public static Collator collator(SupportedLanguage language) {
        return COLLATORS.get(language);
    }

    public static <T> Comparator<T> alphabetical(SupportedLanguage language, Function<T, String> name) {
        Collator collator = collator(language);
        return (a, b) -> collator.compare(name.apply(a), name.apply(b));
    }

    /** "dissabte, 6 de febrer de 2027", "Saturday, February 6, 2027", "٦ فبراير ٢٠٢٧ السبت"… */
    public static String fullDate(SupportedLanguage language, LocalDate date) {
        DateFormat format = DateFormat.getInstanceForSkeleton("yMMMMEEEEd", language.locale());
        format.setTimeZone(CALENDAR_DAYS);
        return format.format(toDate(date));
    }

    /** "15 – 21 de juny de 2027" or a single date when both ends are the same day. */
    public static String dateRange(SupportedLanguage language, LocalDate from, LocalDate to) {
        DateIntervalFormat format = DateIntervalFormat.getInstance("yMMMMd", language.locale());
        format.setTimeZone(CALENDAR_DAYS);
        return format.format(new DateInterval(toDate(from).getTime(), toDate(to).getTime()));
    }

    /** "10:00–12:00", "10:00 – 12:00 AM"…, in the hour cycle the language uses. */
    public static String timeRange(SupportedLanguage language, LocalTime from, LocalTime to) {
        DateIntervalFormat format = DateIntervalFormat.getInstance("jm", language.locale());
        format.setTimeZone(CALENDAR_DAYS);
        LocalDate anyDay = LocalDate.of(2000, 1, 1);
        return format.format(new DateInterval(
                anyDay.atTime(from).toInstant(ZoneOffset.UTC).toEpochMilli(),
                anyDay.atTime(to).toInstant(ZoneOffset.UTC).toEpochMilli()));
    }

    /** "1,2 km", "850 m", "1.2 كم": metres under a kilometre, kilometres with one decimal above. */
    public static String distance(SupportedLanguage language, double metres) {
        if (metres < 1000) {
            return METRES.get(language).format(Math.max(10, metres)).toString();
        }
        return KILOMETRES.get(language).format(metres / 1000).toString();
    }

    /** "today", "tomorrow", "in 3 days", "3 days ago", as each language says it. */
    public static String relativeDays(SupportedLanguage language, long days) {
        RelativeDateTimeFormatter format = RelativeDateTimeFormatter.getInstance(language.locale());
        if (days == 0) {
            return format.format(RelativeDateTimeFormatter.Direction.THIS, RelativeDateTimeFormatter.AbsoluteUnit.DAY);
        }
        return format.formatNumeric(days, RelativeDateTimeFormatter.RelativeDateTimeUnit.DAY);
    }

    /** "12 min", "12 分钟", "12 мин". */
    public static String minutes(SupportedLanguage language, double minutes) {
        return MINUTES.get(language).format(minutes).toString();
    }

    /*
     * ICU's number formatters are immutable and thread-safe, and compile themselves after a few uses: made once per
     * language, they cost a list render microseconds; made per call, they were most of a render's time.
     */
    private static final Map<SupportedLanguage, LocalizedNumberFormatter> METRES = perLanguage(locale ->
            NumberFormatter.withLocale(locale).unitWidth(NumberFormatter.UnitWidth.SHORT).unit(MeasureUnit.METER)
                    .precision(Precision.increment(java.math.BigDecimal.TEN)));
    private static final Map<SupportedLanguage, LocalizedNumberFormatter> KILOMETRES = perLanguage(locale ->
            NumberFormatter.withLocale(locale).unitWidth(NumberFormatter.UnitWidth.SHORT).unit(MeasureUnit.KILOMETER)
                    .precision(Precision.maxFraction(1)));
    private static final Map<SupportedLanguage, LocalizedNumberFormatter> MINUTES = perLanguage(locale ->
            NumberFormatter.withLocale(locale).unitWidth(NumberFormatter.UnitWidth.SHORT).unit(MeasureUnit.MINUTE)
                    .precision(Precision.integer()));

    private static Map<SupportedLanguage, LocalizedNumberFormatter> perLanguage(
            Function<ULocale, LocalizedNumberFormatter> formatter) {
        Map<SupportedLanguage, LocalizedNumberFormatter> formatters = new EnumMap<>(SupportedLanguage.class);
        for (SupportedLanguage language : SupportedLanguage.values()) {
            formatters.put(language, formatter.apply(language.locale()));
        }
        return Map.copyOf(formatters);
    }

    private static Date toDate(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
}
