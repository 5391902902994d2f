package org.opendoors.content.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline markup of one line: {@code *emphasis*}, {@code **strong**}, {@code ***both***} and links
 * {@code [label](https://…)}. A marker opens only before a non-space and closes only after one, so "5 * 3" and an
 * unclosed "*" stay text; markers work inside words, as languages written without spaces (Chinese) need. Markup never
 * crosses the end of a line. Anything written like a link whose address is not allowed is its label, as text.
 */
final class InlineMarkup {

    /** A link as written: {@code [label](target)} from {@code start} to {@code end} (exclusive), target stripped. */
    record WrittenLink(int start, int end, String label, String target) {

        boolean allowed() {
            return LinkTarget.isAllowed(target);
        }
    }

    private enum Kind { LINK, STRONG_EMPHASIS, STRONG, EMPHASIS }

    private record Found(Kind kind, int start, int end, String inner, WrittenLink link) {
    }

    private static final Pattern STRONG_EMPHASIS = Pattern.compile("\\*\\*\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*\\*\\*");
    private static final Pattern STRONG = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
    private static final Pattern EMPHASIS = Pattern.compile("(?<!\\*)\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?!\\*)");

    private InlineMarkup() {
    }

    /**
     * Digit groups read as one number — a phone number ("+34 930 41 00 10", "٠٢١ ٣٤٥ ٦٧٨٩"): at least
     * {@link #NUMBER_RUN_DIGITS} digits of any script, separated by single spaces, dots or hyphens.
     */
    private static final Pattern NUMBER_RUN = Pattern.compile(
            "(?<![\\p{L}\\p{Nd}])\\+?\\p{Nd}+(?:[ \u00A0.\\-/]\\p{Nd}+)+(?![\\p{L}\\p{Nd}])");
    private static final int NUMBER_RUN_DIGITS = 7;

    static List<Span> spans(String line) {
        List<Span> spans = new ArrayList<>();
        parse(line, false, false, spans);
        return isolateNumbers(merged(spans));
    }

    /** Text spans split around phone numbers, which become their own left-to-right spans. */
    private static List<Span> isolateNumbers(List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span span : spans) {
            if (span.isLink()) {
                out.add(span);
                continue;
            }
            Matcher number = NUMBER_RUN.matcher(span.text());
            int from = 0;
            while (number.find()) {
                if (number.group().chars().filter(Character::isDigit).count() < NUMBER_RUN_DIGITS) {
                    continue;
                }
                if (number.start() > from) {
                    out.add(Span.text(span.text().substring(from, number.start()), span.strong(), span.emphasis()));
                }
                out.add(new Span(number.group(), span.strong(), span.emphasis(), null, true));
                from = number.end();
            }
            out.add(from == 0 ? span : Span.text(span.text().substring(from), span.strong(), span.emphasis()));
        }
        out.removeIf(span -> span.text().isEmpty());
        return List.copyOf(out);
    }

    /** The words of a line as a reader sees them: markers gone, links reduced to their labels. */
    static String plain(String line) {
        StringBuilder plain = new StringBuilder(line.length());
        spans(line).forEach(span -> plain.append(span.text()));
        return plain.toString();
    }

    /** Every piece of the line written as a link, allowed or not, in order. */
    static List<WrittenLink> writtenLinks(String line) {
        List<WrittenLink> links = new ArrayList<>();
        for (WrittenLink link = findLink(line, 0); link != null; link = findLink(line, link.end())) {
            links.add(link);
        }
        return links;
    }

    private static void parse(String text, boolean strong, boolean emphasis, List<Span> out) {
        // Each kind's next match is remembered until the scan passes its start, so a line is searched in linear passes.
        Found[] next = new Found[Kind.values().length];
        boolean[] exhausted = new boolean[next.length];
        int at = 0;
        while (at < text.length()) {
            Found first = null;
            for (Kind kind : Kind.values()) {
                int k = kind.ordinal();
                if (!exhausted[k] && (next[k] == null || next[k].start() < at)) {
                    next[k] = find(kind, text, at);
                    exhausted[k] = next[k] == null;
                }
                // Ties go to the kind listed first: a link, then *** before ** before *.
                if (next[k] != null && (first == null || next[k].start() < first.start())) {
                    first = next[k];
                }
            }
            if (first == null) {
                break;
            }
            addText(text.substring(at, first.start()), strong, emphasis, out);
            switch (first.kind()) {
                case LINK -> link(first.link(), strong, emphasis, out);
                case STRONG_EMPHASIS -> parse(first.inner(), true, true, out);
                case STRONG -> parse(first.inner(), true, emphasis, out);
                case EMPHASIS -> parse(first.inner(), strong, true, out);
            }
            at = first.end();
        }
        addText(text.substring(Math.min(at, text.length())), strong, emphasis, out);
    }

    private static void link(WrittenLink link, boolean strong, boolean emphasis, List<Span> out) {
        if (link.allowed()) {
            String label = plain(link.label()).strip();
            out.add(new Span(label.isEmpty() ? link.target() : label, strong, emphasis, link.target()));
        } else {
            parse(link.label(), strong, emphasis, out);
        }
    }

    private static Found find(Kind kind, String text, int from) {
        if (kind == Kind.LINK) {
            WrittenLink link = findLink(text, from);
            return link == null ? null : new Found(kind, link.start(), link.end(), null, link);
        }
        Pattern pattern = switch (kind) {
            case STRONG_EMPHASIS -> STRONG_EMPHASIS;
            case STRONG -> STRONG;
            default -> EMPHASIS;
        };
        Matcher matcher = pattern.matcher(text);
        return matcher.find(from) ? new Found(kind, matcher.start(), matcher.end(), matcher.group(1), null) : null;
    }

    /**
     * The first {@code [label](target)} at or after {@code from}: a label without brackets, then at once a target in
     * parentheses, which may hold balanced parentheses itself so "(javascript:alert(1))" is read whole.
     */
    private static WrittenLink findLink(String text, int from) {
        for (int open = text.indexOf('[', from); open >= 0; open = text.indexOf('[', open + 1)) {
            int close = open + 1;
            while (close < text.length() && text.charAt(close) != ']' && text.charAt(close) != '[') {
                close++;
            }
            if (close + 1 >= text.length() || text.charAt(close) != ']' || text.charAt(close + 1) != '(') {
                continue;
            }
            int depth = 0;
            for (int i = close + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return new WrittenLink(open, i + 1, text.substring(open + 1, close),
                            text.substring(close + 2, i).strip());
                }
            }
        }
        return null;
    }

    private static void addText(String text, boolean strong, boolean emphasis, List<Span> out) {
        if (!text.isEmpty()) {
            out.add(Span.text(text, strong, emphasis));
        }
    }

    /** Neighbouring pieces of text with the same look become one span; a phone number stays a span of its own. */
    static List<Span> merged(List<Span> spans) {
        List<Span> merged = new ArrayList<>(spans.size());
        for (Span span : spans) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !last.isLink() && !span.isLink() && !last.leftToRight() && !span.leftToRight()
                    && last.strong() == span.strong()
                    && last.emphasis() == span.emphasis()) {
                merged.set(merged.size() - 1, Span.text(last.text() + span.text(), span.strong(), span.emphasis()));
            } else {
                merged.add(span);
            }
        }
        return List.copyOf(merged);
    }
}
