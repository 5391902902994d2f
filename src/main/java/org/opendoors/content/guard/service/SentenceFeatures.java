package org.opendoors.content.guard.service;

import org.opendoors.content.guard.analysis.Word;

import java.util.ArrayList;
import java.util.List;

/**
 * What the guard's learned model reads in a sentence: its words as the cue lexicons compare them (stems; any
 * number is "#", a percentage "%"), pairs of words close together, four-letter pieces of each word, and — the meaning a lexicon gives — which of the
 * language's cues the sentence holds, alone and in pairs. The model learns which of these together make a share,
 * a score, a demand figure, a rank or a label, so it weighs "origin + quantity" without a rule naming every way
 * to write either.
 */
final class SentenceFeatures {

    /** A feature and the words it was read from, first inclusive, last exclusive; none for the sentence's cues in pairs. */
    record Feature(String name, int first, int end) {
        boolean anchored() {
            return first >= 0;
        }
    }

    private static final int SKIP_WITHIN = 4;
    private static final int CHARACTERS = 4;

    private SentenceFeatures() {
    }

    static List<Feature> of(CompiledRules rules, List<Word> words, SentenceCues cues) {
        List<Feature> features = new ArrayList<>();
        boolean characters = rules.rules().language().equals("zh");
        for (int i = 0; i < words.size(); i++) {
            String word = token(words.get(i));
            features.add(new Feature("w " + word, i, i + 1));
            if (i + 1 < words.size()) {
                features.add(new Feature("b " + word + " " + token(words.get(i + 1)), i, i + 2));
            }
            // Words a few apart still belong together: "pupils ... foreign", "places ... applications".
            for (int j = i + 2; j < Math.min(words.size(), i + 1 + SKIP_WITHIN); j++) {
                features.add(new Feature("s " + word + " " + token(words.get(j)), i, j + 1));
            }
            // Pieces of a word reach its forms and compounds the stemmer leaves apart ("нацональност", "overs-ubscribed").
            if (!characters && !words.get(i).number()) {
                String folded = "^" + words.get(i).folded() + "$";
                for (int k = 0; k + CHARACTERS <= folded.length(); k++) {
                    features.add(new Feature("g " + folded.substring(k, k + CHARACTERS), i, i + 1));
                }
            }
            // A Chinese word is one character here: three in a row are often one word ("平均分", "录取率").
            if (characters && i + 2 < words.size()) {
                features.add(new Feature("t " + word + token(words.get(i + 1)) + token(words.get(i + 2)), i, i + 3));
            }
        }
        List<String> present = new ArrayList<>();
        for (String cue : rules.rules().cues().keySet()) {
            List<int[]> spans = cues.found(cue);
            if (!spans.isEmpty()) {
                present.add(cue);
                for (int[] span : spans) {
                    features.add(new Feature("c " + cue, span[0], span[1]));
                }
            }
        }
        present.sort(String::compareTo);
        for (int a = 0; a < present.size(); a++) {
            for (int b = a + 1; b < present.size(); b++) {
                features.add(new Feature("p " + present.get(a) + "+" + present.get(b), -1, -1));
            }
        }
        return features;
    }

    private static String token(Word word) {
        return word.percent() ? "%" : word.number() ? "#" : word.stem();
    }
}
