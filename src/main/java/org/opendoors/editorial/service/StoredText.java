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

    /** A whole file typed in the file editor: its texts cleaned the same way; left as typed if nothing changes. */
    public static String cleanFile(String typed) {
        String file = typed == null ? "" : typed.replace("\r\n", "\n");
        Map<String, String> texts = TextFields.texts(file);
        Map<String, String> cleaned = new LinkedHashMap<>();
        texts.forEach((field, text) -> cleaned.put(field, clean(text)));
        boolean changed = texts.entrySet().stream().anyMatch(e -> !Objects.equals(e.getValue(), cleaned.get(e.getKey())));
        return changed ? TextFields.withTexts(file, cleaned) : file;
    }
}
