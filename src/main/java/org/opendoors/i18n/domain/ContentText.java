package org.opendoors.i18n.domain;

import java.util.Map;
import java.util.Optional;

/**
 * A piece of city content in the language it is shown in: the page's, or the city's source language when no
 * translation exists yet. {@code lang} goes on the element so screen readers read the fallback in the right voice.
 */
public record ContentText(String text, String lang, boolean fallback) {

    public String getText() {
        return text;
    }

    public String getLang() {
        return lang;
    }

    public boolean isFallback() {
        return fallback;
    }

    /** The text in {@code pageLanguage} if present, else in {@code sourceLanguage}, else nothing. */
    public static <T> Optional<Translation<T>> pick(Map<String, T> byLanguage, String pageLanguage, String sourceLanguage) {
        if (byLanguage.containsKey(pageLanguage)) {
            return Optional.of(new Translation<>(byLanguage.get(pageLanguage), pageLanguage, false));
        }
        if (byLanguage.containsKey(sourceLanguage)) {
            return Optional.of(new Translation<>(byLanguage.get(sourceLanguage), sourceLanguage, true));
        }
        return Optional.empty();
    }

    /** Any translated value (a text, a group of texts) with the language it is in. */
    public record Translation<T>(T value, String lang, boolean fallback) {
    }
}
