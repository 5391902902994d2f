package org.opendoors.security.domain;

/**
 * Makes any text fit an audit column: an entry is written for attempts by anyone, with a user name or an address an
 * attacker chose, and must never fail because of it (a failed entry would lose the record of the attempt and answer
 * with a database error). Control characters become U+FFFD (PostgreSQL refuses NUL; new lines would forge lines in
 * an exported log), and a cut never splits a surrogate pair.
 */
public final class AuditText {

    private static final char REPLACEMENT = '\uFFFD';
    private static final char ELLIPSIS = '…';

    private AuditText() {
    }

    /** The text with control characters and lone surrogates replaced, at most {@code length} characters long. */
    public static String bounded(String text, int length) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        boolean cut = text.length() > length;
        int end = cut ? length - 1 : text.length();
        if (cut && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        StringBuilder kept = new StringBuilder(end + 1);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1));
            boolean pairedLow = Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
            if (Character.isISOControl(c) || Character.isSurrogate(c) && !pairedHigh && !pairedLow) {
                kept.append(REPLACEMENT);
            } else {
                kept.append(c);
            }
        }
        if (cut) {
            kept.append(ELLIPSIS);
        }
        return kept.toString();
    }
}
