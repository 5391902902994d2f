package org.opendoors.guide.domain;



/**
 * A glossary word with its meaning, or a frequent question with its answer. The id is the same in every language,
 * so translations line up (and a question can be linked to).
 */
public class GuideEntry {

    private String entryId;

    private String heading;

    private String text;

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
