package org.opendoors.content.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import org.opendoors.i18n.domain.StaffWording;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An easy-read text: short sentences, one idea per line, as easy-read guidelines ask (Inclusion Europe's
 * "Information for all"). Each line is shown as its own paragraph, so a reader never has to find where an idea ends;
 * the small inline markup works inside a line, lists and headings do not.
 */
public final class EasyRead {

    /**
     * The most words a line may hold. Easy-read guidelines advise about 15; a line a little longer is still one idea
     * (names of places and offices are long in some languages), one of twice that length is two ideas run together.
     */
    public static final int MOST_WORDS_IN_A_LINE = 25;
    /** A summary or a step in easy read is a handful of lines; more is no longer the short version. */
    public static final int MOST_LINES = 12;

    private EasyRead() {
    }

    /** The text's lines, without blank ones and the spaces around them. */
    public static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** One paragraph per line, with the inline marks read. */
    public static List<TextBlock> blocks(String text) {
        return lines(text).stream()
                .map(line -> new TextBlock(TextBlock.Kind.PARAGRAPH, List.of(InlineMarkup.spans(line)))).toList();
    }

    /**
     * What keeps a text from being easy read, for the importer to name as a back-office sentence; empty when it is
     * easy read. Words are counted by ICU's word boundaries in the text's language, which also split Chinese, written
     * without spaces.
     */
    public static Optional<StaffWording> problem(String text, String language) {
        List<String> lines = lines(text);
        if (lines.size() > MOST_LINES) {
            return Optional.of(StaffWording.of("content.problem.easyReadTooManyLines",
                    "most", MOST_LINES, "count", lines.size()));
        }
        List<StaffWording> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int words = words(RichText.plainText(lines.get(i)), language);
            if (words > MOST_WORDS_IN_A_LINE) {
                problems.add(StaffWording.of("content.problem.easyReadLongLine", "line", i + 1, "words", words));
            }
        }
        if (problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(StaffWording.of("content.problem.easyReadLongLines",
                "most", MOST_WORDS_IN_A_LINE, "lines", listed(problems)));
    }

    /** Sentences said one after the other ("line 2 has 29 words, line 5 has 30 words"), in the reader's language. */
    private static StaffWording listed(List<StaffWording> items) {
        StaffWording listed = items.get(items.size() - 1);
        for (int i = items.size() - 2; i >= 0; i--) {
            listed = StaffWording.of("content.problem.listJoin", "first", items.get(i), "rest", listed);
        }
        return listed;
    }

    static int words(String line, String language) {
        BreakIterator boundaries = BreakIterator.getWordInstance(ULocale.forLanguageTag(language));
        boundaries.setText(line);
        int count = 0;
        for (int end = boundaries.next(); end != BreakIterator.DONE; end = boundaries.next()) {
            int status = boundaries.getRuleStatus();
            if (status >= BreakIterator.WORD_NUMBER) {
                count++;
            }
        }
        return count;
    }
}
