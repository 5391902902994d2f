package org.opendoors.guard.service;

import org.opendoors.guard.analysis.Word;
import org.opendoors.guard.domain.CueEntry;
import org.opendoors.guard.domain.Term;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A cue's entries by their first term, so reading a word looks up the few entries that can start there instead of
 * trying every entry of every cue on every word (a city has tens of thousands of words and hundreds of entries).
 */
final class CueIndex {

    private final Map<String, List<CueEntry>> byFirstStem = new HashMap<>();
    private final Map<String, List<CueEntry>> byFirstStemHead = new HashMap<>();
    private final Map<String, List<CueEntry>> byFirstPrefix = new HashMap<>();
    private final List<CueEntry> startingAnywhere = new ArrayList<>();
    private final int longestPrefix;

    CueIndex(List<CueEntry> entries) {
        int longest = 0;
        for (CueEntry entry : entries) {
            Term first = entry.terms().get(0);
            switch (first.kind()) {
                case WORD -> {
                    byFirstStem.computeIfAbsent(first.text(), k -> new ArrayList<>()).add(entry);
                    if (first.text().length() >= Stems.SHORTEST_SHARED) {
                        byFirstStemHead.computeIfAbsent(Stems.head(first.text()), k -> new ArrayList<>()).add(entry);
                    }
                }
                case PREFIX -> {
                    byFirstPrefix.computeIfAbsent(first.text(), k -> new ArrayList<>()).add(entry);
                    longest = Math.max(longest, first.text().length());
                }
                default -> startingAnywhere.add(entry);
            }
        }
        this.longestPrefix = longest;
    }

    /** The entries that may start at this word. */
    List<CueEntry> candidates(Word word) {
        List<CueEntry> candidates = new ArrayList<>(startingAnywhere);
        List<CueEntry> sameHead = word.stem().length() >= Stems.SHORTEST_SHARED
                ? byFirstStemHead.getOrDefault(Stems.head(word.stem()), List.of()) : List.of();
        if (sameHead.isEmpty()) {
            candidates.addAll(byFirstStem.getOrDefault(word.stem(), List.of()));
        } else {
            candidates.addAll(sameHead);
        }
        if (!byFirstPrefix.isEmpty()) {
            String folded = word.folded();
            for (int length = 1; length <= Math.min(longestPrefix, folded.length()); length++) {
                candidates.addAll(byFirstPrefix.getOrDefault(folded.substring(0, length), List.of()));
            }
        }
        return candidates;
    }
}
