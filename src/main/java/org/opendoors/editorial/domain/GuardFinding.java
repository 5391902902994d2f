package org.opendoors.editorial.domain;

/** A phrase the guard refused: where it starts in the text, which rule, why, and what to write instead. */
public record GuardFinding(String language, String ruleId, GuardCategory category, String phrase, int offset,
                           String reason, String suggestion) {

    public String message() {
        return "\"" + phrase + "\": " + reason + " Instead: " + suggestion;
    }
}
