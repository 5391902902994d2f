package org.opendoors.editorial.web;

import java.io.Serializable;

/** One text box of the editor: the field, what it says now, and (for a translation) the source beside it. */
public class FieldEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final String source;
    private final boolean stale;
    private String value;
    /** What another person saved in this field while it was being edited here, when both changed it. */
    private String theirs;

    public FieldEdit(String name, String value, String source, boolean stale) {
        this.name = name;
        this.value = value;
        this.source = source;
        this.stale = stale;
    }

    /** "faq.fees.answer" → "Faq › fees › answer": the file's own structure, readable. */
    public String getLabel() {
        String readable = name.replace('_', ' ').replace(".", " › ");
        return Character.toUpperCase(readable.charAt(0)) + readable.substring(1);
    }

    public String getName() {
        return name;
    }

    public String getId() {
        return name.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    public String getSource() {
        return source;
    }

    public boolean isStale() {
        return stale;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getTheirs() {
        return theirs;
    }

    public void setTheirs(String theirs) {
        this.theirs = theirs;
    }

    public int getRows() {
        int length = Math.max(value == null ? 0 : value.length(), source == null ? 0 : source.length());
        return Math.min(24, Math.max(2, length / 70 + (value == null ? 0 : (int) value.lines().count())));
    }
}
