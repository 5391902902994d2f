package org.opendoors.editorial.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A translation checked field by field against its source: which source texts it lacks, and which changed in the
 * source since the version the translation was made from.
 */
public record TranslationStatus(String language, ContentTranslationState state, List<String> missingFields,
                                List<String> staleFields) {

    public String getLanguage() {
        return language;
    }

    public ContentTranslationState getState() {
        return state;
    }

    public List<String> getMissingFields() {
        return missingFields;
    }

    public List<String> getStaleFields() {
        return staleFields;
    }

    public static TranslationStatus missing(String language, Set<String> sourceFields) {
        return new TranslationStatus(language, ContentTranslationState.MISSING, List.copyOf(sourceFields), List.of());
    }

    /**
     * @param sourceNow  the source file's texts now
     * @param sourceThen the source file's texts when the translation was made (null when unknown: treated as now)
     * @param target     the translation's texts
     */
    public static TranslationStatus of(String language, Map<String, String> sourceNow, Map<String, String> sourceThen,
                                       Map<String, String> target) {
        List<String> missing = sourceNow.keySet().stream()
                .filter(field -> target.get(field) == null || target.get(field).isBlank())
                .toList();
        List<String> stale = sourceThen == null ? List.of() : sourceNow.keySet().stream()
                .filter(field -> !missing.contains(field))
                .filter(field -> !Objects.equals(sourceNow.get(field), sourceThen.get(field)))
                .toList();
        ContentTranslationState state = !missing.isEmpty() ? ContentTranslationState.MISSING
                : !stale.isEmpty() ? ContentTranslationState.STALE : ContentTranslationState.UP_TO_DATE;
        return new TranslationStatus(language, state, missing, stale);
    }
}
