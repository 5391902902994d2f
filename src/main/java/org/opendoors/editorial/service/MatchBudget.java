package org.opendoors.editorial.service;

/**
 * A text as the guard's regular expressions read it, counting every character they look at: a pattern that
 * backtracks without end on a text ({@code (\w+\s*){2,40}z}, {@code (.*,){15}x}: Java's own protection covers
 * {@code (a+)+} but not counted or nested repetitions) is stopped after a budget proportional to
 * the text, instead of taking the server's cores for minutes. An ordinary pattern looks at each character a few
 * times and never comes near it.
 */
final class MatchBudget implements CharSequence {

    /** Characters looked at per character of text, and a floor for short texts: far above what any rule needs. */
    private static final long PER_CHARACTER = 1_000;
    private static final long FLOOR = 200_000;

    private final String text;
    private final String ruleId;
    private long left;

    MatchBudget(String text, String ruleId) {
        this.text = text;
        this.ruleId = ruleId;
        this.left = FLOOR + PER_CHARACTER * text.length();
    }

    @Override
    public char charAt(int index) {
        if (--left < 0) {
            throw new GuardRuleTooSlowException(ruleId);
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.subSequence(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
