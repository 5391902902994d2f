package org.opendoors.content.archive;

import java.util.Locale;

/** What an import does to one file of the city's content, or why it cannot. */
public enum FileStatus {
    /** In the archive, not in the city yet. */
    ADDED,
    /** In both, with a different text. */
    CHANGED,
    /** In both, with the same text. */
    UNCHANGED,
    /** In the city, not in the archive's content folder: the import deletes it. */
    REMOVED,
    /** In the archive, but not part of a content folder: the import leaves it out. Not a problem. */
    IGNORED,
    /** The file has a problem that stops the import. */
    REFUSED;

    /** Lower-case name, e.g. for message keys ({@code archive.status.changed}) and the text report. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@link #code()} for Faces pages. */
    public String getCode() {
        return code();
    }
}
