package org.opendoors.content.reader;

import java.util.Locale;

/** What a patterned text field holds, as its problem names it ({@code content.problem.notPattern}). */
public enum ExpectedText {
    PHONE, EMAIL, SLUG, PHOTO, ENTRY;

    /** The select value of the problem's message. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
