package org.opendoors.content.text;

import java.util.List;

/**
 * A block of a content text: a paragraph, a heading, a bulleted or a numbered list. Paragraphs and headings have one
 * line of spans ({@link #getSpans()}); lists have one line per item ({@link #getItems()}).
 */
public record TextBlock(Kind kind, List<List<Span>> lines) {

    public enum Kind { PARAGRAPH, HEADING, BULLETED_LIST, NUMBERED_LIST }

    public TextBlock {
        lines = lines.stream().map(List::copyOf).toList();
    }

    public boolean isParagraph() {
        return kind == Kind.PARAGRAPH;
    }

    public boolean isHeading() {
        return kind == Kind.HEADING;
    }

    public boolean isBulleted() {
        return kind == Kind.BULLETED_LIST;
    }

    public boolean isNumbered() {
        return kind == Kind.NUMBERED_LIST;
    }

    public List<Span> getSpans() {
        return lines.get(0);
    }

    public List<List<Span>> getItems() {
        return lines;
    }
}
