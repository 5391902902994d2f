package org.opendoors.content.guard.analysis;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.fa.PersianNormalizer;

/**
 * Makes the spellings of one word the same, so a city writes a cue once: ICU's NFKC case folding (case, full-width
 * letters and digits, ligatures), combining marks removed (accents, Arabic short vowels and hamza seats, Cyrillic
 * breve), decimal digits of every script as ASCII digits, Traditional Chinese characters as Simplified, and for
 * Arabic-script languages the Arabic and Persian/Urdu letter variants of yeh, kaf, heh, teh marbuta and alef maksura
 * as one letter (Lucene's Arabic and Persian normalisers). Thread-safe.
 */
final class Folding {

    private static final Normalizer2 CASE_FOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 DECOMPOSE = Normalizer2.getNFDInstance();
    private static final Normalizer2 COMPOSE = Normalizer2.getNFCInstance();
    private static final ThreadLocal<Transliterator> TO_SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
    private static final ArabicNormalizer ARABIC = new ArabicNormalizer();
    private static final PersianNormalizer PERSIAN = new PersianNormalizer();

    private final boolean arabicScript;
    private final boolean chinese;

    Folding(String language) {
        this.arabicScript = language.equals("ar") || language.equals("ur");
        this.chinese = language.equals("zh");
    }

    String fold(String word) {
        String decomposed = DECOMPOSE.normalize(CASE_FOLD.normalize(word));
        StringBuilder folded = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(c -> {
            int type = UCharacter.getType(c);
            if (type == UCharacter.NON_SPACING_MARK || c == 0x200C || c == 0x200D || c == 0x0640) {
                return;
            }
            if (type == UCharacter.DECIMAL_DIGIT_NUMBER) {
                folded.append((char) ('0' + UCharacter.digit(c)));
            } else if (c == 0x066B) {
                folded.append(',');
            } else {
                folded.appendCodePoint(c);
            }
        });
        String text = COMPOSE.normalize(folded);
        if (chinese) {
            text = TO_SIMPLIFIED.get().transliterate(text);
        }
        if (arabicScript) {
            char[] chars = text.toCharArray();
            int length = PERSIAN.normalize(chars, chars.length);
            length = ARABIC.normalize(chars, length);
            text = new String(chars, 0, length);
        }
        return text;
    }
}
