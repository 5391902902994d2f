package org.opendoors.editorial.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two texts, word by word: the words both share, the words taken out and the words put in. The
 * texts are cut at ICU's word boundaries, so Chinese (no spaces) and Arabic are compared by their words too, and the
 * alignment is java-diff-utils' Myers diff over those pieces. A reader sees "every <del>Friday</del><ins>Thursday</ins>"
 * rather than two whole paragraphs, one struck out.
 */
public final class WordDiff {

    /** A piece of text and what happened to it. */
    public enum Change { KEPT, REMOVED, ADDED }

    /** Serializable: an editor keeps a stale text's pieces in its view, which a cluster may move between nodes. */
    public record Piece(Change change, String text) implements java.io.Serializable {
        public boolean isKept() {
            return change == Change.KEPT;
        }

        public boolean isRemoved() {
            return change == Change.REMOVED;
        }

        public boolean isAdded() {
            return change == Change.ADDED;
        }

        public String getText() {
            return text;
        }
    }

    /** The two texts, each as the pieces a reader sees: the older with what was removed, the newer with what was added. */
    public record Sides(List<Piece> older, List<Piece> newer) {
        public List<Piece> getOlder() {
            return older;
        }

        public List<Piece> getNewer() {
            return newer;
        }
    }

    /** Texts longer than this are compared as they are: a diff of huge texts costs more than it tells. */
    static final int MAX_WORDS = 20_000;

    private WordDiff() {
    }

    /** Every piece in reading order: kept, then what was removed before what was added at the same place. */
    public static List<Piece> between(String older, String newer) {
        List<String> before = words(older == null ? "" : older);
        List<String> after = words(newer == null ? "" : newer);
        List<Piece> pieces = new ArrayList<>();
        if (before.size() > MAX_WORDS || after.size() > MAX_WORDS) {
            add(pieces, Change.REMOVED, String.join("", before));
            add(pieces, Change.ADDED, String.join("", after));
            return pieces;
        }
        Patch<String> patch = DiffUtils.diff(before, after);
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(pieces, Change.KEPT, String.join("", before.subList(position, start)));
            add(pieces, Change.REMOVED, String.join("", delta.getSource().getLines()));
            add(pieces, Change.ADDED, String.join("", delta.getTarget().getLines()));
            position = start + delta.getSource().size();
        }
        add(pieces, Change.KEPT, String.join("", before.subList(position, before.size())));
        return pieces;
    }

    /** The same change told twice, as a two-column table shows it. */
    public static Sides sides(String older, String newer) {
        List<Piece> all = between(older, newer);
        return new Sides(all.stream().filter(piece -> !piece.isAdded()).toList(),
                all.stream().filter(piece -> !piece.isRemoved()).toList());
    }

    /** The text cut at word boundaries; spaces and punctuation are pieces of their own, so joining gives it back. */
    static List<String> words(String text) {
        BreakIterator boundaries = BreakIterator.getWordInstance(ULocale.ROOT);
        boundaries.setText(text);
        List<String> words = new ArrayList<>();
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            words.add(text.substring(start, end));
        }
        return words;
    }

    private static void add(List<Piece> pieces, Change change, String text) {
        if (text.isEmpty()) {
            return;
        }
        int last = pieces.size() - 1;
        if (last >= 0 && pieces.get(last).change() == change) {
            pieces.set(last, new Piece(change, pieces.get(last).text() + text));
        } else {
            pieces.add(new Piece(change, text));
        }
    }
}
