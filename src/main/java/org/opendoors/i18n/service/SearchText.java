package org.opendoors.i18n.service;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

import java.util.Arrays;
import java.util.List;

/**
 * Folds text for matching as families type: without case, accents or width ("fabra" finds "Fàbra", "ＶＡＬＬ" finds
 * "Vall", "елка" finds "Ёлка"), Arabic-script letter variants as one ("مدرسه" finds "مدرسة"), Traditional Chinese as
 * Simplified ("音樂" finds "音乐"). ICU normalizers are immutable and shared between threads.
 */
public final class SearchText {

    private static final Normalizer2 DECOMPOSE = Normalizer2.getNFDInstance();
    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();

    private SearchText() {
    }

    /**
     * Letters that Arabic-script writers use for one another (and keyboards type for one another): teh marbuta and
     * heh, alef maksura and yeh, Farsi yeh and Urdu yeh barree and yeh, keheh and kaf, Urdu heh goal and do-chashmi
     * heh and heh; tatweel stretches a word and means nothing. Hamza and madda forms of alef are marks and go with
     * the other marks.
     */
    private static final String ARABIC_LETTERS = "\u0629\u06C3\u0649\u06CC\u06D2\u06A9\u06C1\u06BE";
    private static final String ARABIC_ONE_FORM = "\u0647\u0647\u064A\u064A\u064A\u0643\u0647\u0647";
    private static final char TATWEEL = '\u0640';
    /**
     * Traditional characters read as the Simplified ones the portal's Chinese texts use, so "音樂" finds "音乐".
     * ICU's transliterators keep state while they work: one per thread.
     */
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Hant-Hans"));

    public static String fold(String text) {
        String decomposed = DECOMPOSE.normalize(withOneLetterForm(text));
        StringBuilder withoutMarks = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(c -> UCharacter.getType(c) != UCharacterCategory.NON_SPACING_MARK)
                .forEach(withoutMarks::appendCodePoint);
        // The Catalan middle dot (col·legi) and apostrophes are written in many ways; words match without them.
        return FOLD.normalize(withoutMarks).replaceAll("[·.'’ʼ]", "");
    }

    /** Arabic-script letter variants as one form, Traditional Chinese as Simplified; other text as it is. */
    private static String withOneLetterForm(String text) {
        boolean arabic = false;
        boolean han = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            arabic |= c >= '\u0600' && c <= '\u06FF';
            han |= Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }
        String result = han ? TO_SIMPLIFIED.get().transliterate(text) : text;
        if (arabic) {
            StringBuilder one = new StringBuilder(result.length());
            for (int i = 0; i < result.length(); i++) {
                char c = result.charAt(i);
                int variant = ARABIC_LETTERS.indexOf(c);
                if (c != TATWEEL) {
                    one.append(variant >= 0 ? ARABIC_ONE_FORM.charAt(variant) : c);
                }
            }
            result = one.toString();
        }
        return result;
    }

    /** Whether every word of the query occurs in the folded text (scripts without spaces match as one word). */
    public static boolean matches(String foldedText, String query) {
        return matchesAll(foldedText, queryWords(query));
    }

    /** A query's folded words, folded once for all the texts it is matched against; none for a blank query. */
    public static List<String> queryWords(String query) {
        return Arrays.stream(fold(query).split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }

    /** Whether every one of {@link #queryWords(String) a query's words} occurs in the folded text. */
    public static boolean matchesAll(String foldedText, List<String> queryWords) {
        for (String word : queryWords) {
            if (!foldedText.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
