package org.opendoors.i18n.service;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.Normalizer2;

import java.util.Arrays;
import java.util.List;

/**
 * Folds text for matching as families type: without case, accents or width ("fabra" finds "Fàbra", "ＶＡＬＬ" finds
 * "Vall", "елка" finds "Ёлка"). ICU normalizers are immutable and shared between threads.
 */
public final class SearchText {

    private static final Normalizer2 DECOMPOSE = Normalizer2.getNFDInstance();
    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();

    private SearchText() {
    }

    public static String fold(String text) {
        String decomposed = DECOMPOSE.normalize(text);
        StringBuilder withoutMarks = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(c -> UCharacter.getType(c) != UCharacterCategory.NON_SPACING_MARK)
                .forEach(withoutMarks::appendCodePoint);
        // The Catalan middle dot (col·legi) and apostrophes are written in many ways; words match without them.
        return FOLD.normalize(withoutMarks).replaceAll("[·.'’ʼ]", "");
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
