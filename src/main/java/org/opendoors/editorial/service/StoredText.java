package org.opendoors.editorial.service;

import org.opendoors.content.text.TextSanitizer;
import org.opendoors.editorial.domain.TextFields;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a text typed or pasted in the back office becomes before it is stored: one kind of line break, and
 * (through the rich-text sanitizer) only the safe subset of markup, never a script, an event handler or a
 * {@code javascript:} link, whatever was posted.
 */
public final class StoredText {

    private StoredText() {
    }

    public static String clean(String typed) {
        if (typed == null) {
            return "";
        }
        return TextSanitizer.toStoredText(typed.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /**
     * A text typed over {@code stored} (null if there was none): cleaned, or the stored text itself when the person
     * left it as it was (the same once both are cleaned). The stored form, never the typed one: a typed text that
     * only cleans to the same may carry markup.
     */
    public static String cleanKeeping(String typed, String stored) {
        String clean = clean(typed);
        return stored != null && clean.equals(clean(stored)) ? stored : clean;
    }

    /** A whole file typed in the file editor, with no earlier version to compare it with: its texts cleaned. */
    public static String cleanFile(String typed) {
        return cleanFile(typed, null);
    }

    /**
     * A whole file typed in the file editor over {@code stored} (the version it was opened on, or null): its texts
     * cleaned the same way, except that a text the person left as it was (the same once both are cleaned) keeps its
     * stored form; left as typed if nothing changes. Cleaning takes a block's final line break, for one, and a save
     * that changed nothing must change no text, nor make the translations of a text stale.
     */
    public static String cleanFile(String typed, String stored) {
        String file = typed == null ? "" : typed.replace("\r\n", "\n");
        Map<String, String> before = stored == null ? Map.of() : TextFields.texts(stored.replace("\r\n", "\n"));
        Map<String, String> texts = TextFields.texts(file);
        Map<String, String> cleaned = new LinkedHashMap<>();
        texts.forEach((field, text) -> cleaned.put(field, cleanKeeping(text, before.get(field))));
        boolean changed = texts.entrySet().stream().anyMatch(e -> !Objects.equals(e.getValue(), cleaned.get(e.getKey())));
        return changed ? TextFields.withTexts(file, cleaned) : file;
    }
}
