package org.opendoors.editorial.domain;



/**
 * What an editor holds of one content file while a person edits it: the file it would save, and how it takes in a
 * version someone else saved meanwhile. Every editor (texts, a whole file, a school's facts, a block's rule) is one
 * of these, so every save goes through one path ({@code DocumentSaving}) and behaves the same.
 */
public interface DocumentForm {

    /** The whole file as this form would save it now. */
    String body();

    /**
     * Someone saved {@code theirs} after this form was opened on {@code base}: takes their changes where this person
     * left a field as it was, and keeps this person's where both changed it.
     */
    Merge takeTheirChanges(String base, String theirs);

    /**
     * What a merge did.
     *
     * @param taken how many of their changes are now in the form
     * @param bothChanged the fields (as the person knows them) both changed; the form keeps this person's
     */
    record Merge(int taken, java.util.List<String> bothChanged) {

        public Merge {
            bothChanged = java.util.List.copyOf(bothChanged);
        }

        /** Nothing can be merged field by field (a whole file typed as text): theirs is shown beside it. */
        public static Merge wholeFile() {
            return new Merge(0, java.util.List.of("the file"));
        }
    }
}
