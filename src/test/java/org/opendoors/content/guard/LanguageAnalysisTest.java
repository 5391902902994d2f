package org.opendoors.content.guard;

import org.junit.jupiter.api.Test;
import org.opendoors.content.guard.analysis.LanguageAnalysis;
import org.opendoors.content.guard.analysis.Word;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the guard reads words: one form for every spelling and inflection, and which words are numbers. */
class LanguageAnalysisTest {

    private static List<String> stems(String language, String text) {
        return new LanguageAnalysis(language).words(text).stream().map(Word::stem).toList();
    }

    private static List<Boolean> numbers(String language, String text) {
        return new LanguageAnalysis(language).words(text).stream().map(Word::number).toList();
    }

    @Test
    void inflectionsCaseAndAccentsMeetOneStem() {
        assertEquals(stems("es", "Alumnos"), stems("es", "alumno"));
                assertEquals(stems("fr", "élèves"), stems("fr", "Élève"));
        assertEquals(stems("ca", "l'escola"), stems("ca", "escoles"));
        assertEquals(stems("en", "applicants"), stems("en", "applicant"));
        assertEquals(stems("ru", "мигрантов"), stems("ru", "мигранты"));
        assertEquals(stems("ru", "ещё"), stems("ru", "еще"));
    }

    @Test
    void arabicScriptVariantsAndDiacriticsAreOneSpelling() {
        assertEquals(stems("ar", "المدرسة"), stems("ar", "المدرسه"));
        assertEquals(stems("ar", "أفضل"), stems("ar", "افضل"));
        assertEquals(stems("ar", "مَدْرَسَة"), stems("ar", "مدرسة"));
        // Urdu yeh, kaf and heh typed with their Arabic look-alikes.
        assertEquals(stems("ur", "اسکول"), stems("ur", "اسكول"));
        assertEquals(stems("ur", "فیصد"), stems("ur", "فيصد"));
    }

    @Test
    void widthAndTraditionalChineseAreFolded() {
        assertEquals(stems("zh", "考试成绩"), stems("zh", "考試成績"));
        assertEquals(List.of("30"), new LanguageAnalysis("zh").words("３０").stream().map(Word::folded).toList());
    }

    @Test
    void digitsOfEveryScriptAndNumbersWrittenAsWordsAreNumbers() {
        assertEquals(List.of(true), numbers("ar", "٤٠"));
        assertEquals(List.of(true), numbers("ur", "۴۰"));
        assertEquals(List.of(true, false), numbers("ar", "لـ٦٠ مقعدًا"));
        assertEquals(List.of(false, true, false, true), numbers("en", "only seven of ten"));
        assertEquals(List.of(true, false, false, true), numbers("es", "siete de cada diez"));
        assertEquals(List.of(true), numbers("fr", "quarante"));
        // "one" alone is an article or a pronoun; inside a longer number it is part of it.
        assertEquals(List.of(true, true, false), numbers("en", "thirty-one nationalities"));
        assertEquals(List.of(false, false), numbers("en", "one family"));
        assertEquals(List.of(true), numbers("ru", "сорока"));
        assertEquals(List.of(true), numbers("ur", "چالیس"));
        assertEquals(List.of(true), numbers("ar", "أربعون"));
    }

    @Test
    void datesYearsAndTimesAreNotQuantities() {
        assertEquals(List.of(false, false, false), numbers("en", "on 3 March"));
        assertEquals(List.of(false, false, false), numbers("es", "3 de marzo"));
        assertEquals(List.of(false, false), numbers("fr", "en 2025"));
        assertEquals(List.of(false, false, false, false), numbers("ca", "a les 9:00"));
        assertTrue(numbers("en", "40 pupils").get(0));
        assertEquals(List.of(false, false), numbers("en", "costs €6.50"));
        assertEquals(List.of(false, false, false, false, false, false), numbers("ru", "телефон +34 930 41 00 10"));
        assertEquals(List.of(false, false, false, false), numbers("fr", "le 15/03/2027"));
        assertEquals(List.of(true, true), numbers("fr", "7/10"));
        assertEquals(List.of(false, false), numbers("fr", "6,50 € par"));
        // Catalan months are written "de gener": a share "de les famílies" is no date.
        assertEquals(List.of(false, true, false, false), numbers("ca", "el 40 de les"));
        assertEquals(List.of(false, false), numbers("zh", "3月"));
        // The numerals of "十一月" name the month there, and are numbers everywhere else.
        assertEquals(List.of(true, true), numbers("zh", "四十"));
    }

    @Test
    void numberWordsAreComparedAsWrittenNotAsStems() {
        // "centre" stems to "cent" (a hundred) in Catalan; it is a school's word, not a number.
        assertEquals(List.of(false, false), numbers("ca", "el centre"));
        assertEquals(List.of(true), numbers("ca", "cent"));
    }

    @Test
    void aPercentSignBelongsToItsNumber() {
        Word percent = new LanguageAnalysis("ar").words("٤٠٪ من التلاميذ").get(0);
        assertTrue(percent.percent());
        assertEquals(3, percent.end());
        assertFalse(new LanguageAnalysis("en").words("40 pupils").get(0).percent());
    }

    @Test
    void sentencesEndAtFullStopsAndLineBreaks() {
        LanguageAnalysis analysis = new LanguageAnalysis("en");
        assertEquals(3, analysis.sentences("One line. Another one.\n- a list item").size());
    }
}
