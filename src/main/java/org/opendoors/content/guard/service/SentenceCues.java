package org.opendoors.content.guard.service;

import org.opendoors.content.guard.analysis.Word;
import org.opendoors.content.guard.domain.Combination;
import org.opendoors.content.guard.domain.CueEntry;
import org.opendoors.content.guard.domain.Term;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cues found in one sentence, as spans of words, and whether a combination of them is there close together. A
 * cue that shares a word with one of the language's allowed phrases is not found: "always full" is no demand in
 * "always full of music".
 */
final class SentenceCues {

    private final CompiledRules rules;
    private final List<Word> words;
    private final int[] numberEnd;
    private final Map<String, List<int[]>> rawMatches = new HashMap<>();
    private final Map<String, List<int[]>> matches = new HashMap<>();
    /** The allowed phrases found, once a cue is asked for: most sentences hold no cue at all. */
    private List<int[]> allowed;
    /** An entry of a cue that may start at a word. */
    private record Candidate(int start, CueEntry entry) {
    }

    /** Per cue: its entries that may start at a word, by word. */
    private final Map<String, List<Candidate>> candidates = new HashMap<>();
    /** Per cue, per word: where the cue's entries found starting at the word end, for "@cue" terms. */
    private final Map<String, List<List<int[]>>> rawMatchesByStart = new HashMap<>();

    SentenceCues(CompiledRules rules, List<Word> words) {
        this.rules = rules;
        this.words = words;
        this.numberEnd = new int[words.size() + 1];
        numberEnd[words.size()] = -1;
        for (int i = words.size() - 1; i >= 0; i--) {
            numberEnd[i] = !words.get(i).number() ? -1 : numberEnd[i + 1] > 0 ? numberEnd[i + 1] : i + 1;
        }
        rules.index().candidates(words, (word, tagged) -> candidates
                .computeIfAbsent(tagged.cue(), cue -> new ArrayList<>()).add(new Candidate(word, tagged.entry())));
    }

    /**
     * The narrowest span, first word inclusive and last exclusive, that holds one found entry of each of the
     * combination's cues within its distance, or null. Each found entry is tried as the first word of the span,
     * with, for every other cue, its entry that ends soonest after it without sharing its own words: a sentence
     * padded with a thousand cue words costs a thousand tries per cue, not their product.
     */
    int[] closest(Combination combination) {
        List<List<int[]>> found = new ArrayList<>();
        for (String cue : combination.cues()) {
            List<int[]> spans = matches(cue);
            if (spans.isEmpty()) {
                return null;
            }
            found.add(spans);
        }
        int[] best = null;
        for (int first = 0; first < found.size(); first++) {
            for (int[] anchor : found.get(first)) {
                int[] span = spanFrom(found, first, anchor, combination.withinWords());
                if (span != null && (best == null || span[1] - span[0] < best[1] - best[0])) {
                    best = span;
                }
            }
        }
        return best;
    }

    private static int[] spanFrom(List<List<int[]>> found, int first, int[] anchor, int within) {
        List<int[]> chosen = new ArrayList<>();
        chosen.add(anchor);
        int end = anchor[1];
        for (int cue = 0; cue < found.size(); cue++) {
            if (cue == first) {
                continue;
            }
            int[] soonest = null;
            for (int[] candidate : found.get(cue)) {
                if (candidate[0] >= anchor[0] && candidate[1] - anchor[0] <= within && apart(candidate, chosen)
                        && (soonest == null || candidate[1] < soonest[1])) {
                    soonest = candidate;
                }
            }
            if (soonest == null) {
                return null;
            }
            chosen.add(soonest);
            end = Math.max(end, soonest[1]);
        }
        return new int[]{anchor[0], end};
    }

    /**
     * Each cue is its own words: "a-level" is an assessment, not also the measure "level"; "no @origin" is a
     * quantity whose origin may be the combination's origin.
     */
    private static boolean apart(int[] candidate, List<int[]> chosen) {
        for (int[] other : chosen) {
            if (candidate[2] < other[3] && other[2] < candidate[3]) {
                return false;
            }
        }
        return true;
    }

    /** Where the cue is found in the sentence, outside allowed phrases, as {start, end, …} word spans. */
    List<int[]> found(String cue) {
        return matches(cue);
    }

    private List<int[]> matches(String cue) {
        List<int[]> found = matches.get(cue);
        if (found == null) {
            if (allowed == null) {
                allowed = spans(CueIndex.ALLOWED);
            }
            found = new ArrayList<>();
            for (int[] span : rawMatches(cue)) {
                if (!overlapsAllowed(span)) {
                    found.add(span);
                }
            }
            matches.put(cue, found);
        }
        return found;
    }

    private boolean overlapsAllowed(int[] span) {
        for (int[] phrase : allowed) {
            if (phrase[0] < span[1] && span[0] < phrase[1]) {
                return true;
            }
        }
        return false;
    }

    private List<int[]> rawMatches(String cue) {
        List<int[]> found = rawMatches.get(cue);
        if (found == null) {
            found = spans(cue);
            rawMatches.put(cue, found);
        }
        return found;
    }

    private List<int[]> rawMatchesStartingAt(String cue, int at) {
        List<List<int[]>> byStart = rawMatchesByStart.get(cue);
        if (byStart == null) {
            byStart = emptyLists(words.size() + 1);
            for (int[] span : rawMatches(cue)) {
                byStart.get(span[0]).add(span);
            }
            rawMatchesByStart.put(cue, byStart);
        }
        return byStart.get(at);
    }

    private static <T> List<List<T>> emptyLists(int size) {
        List<List<T>> lists = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            lists.add(new ArrayList<>(0));
        }
        return lists;
    }

    /**
     * Every place an entry of the index is found, as {start, end, own start, own end}, by start: the own words are
     * those the entry names itself, not through an {@code @cue}, so "no @origin" and the origin it holds are two
     * cues' words. At one word, entries that start with a gap or a cue come first, in the order they were written.
     */
    private List<int[]> spans(String cue) {
        List<int[]> spans = new ArrayList<>();
        for (CueEntry entry : rules.index().startingAnywhere(cue)) {
            for (int start : possibleStarts(entry.terms().get(0))) {
                addSpans(spans, entry, start);
            }
        }
        for (Candidate candidate : candidates.getOrDefault(cue, List.of())) {
            addSpans(spans, candidate.entry(), candidate.start());
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        return spans;
    }

    private void addSpans(List<int[]> spans, CueEntry entry, int start) {
        List<int[]> ends = new ArrayList<>();
        ends(ends, entry.terms(), 0, start, Integer.MAX_VALUE, -1);
        for (int[] end : ends) {
            if (end[0] > start) {
                spans.add(new int[]{start, end[0], end[1], end[2]});
            }
        }
    }

    /** Where an entry whose first term is a gap or a cue may start: any word, or where that cue is found. */
    private List<Integer> possibleStarts(Term first) {
        List<Integer> starts = new ArrayList<>();
        if (first.kind() == Term.Kind.CUE) {
            for (int[] span : rawMatches(first.text())) {
                if (starts.isEmpty() || starts.get(starts.size() - 1) != span[0]) {
                    starts.add(span[0]);
                }
            }
        } else {
            for (int word = 0; word < words.size(); word++) {
                starts.add(word);
            }
        }
        return starts;
    }

    /**
     * Adds where an entry's terms from {@code term} on can end when they start at word {@code at}, each with the
     * first and last-but-one word matched by the entry's own terms so far.
     */
    private void ends(List<int[]> ends, List<Term> terms, int term, int at, int ownStart, int ownEnd) {
        if (term == terms.size()) {
            ends.add(new int[]{at, ownStart, ownEnd});
            return;
        }
        Term next = terms.get(term);
        if (next.kind() == Term.Kind.GAP) {
            for (int skip = 0; skip <= Term.GAP_WORDS && at + skip <= words.size(); skip++) {
                ends(ends, terms, term + 1, at + skip, ownStart, ownEnd);
            }
            return;
        }
        if (next.kind() == Term.Kind.CUE) {
            for (int[] span : rawMatchesStartingAt(next.text(), at)) {
                ends(ends, terms, term + 1, span[1], ownStart, ownEnd);
            }
            return;
        }
        if (at >= words.size()) {
            return;
        }
        Word word = words.get(at);
        int after = switch (next.kind()) {
            case WORD -> Stems.meet(word, next) ? at + 1 : -1;
            case PREFIX -> word.folded().startsWith(next.text()) ? at + 1 : -1;
            case NUMBER -> numberEnd[at];
            case PERCENT -> numberEnd[at] > 0 && words.get(numberEnd[at] - 1).percent() ? numberEnd[at] : -1;
            default -> -1;
        };
        if (after > 0) {
            ends(ends, terms, term + 1, after, Math.min(ownStart, at), Math.max(ownEnd, after));
        }
    }
}
