package org.opendoors.editorial.domain;

/**
 * How a language's content translations stand, text by text: missing (no translation), stale (the source changed
 * since), translated (saved, not yet published through review) and reviewed (published and current).
 */
public record TranslationCounts(String language, int missing, int stale, int translated, int reviewed) {

    public String getLanguage() {
        return language;
    }

    public int getMissing() {
        return missing;
    }

    public int getStale() {
        return stale;
    }

    public int getTranslated() {
        return translated;
    }

    public int getReviewed() {
        return reviewed;
    }

    public int getTotal() {
        return missing + stale + translated + reviewed;
    }
}
