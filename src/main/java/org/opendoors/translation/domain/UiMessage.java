package org.opendoors.translation.domain;

import org.opendoors.i18n.domain.SupportedLanguage;

import java.io.Serializable;
import java.time.Instant;

/**
 * One UI string in one language as the translator's workspace shows it: the English source and its context, the
 * text families see (null when missing), where it stands, and who translated and reviewed it when that was done in
 * the back office ({@code saved}); shipped texts carry no names, their history is in git.
 */
public record UiMessage(SupportedLanguage language, String key, String source, String context, String text,
                        UiTranslationState state, boolean saved, String translatedBy, Instant translatedAt,
                        String reviewedBy, Instant reviewedAt) implements Serializable {

    public boolean isMissing() {
        return state == UiTranslationState.MISSING;
    }
}
