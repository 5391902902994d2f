package org.opendoors.content.guard.service;

import org.opendoors.content.guard.analysis.Word;
import org.opendoors.content.guard.domain.CueEntry;
import org.opendoors.content.guard.domain.Term;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every entry of a language — of all its cues and its allowed phrases — by its first term, so reading a word looks
 * up, once, the few entries that can start there instead of trying every entry on every word (a city has tens of
 * thousands of words and a language thousands of entries).
 */
final class CueIndex {

    /** An entry and what it belongs to: a cue's name, or {@link #ALLOWED}. */
    record Tagged(String cue, CueEntry entry) {
    }

    static final String ALLOWED = "";

    private final Map<String, List<Tagged>> byFirstStem = new HashMap<>();
    private final Map<String, List<Tagged>> byFirstStemHead = new HashMap<>();
    private final Map<String, List<Tagged>> byFirstPrefix = new HashMap<>();
    private final List<Tagged> startingAtNumbers = new ArrayList<>();
    private final Map<String, List<CueEntry>> startingAnywhereByCue = new HashMap<>();
    private int longestPrefix;

    void add(String cue, List<CueEntry> entries) {
        for (CueEntry entry : entries) {
            Tagged tagged = new Tagged(cue, entry);
            Term first = entry.terms().get(0);
            switch (first.kind()) {
                case WORD -> {
                    byFirstStem.computeIfAbsent(first.text(), k -> new ArrayList<>()).add(tagged);
                    if (first.text().length() >= Stems.SHORTEST_SHARED) {
                        byFirstStemHead.computeIfAbsent(Stems.head(first.text()), k -> new ArrayList<>()).add(tagged);
                    }
                }
                case PREFIX -> {
                    byFirstPrefix.computeIfAbsent(first.text(), k -> new ArrayList<>()).add(tagged);
                    longestPrefix = Math.max(longestPrefix, first.text().length());
                }
                case NUMBER, PERCENT -> startingAtNumbers.add(tagged);
                default -> startingAnywhereByCue.computeIfAbsent(cue, k -> new ArrayList<>()).add(entry);
            }
        }
    }

    /** Receives an entry that may start at a word. */
    @FunctionalInterface
    interface CandidateSink {
        void accept(int word, Tagged tagged);
    }

    /**
     * Hands over, word by word, the entries that may start at each word, except those starting with a gap or another
     * cue: those may start anywhere and are given, once for the language, by {@link #startingAnywhere(String)}.
     */
    void candidates(List<Word> words, CandidateSink sink) {
        for (int i = 0; i < words.size(); i++) {
            Word word = words.get(i);
            if (word.number()) {
                for (Tagged tagged : startingAtNumbers) {
                    sink.accept(i, tagged);
                }
            }
            // Stems that begin alike may meet (Stems.meet): of the entries sharing the head, those whose first word
            // meets this one are handed over, the equal one among them.
            List<Tagged> sameHead = word.stem().length() >= Stems.SHORTEST_SHARED
                    ? byFirstStemHead.getOrDefault(Stems.head(word.stem()), List.of()) : List.of();
            for (Tagged tagged : sameHead.isEmpty() ? byFirstStem.getOrDefault(word.stem(), List.of()) : sameHead) {
                if (Stems.meet(word, tagged.entry().terms().get(0))) {
                    sink.accept(i, tagged);
                }
            }
            String folded = word.folded();
            for (int length = 1; length <= Math.min(longestPrefix, folded.length()); length++) {
                for (Tagged tagged : byFirstPrefix.getOrDefault(folded.substring(0, length), List.of())) {
                    sink.accept(i, tagged);
                }
            }
        }
    }

    /** The cue's entries that start with a gap or another cue, in the order they were added. */
    List<CueEntry> startingAnywhere(String cue) {
        return startingAnywhereByCue.getOrDefault(cue, List.of());
    }
}
