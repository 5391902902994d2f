package org.opendoors.content.text;

/**
 * A piece of a line of content text with one look: plain, emphasised, strong or both, and possibly a link. Spans are
 * flat (a link's label is plain text) so pages render them with a fixed, small set of elements and never nest markup
 * taken from content. {@code href} is null unless the span is a link, and then always an allowed {@link LinkTarget}.
 *
 * @param leftToRight a phone number or similar run of digit groups, which pages isolate as left-to-right: inside
 *                    Arabic or Urdu text the groups of "+34 930 41 00 10" would otherwise be shown in reverse order
 */
public record Span(String text, boolean strong, boolean emphasis, String href, boolean leftToRight) {

    public Span {
        if (href != null && !LinkTarget.isAllowed(href)) {
            throw new IllegalArgumentException("not an allowed link: " + href);
        }
    }

    public Span(String text, boolean strong, boolean emphasis, String href) {
        this(text, strong, emphasis, href, false);
    }

    static Span text(String text, boolean strong, boolean emphasis) {
        return new Span(text, strong, emphasis, null);
    }

    public String getText() {
        return text;
    }

    public boolean isStrong() {
        return strong;
    }

    public boolean isEmphasis() {
        return emphasis;
    }

    public String getHref() {
        return href;
    }

    public boolean isLeftToRight() {
        return leftToRight;
    }

    public boolean isLink() {
        return href != null;
    }

    /** A web link (not mailto:), which pages mark rel="noopener noreferrer". */
    public boolean isExternal() {
        return href != null && LinkTarget.isWeb(href);
    }
}
