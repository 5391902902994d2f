package org.opendoors.content.guard.domain;

import java.util.Locale;

/**
 * A phrase the guard refused: where it starts in the text, the category and the cues that made it one, why, and an
 * asset-based way to say what the writer meant.
 */
public record GuardFinding(String language, String ruleId, GuardCategory category, String phrase, int offset,
                           String reason, String suggestion) {

    public String message() {
        return "\"" + phrase + "\" (" + category.name().toLowerCase(Locale.ROOT) + "): " + reason + " Instead: " + suggestion;
    }
}
