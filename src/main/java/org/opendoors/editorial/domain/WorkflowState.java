package org.opendoors.editorial.domain;

/** Where the newest version of a content file stands. Families only ever see the published version. */
public enum WorkflowState {
    /** The newest version is the one families see. */
    PUBLISHED("Published"),
    /** Saved, not yet sent for review. */
    DRAFT("Draft"),
    /** Waiting for a publisher. */
    IN_REVIEW("In review");

    private final String label;

    WorkflowState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
