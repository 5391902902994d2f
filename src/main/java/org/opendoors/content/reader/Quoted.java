package org.opendoors.content.reader;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/**
 * A value quoted in a problem message: only a short excerpt of what the person wrote, made printable. A message
 * never carries a whole value (a pasted file, a megabyte on one line) and never a control or bidi character that
 * would reorder or hide the rest of the message. Messages quote the person's own values only, never the text of a
 * file a value names.
 */
public final class Quoted {

    /** Enough to recognise a value, a name or a phrase; longer values are cut with an ellipsis. */
    static final int MAX_GRAPHEMES = 40;
    private static final char REPLACEMENT = '\uFFFD';

    private Quoted() {
    }

    /** The value's excerpt between single quotes: {@code 'districts.geojson'}, {@code 'Lorem ipsum dolor sit…'}. */
    public static String quote(String value) {
        return "'" + excerpt(value) + "'";
    }

    /**
     * At most {@link #MAX_GRAPHEMES} user-perceived characters (cut between grapheme clusters with ICU, so an
     * accented letter or an emoji is never split), runs of white space as one space, and every control, format,
     * private-use or unpaired surrogate character shown as U+FFFD.
     */
    public static String excerpt(String value) {
        if (value == null) {
            return "";
        }
        // Look at a bounded prefix only: the excerpt of a megabyte-long value costs as little as a short one.
        String head = value.length() > MAX_GRAPHEMES * 8 ? value.substring(0, MAX_GRAPHEMES * 8) : value;
        String printable = printable(head);
        BreakIterator graphemes = BreakIterator.getCharacterInstance(ULocale.ROOT);
        graphemes.setText(printable);
        int end = 0;
        for (int count = 0; count < MAX_GRAPHEMES; count++) {
            int next = graphemes.next();
            if (next == BreakIterator.DONE) {
                return head.length() < value.length() ? printable + "…" : printable;
            }
            end = next;
        }
        return end < printable.length() || head.length() < value.length() ? printable.substring(0, end) + "…" : printable;
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inSpace = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (UCharacter.isUWhiteSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
                continue;
            }
            inSpace = false;
            int type = UCharacter.getType(c);
            // Joiners stay: Urdu and Persian words and emoji need them. Every other format character (bidi
            // overrides and isolates, invisible separators) could reorder or hide the message around the value.
            boolean joiner = c == 0x200C || c == 0x200D;
            boolean hidden = type == UCharacterCategory.CONTROL || (type == UCharacterCategory.FORMAT && !joiner)
                    || type == UCharacterCategory.PRIVATE_USE || type == UCharacterCategory.SURROGATE
                    || type == UCharacterCategory.UNASSIGNED;
            if (hidden) {
                out.append(REPLACEMENT);
            } else {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }
}
