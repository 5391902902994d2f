package org.opendoors.content.guard.service;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;

import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

/**
 * How a language's sentences look, letter by letter: how often each run of three letters occurs in the sentences its
 * guard learned from (its examples, written by communicators, ordinary and refused alike). It tells, for a sentence
 * found in a file of another language, which language it is really written in — an English sentence in the Catalan
 * file is then read by the English guard too. Letters are folded (case, width, compatibility forms) as the guard
 * reads words; digits and punctuation say nothing about a language and are left out.
 */
final class LanguageProfile {

    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();

    /**
     * The trigrams seen, each packed into a long ({@link #pack}), ascending, and how often each was seen: read at
     * every start for eight languages' ten thousand examples, so arrays rather than a map of strings.
     */
    private final long[] trigrams;
    private final int[] counts;
    private final long total;
    /** The script most of the language's letters are written in (UScript code): Latin, Arabic, Han, Cyrillic. */
    private final int script;

    private LanguageProfile(long[] trigrams, int[] counts, long total, int script) {
        this.trigrams = trigrams;
        this.counts = counts;
        this.total = total;
        this.script = script;
    }

    static LanguageProfile of(List<String> sentences) {
        int script = dominantScript(String.join(" ", sentences));
        LongStream.Builder all = LongStream.builder();
        for (String sentence : sentences) {
            for (long trigram : trigrams(sentence, script)) {
                all.add(trigram);
            }
        }
        long[] sorted = all.build().sorted().toArray();
        long[] distinct = new long[sorted.length];
        int[] counts = new int[sorted.length];
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (n > 0 && distinct[n - 1] == sorted[i]) {
                counts[n - 1]++;
            } else {
                distinct[n] = sorted[i];
                counts[n++] = 1;
            }
        }
        return new LanguageProfile(Arrays.copyOf(distinct, n), Arrays.copyOf(counts, n), sorted.length, script);
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
        int[] letters = new int[UScript.CODE_LIMIT];
        long all = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (UCharacter.isLetter(c)) {
                int script = UScript.getScript(c);
                int weight = script == UScript.HAN ? 3 : 1;
                letters[script] += weight;
                all += weight;
            }
        }
        int most = 0;
        for (int script = 1; script < letters.length; script++) {
            if (letters[script] > letters[most]) {
                most = script;
            }
        }
        return all > 0 && letters[most] * 4L >= all * 3 ? most : UScript.INVALID_CODE;
    }

    boolean isEmpty() {
        return total == 0;
    }

    /** The mean log-likelihood of the text's trigrams ({@link #trigrams}) under this language (add-one smoothing). */
    double score(long[] text) {
        if (text.length == 0 || total == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        double denominator = Math.log(total + trigrams.length + 1.0);
        double sum = 0;
        for (long trigram : text) {
            int at = Arrays.binarySearch(trigrams, trigram);
            sum += Math.log((at >= 0 ? counts[at] : 0) + 1.0) - denominator;
        }
        return sum / text.length;
    }

    /**
     * The runs of three letters of each word written in {@code script}, the word's edges marked by a space, each
     * packed into a long ({@link #pack}).
     */
    static long[] trigrams(String text, int script) {
        String folded = FOLD.normalize(text);
        LongStream.Builder trigrams = LongStream.builder();
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
        return trigrams.build().toArray();
    }

    private static void addWord(StringBuilder word, LongStream.Builder trigrams) {
        if (word.length() <= 1) {
            return;
        }
        word.append(' ');
        int[] points = word.codePoints().toArray();
        for (int i = 0; i + 3 <= points.length; i++) {
            trigrams.add(pack(points[i], points[i + 1], points[i + 2]));
        }
    }

    /** Three code points (21 bits each) in one long: the same three letters, the same number. */
    static long pack(int first, int second, int third) {
        return ((long) first << 42) | ((long) second << 21) | third;
    }
}
