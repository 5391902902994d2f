package org.opendoors.i18n.domain;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;

import java.util.List;
import java.util.Optional;

/**
 * The eight languages the portal speaks. The URL carries the tag ({@code /ar/schools}); everything else about a
 * language (direction, own name, formatting) comes from ICU so that no language gets hand-written special cases.
 */
public enum SupportedLanguage {
    CA("ca"), ES("es"), EN("en"), FR("fr"), AR("ar"), UR("ur"), ZH("zh-Hans"), RU("ru");

    private final String urlTag;
    private final ULocale locale;
    private final String ownName;

    SupportedLanguage(String icuTag) {
        this.locale = ULocale.forLanguageTag(icuTag);
        // The URL and the bundle files use the bare language code: the portal serves Simplified Chinese only.
        this.urlTag = locale.getLanguage();
        this.ownName = LocaleDisplayNames
                .getInstance(locale, DisplayContext.CAPITALIZATION_FOR_BEGINNING_OF_SENTENCE, DisplayContext.DIALECT_NAMES)
                .languageDisplayName(urlTag);
    }

    /** The code used in URLs, in bundle file names and in the {@code lang} attribute: ca, es, en, fr, ar, ur, zh, ru. */
    public String tag() {
        return urlTag;
    }

    public ULocale locale() {
        return locale;
    }

    public boolean isRightToLeft() {
        return locale.isRightToLeft();
    }

    /** {@code rtl} or {@code ltr}, for the {@code dir} attribute. */
    public String direction() {
        return isRightToLeft() ? "rtl" : "ltr";
    }

    /** The language's name in itself (Català, العربية, 中文), as a language switcher shows it. */
    public String ownName() {
        return ownName;
    }

    public static Optional<SupportedLanguage> fromTag(String tag) {
        for (SupportedLanguage language : values()) {
            if (language.urlTag.equals(tag)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    public static List<SupportedLanguage> all() {
        return List.of(values());
    }
}
