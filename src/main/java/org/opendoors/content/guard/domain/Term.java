package org.opendoors.content.guard.domain;



/**
 * One position of a cue entry: a word (matched on its stem), the start of a word ({@code nationalit*}, matched on
 * the folded word), any number ({@code #}), a percentage ({@code %}), up to three words of anything ({@code ...}),
 * or any entry of another cue ({@code @origin}).
 */
public record Term(Kind kind, String text, String folded) {

    public enum Kind { WORD, PREFIX, NUMBER, PERCENT, GAP, CUE }

    public static final int GAP_WORDS = 3;

    public Term(Kind kind, String text) {
        this(kind, text, text);
    }

    /** A word: its stem, and its folded form, which tells apart words whose stems only begin alike. */
    public static Term word(String stem, String folded) {
        return new Term(Kind.WORD, stem, folded);
    }
}
