package org.opendoors.translation.domain;

import org.opendoors.i18n.domain.SupportedLanguage;

/** How many UI strings of a language are missing, stale, translated (waiting for review) and reviewed. */
public record LanguageCounts(SupportedLanguage language, int missing, int stale, int translated, int reviewed) {

    public int total() {
        return missing + stale + translated + reviewed;
    }

    public int count(UiTranslationState state) {
        return switch (state) {
            case MISSING -> missing;
            case STALE -> stale;
            case TRANSLATED -> translated;
            case REVIEWED -> reviewed;
        };
    }
}
