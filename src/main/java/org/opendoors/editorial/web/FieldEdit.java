package org.opendoors.editorial.web;

import org.opendoors.security.web.StaffTexts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One text box of the editor: the field, what it says now, and (for a translation) the source beside it. */
public class FieldEdit implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FIELD_KEYS = "editorial.field.";

    private final String name;
    private final String label;
    private final String source;
    private final boolean stale;
    private String value;
    /** What another person saved in this field while it was being edited here, when both changed it. */
    private String theirs;
    /** For a stale translation: the source text as it was translated, word by word against what it says now. */
    private List<org.opendoors.editorial.domain.WordDiff.Piece> sourceChange = List.of();

    /**
     * @param label what staff read above the box ({@link #labelOf}), in the language of the page it was made for
     */
    public FieldEdit(String name, String label, String value, String source, boolean stale) {
        this.name = name;
        this.label = label;
        this.value = value;
        this.source = source;
        this.stale = stale;
    }

    /** The source words changed since this text was translated, to be shown above the source. */
    public FieldEdit withSourceChange(String sourceAsTranslated) {
        if (stale && source != null && sourceAsTranslated != null && !sourceAsTranslated.equals(source)) {
            sourceChange = new ArrayList<>(org.opendoors.editorial.domain.WordDiff.between(sourceAsTranslated, source));
        }
        return this;
    }

    public List<org.opendoors.editorial.domain.WordDiff.Piece> getSourceChange() {
        return sourceChange;
    }

    /**
     * What staff call a field in the middle of a sentence, in their language: "pedagogical project", "FAQ “fees”:
     * answer". The bundle names a field by its key ({@code editorial.field.pedagogical_project}); an entry of a list
     * by its list and leaf with the entry's id as {0} ({@code editorial.field.faq.answer} for {@code faq.fees.answer},
     * {@code editorial.field.documents.items} for {@code documents.items.2}); a field it does not know is its key
     * made readable ("open days › 1 › date").
     */
    public static String nameOf(StaffTexts bo, String field) {
        String[] parts = field.split("\\.");
        if (bo.containsKey(FIELD_KEYS + field)) {
            return bo.get(FIELD_KEYS + field);
        }
        int entry = parts.length - 2;
        if (parts.length >= 3) {
            List<String> withoutEntry = new ArrayList<>(Arrays.asList(parts));
            withoutEntry.remove(entry);
            String key = FIELD_KEYS + String.join(".", withoutEntry);
            if (bo.containsKey(key)) {
                return bo.format(key, readable(parts[entry]));
            }
        }
        if (parts.length >= 2 && parts[parts.length - 1].chars().allMatch(Character::isDigit)) {
            String key = FIELD_KEYS + String.join(".", Arrays.asList(parts).subList(0, parts.length - 1));
            if (bo.containsKey(key)) {
                return bo.format(key, parts[parts.length - 1]);
            }
        }
        return readable(field).replace(".", " › ");
    }

    /** The field's name as the label of its box: {@link #nameOf} with a capital first letter ("Pedagogical project"). */
    public static String labelOf(StaffTexts bo, String field) {
        String name = nameOf(bo, field);
        if (name.isEmpty()) {
            return name;
        }
        int first = name.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toTitleCase(first))
                .append(name.substring(Character.charCount(first))).toString();
    }

    /** An id of the file ("diversity_and_learning", "open-days") as words. */
    private static String readable(String id) {
        return id.replace('_', ' ').replace('-', ' ');
    }

    public String getLabel() {
        return label;
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
