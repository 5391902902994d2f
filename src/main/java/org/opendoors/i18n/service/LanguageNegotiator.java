package org.opendoors.i18n.service;

import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.LocalePriorityList;
import com.ibm.icu.util.ULocale;
import org.opendoors.i18n.domain.SupportedLanguage;

import java.util.HashMap;
import java.util.Map;

/**
 * Picks the portal language for a browser's {@code Accept-Language} header with ICU's LocaleMatcher, which knows
 * which languages families can read in place of one another (a Valencian browser reads Catalan, a Mexican one
 * Spanish, {@code zh-CN} and {@code zh-TW} Simplified Chinese) and honours the q-weights.
 */
public final class LanguageNegotiator {

    /**
     * A family whose browser asks only for languages the portal lacks lands on English: more newcomers read it
     * than the city's own language, and the switcher is on every page.
     */
    public static final SupportedLanguage FALLBACK = SupportedLanguage.EN;

    private static final ULocale TRADITIONAL_CHINESE = ULocale.forLanguageTag("zh-Hant-TW");

    private final LocaleMatcher matcher;
    private final Map<ULocale, SupportedLanguage> bySupportedLocale = new HashMap<>();

    public LanguageNegotiator() {
        LocaleMatcher.Builder builder = LocaleMatcher.builder().setDefaultULocale(FALLBACK.locale())
                // A reader of Traditional Chinese (a Taiwanese or Hong Kong browser) reads the portal's Simplified
                // Chinese far better than the English fallback; ICU's own threshold stops short of that pair.
                .setMaxDistance(TRADITIONAL_CHINESE, SupportedLanguage.ZH.locale());
        for (SupportedLanguage language : SupportedLanguage.values()) {
            builder.addSupportedULocale(language.locale());
            bySupportedLocale.put(language.locale(), language);
        }
        this.matcher = builder.build();
    }

    public SupportedLanguage negotiate(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return FALLBACK;
        }
        try {
            LocalePriorityList desired = LocalePriorityList.add(acceptLanguage).build();
            ULocale best = matcher.getBestMatchResult(desired).getSupportedULocale();
            return best == null ? FALLBACK : bySupportedLocale.getOrDefault(best, FALLBACK);
        } catch (IllegalArgumentException malformedHeader) {
            return FALLBACK;
        }
    }
}
