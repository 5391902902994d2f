package org.opendoors.editorial.domain;

/**
 * Someone else saved the file after this editor opened it. Nothing was saved; the other person's version is
 * carried along so the editor can show what they changed and merge.
 */
public class SaveConflict extends Exception {

    private final transient DocumentVersion theirs;
    private final int yourBase;

    public SaveConflict(DocumentVersion theirs, int yourBase) {
        super(theirs.getSavedBy() + " saved version " + theirs.getNumber() + " of " + theirs.getPath()
                + " after you opened version " + yourBase + ". Nothing of yours was lost or saved yet.");
        this.theirs = theirs;
        this.yourBase = yourBase;
    }

    public DocumentVersion theirs() {
        return theirs;
    }

    public int yourBase() {
        return yourBase;
    }
}
