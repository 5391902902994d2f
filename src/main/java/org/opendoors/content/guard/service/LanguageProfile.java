package org.opendoors.content.guard.service;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a language's sentences look, letter by letter: how often each run of three letters occurs in the sentences its
 * guard learned from (its examples, written by communicators, ordinary and refused alike). It tells, for a sentence
 * found in a file of another language, which language it is really written in — an English sentence in the Catalan
 * file is then read by the English guard too. Letters are folded (case, width, compatibility forms) as the guard
 * reads words; digits and punctuation say nothing about a language and are left out.
 */
final class LanguageProfile {

    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();

    private final Map<String, Integer> counts;
    private final long total;
    /** The script most of the language's letters are written in (UScript code): Latin, Arabic, Han, Cyrillic. */
    private final int script;

    private LanguageProfile(Map<String, Integer> counts, long total, int script) {
        this.counts = counts;
        this.total = total;
        this.script = script;
    }

    static LanguageProfile of(List<String> sentences) {
        Map<String, Integer> counts = new HashMap<>();
        long total = 0;
        int script = dominantScript(String.join(" ", sentences));
        for (String sentence : sentences) {
            for (String trigram : trigrams(sentence, script)) {
                counts.merge(trigram, 1, Integer::sum);
                total++;
            }
        }
        return new LanguageProfile(Map.copyOf(counts), total, script);
    }

    int script() {
        return script;
    }

    /**
     * The script most of the text is written in, when it clearly is (three quarters of its letters or more), else
     * {@link UScript#INVALID_CODE}: "Institut Riera Alta 位于老纺织厂 Can Ferrer 的大厂房里" is no sentence to take out
     * of its file's language. A Han character counts as three letters: it is a word or most of one.
     */
    static int dominantScript(String text) {
        Map<Integer, Integer> letters = new HashMap<>();
        text.codePoints().filter(UCharacter::isLetter).forEach(c -> {
            int script = UScript.getScript(c);
            letters.merge(script, script == UScript.HAN ? 3 : 1, Integer::sum);
        });
        int all = letters.values().stream().mapToInt(Integer::intValue).sum();
        return letters.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(most -> most.getValue() * 4 >= all * 3).map(Map.Entry::getKey).orElse(UScript.INVALID_CODE);
    }

    boolean isEmpty() {
        return total == 0;
    }

    /** The mean log-likelihood of the text's trigrams under this language (add-one smoothing). */
    double score(List<String> trigrams) {
        if (trigrams.isEmpty() || total == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double denominator = Math.log(total + counts.size() + 1.0);
        double sum = 0;
        for (String trigram : trigrams) {
            sum += Math.log(counts.getOrDefault(trigram, 0) + 1.0) - denominator;
        }
        return sum / trigrams.size();
    }

    /** The runs of three letters of each word written in {@code script}, the word's edges marked by a space. */
    static List<String> trigrams(String text, int script) {
        String folded = FOLD.normalize(text);
        java.util.ArrayList<String> trigrams = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder(" ");
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            boolean letter = UCharacter.isLetter(c) && UScript.getScript(c) == script;
            if (letter || (word.length() > 1 && UCharacter.getType(c) == UCharacter.NON_SPACING_MARK)) {
                word.appendCodePoint(c);
            } else {
                addWord(word, trigrams);
                word.setLength(0);
                word.append(' ');
            }
        }
        addWord(word, trigrams);
        return trigrams;
    }

    private static void addWord(StringBuilder word, List<String> trigrams) {
        if (word.length() <= 1) {
            return;
        }
        word.append(' ');
        int[] points = word.codePoints().toArray();
        for (int i = 0; i + 3 <= points.length; i++) {
            trigrams.add(new String(points, i, 3));
        }
    }
}
