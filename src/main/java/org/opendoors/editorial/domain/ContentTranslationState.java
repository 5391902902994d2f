package org.opendoors.editorial.domain;



/** How a translated file stands against the source-language file it translates. */
public enum ContentTranslationState {
    /** There is no file in this language, or it lacks texts the source has. */
    MISSING("Missing"),
    /** The source text changed after this translation was made. */
    STALE("Stale"),
    UP_TO_DATE("Up to date");

    private final String label;

    ContentTranslationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String cssClass() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
