package org.opendoors.content.text;

import com.ibm.icu.lang.UScript;
import org.opendoors.i18n.domain.StaffWording;
import org.opendoors.i18n.service.StaffMessages;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Content texts: plain text with a tiny markup, so files stay readable and diff line by line. Paragraphs are
 * separated by a blank line; a line starting "## " is a heading, "- " a bulleted item, "1. " a numbered item; inside
 * a line {@code *emphasis*}, {@code **strong**} and {@code [label](https://…)} (see {@link InlineMarkup}). Links go
 * only to http, https and mailto addresses ({@link LinkTarget}); nothing in a text ever becomes HTML.
 */
public final class RichText {

    private static final Pattern HEADING = Pattern.compile("##\\s+(\\S.*)");
    private static final Pattern BULLET = Pattern.compile("-\\s+(\\S.*)");
    // Any script's digits: Arabic and Urdu texts may number items ١. ٢. or ۱. ۲.
    private static final Pattern NUMBERED = Pattern.compile("\\p{Nd}{1,3}\\.\\s+(\\S.*)");

    /**
     * A link whose address is not allowed, on the given line of a text (0 = first line), with why as a back-office
     * sentence.
     */
    public record RefusedLink(int line, String target, StaffWording wording) {

        /** Why, in English: for logs and the command line. */
        public String problem() {
            return StaffMessages.english(wording);
        }
    }

    private RichText() {
    }

    public static List<TextBlock> parse(String text) {
        List<TextBlock> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        TextBlock.Kind kind = null;
        List<List<Span>> lines = new ArrayList<>();
        for (String raw : text.strip().split("\\R")) {
            String line = raw.strip();
            Matcher heading = HEADING.matcher(line);
            Matcher bullet = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            TextBlock.Kind lineKind = line.isEmpty() ? null
                    : heading.matches() ? TextBlock.Kind.HEADING
                    : bullet.matches() ? TextBlock.Kind.BULLETED_LIST
                    : numbered.matches() ? TextBlock.Kind.NUMBERED_LIST
                    : TextBlock.Kind.PARAGRAPH;
            // A blank line, a heading and a change of kind each end the block before them.
            if (lineKind == null || lineKind != kind || lineKind == TextBlock.Kind.HEADING) {
                flush(blocks, kind, lines);
                lines = new ArrayList<>();
            }
            kind = lineKind;
            switch (lineKind == null ? TextBlock.Kind.PARAGRAPH : lineKind) {
                case HEADING -> lines.add(InlineMarkup.spans(heading.group(1)));
                case BULLETED_LIST -> lines.add(InlineMarkup.spans(bullet.group(1)));
                case NUMBERED_LIST -> lines.add(InlineMarkup.spans(numbered.group(1)));
                case PARAGRAPH -> {
                    if (lineKind != null) {
                        lines.add(InlineMarkup.spans(line));
                    }
                }
            }
        }
        flush(blocks, kind, lines);
        return blocks;
    }

    /**
     * The words of a text without markup, line for line (so line numbers still hold): for search, summaries in lists
     * and the content guard, which must see "**best** school" and "[best school](https://…)" as "best school".
     */
    public static String plainText(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder plain = new StringBuilder(text.length());
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                plain.append('\n');
            }
            plain.append(InlineMarkup.plain(withoutLineMarker(lines[i])));
        }
        return plain.toString();
    }

    /** Every link of a text whose address is not allowed, with its line, for the content reader to refuse. */
    public static List<RefusedLink> refusedLinks(String text) {
        List<RefusedLink> refused = new ArrayList<>();
        if (text == null) {
            return refused;
        }
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            for (InlineMarkup.WrittenLink link : InlineMarkup.writtenLinks(lines[i])) {
                int line = i;
                LinkTarget.problem(link.target()).ifPresent(problem -> refused.add(new RefusedLink(line, link.target(), problem)));
            }
        }
        return refused;
    }

    /** The text with every link whose address is not allowed replaced by its label, all else as written. */
    public static String withoutRefusedLinks(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                kept.append('\n');
            }
            String line = lines[i];
            int at = 0;
            for (InlineMarkup.WrittenLink link : InlineMarkup.writtenLinks(line)) {
                if (!link.allowed()) {
                    kept.append(line, at, link.start()).append(link.label());
                    at = link.end();
                }
            }
            kept.append(line, at, line.length());
        }
        return kept.toString();
    }

    private static String withoutLineMarker(String raw) {
        String line = raw.strip();
        for (Pattern marker : List.of(HEADING, BULLET, NUMBERED)) {
            Matcher matcher = marker.matcher(line);
            if (matcher.matches()) {
                return matcher.group(1);
            }
        }
        return line;
    }

    private static void flush(List<TextBlock> blocks, TextBlock.Kind kind, List<List<Span>> lines) {
        // A line can be empty once read: "[](javascript:…)" has no words to show.
        lines = lines.stream().filter(line -> !line.isEmpty()).toList();
        if (kind == null || lines.isEmpty()) {
            return;
        }
        blocks.add(kind == TextBlock.Kind.PARAGRAPH ? new TextBlock(kind, List.of(joined(lines))) : new TextBlock(kind, lines));
    }

    /**
     * The lines of a paragraph as one: a space between lines, as in any flowing text, except between two characters
     * of scripts written without spaces (Chinese, Japanese), where a line break is no word break.
     */
    private static List<Span> joined(List<List<Span>> lines) {
        List<Span> spans = new ArrayList<>();
        for (List<Span> line : lines) {
            if (!spans.isEmpty() && !line.isEmpty()
                    && !(withoutSpaces(lastChar(spans)) && withoutSpaces(line.get(0).text().codePointAt(0)))) {
                spans.add(Span.text(" ", false, false));
            }
            spans.addAll(line);
        }
        return InlineMarkup.merged(spans);
    }

    private static int lastChar(List<Span> spans) {
        String text = spans.get(spans.size() - 1).text();
        return text.codePointBefore(text.length());
    }

    private static boolean withoutSpaces(int codePoint) {
        int script = UScript.getScript(codePoint);
        return script == UScript.HAN || script == UScript.HIRAGANA || script == UScript.KATAKANA
                || script == UScript.THAI || script == UScript.LAO || script == UScript.KHMER || script == UScript.MYANMAR;
    }
}
