package org.opendoors.guide.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A glossary word with its meaning, or a frequent question with its answer. The id is the same in every language,
 * so translations line up (and a question can be linked to).
 */
@Embeddable
public class GuideEntry {

    @Column(name = "entry_id", nullable = false, length = 60)
    private String entryId;

    @Column(name = "heading", nullable = false, length = 500)
    private String heading;

    @Column(name = "body", nullable = false, length = 20000)
    private String text;

    protected GuideEntry() {
    }

    public GuideEntry(String entryId, String heading, String text) {
        this.entryId = entryId;
        this.heading = heading;
        this.text = text;
    }

    public String getEntryId() {
        return entryId;
    }

    public String getHeading() {
        return heading;
    }

    public String getText() {
        return text;
    }
}
