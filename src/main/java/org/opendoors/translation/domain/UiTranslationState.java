package org.opendoors.translation.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where one UI string stands in one language. Missing and stale are a translator's to-do list; a string is stale
 * when the English text changed after it was translated or confirmed. A translator's new or corrected text is
 * translated until someone else reviews it; a string the shipped files confirm against the current English text
 * (its fingerprint in {@code messages.meta.properties}) counts as reviewed, as it does in the XLIFF export.
 */
public enum UiTranslationState {
    MISSING, STALE, TRANSLATED, REVIEWED;

    /** The lower-case name used in URLs and filters: missing, stale, translated, reviewed. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<UiTranslationState> fromCode(String code) {
        return Arrays.stream(values()).filter(state -> state.code().equals(code)).findFirst();
    }
}
