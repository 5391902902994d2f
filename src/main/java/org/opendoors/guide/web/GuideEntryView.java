package org.opendoors.guide.web;

import org.opendoors.content.text.TextBlock;

import java.util.List;

/** A glossary word or a question, with its text split into paragraphs and lists. */
public record GuideEntryView(String id, String heading, List<TextBlock> blocks) {

    public String getId() {
        return id;
    }

    public String getHeading() {
        return heading;
    }

    public List<TextBlock> getBlocks() {
        return blocks;
    }
}
