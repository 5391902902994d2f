package org.opendoors.translation;

import org.junit.jupiter.api.Test;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.translation.domain.BundleFinding;
import org.opendoors.translation.service.BundleChecker;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks the translator's editor runs on save, one message against its English source. */
class TranslationCheckTest {

    private static final String SCHOOLS = "{count, plural, one {# school} other {# schools}}";

    @Test
    void arabicWithAllSixCategoriesPasses() {
        assertEquals(List.of(), check(SupportedLanguage.AR, SCHOOLS,
                "{count, plural, zero {لا مدارس} one {مدرسة واحدة} two {مدرستان} few {# مدارس} many {# مدرسة} other {# مدرسة}}"));
    }

    @Test
    void arabicLackingCategoriesIsRefusedNamingThem() {
        List<BundleFinding> findings = BundleChecker.checkTranslation(SupportedLanguage.AR, "schools", SCHOOLS,
                "{count, plural, one {مدرسة واحدة} other {# مدرسة}}");
        assertEquals(List.of("ERROR plural-categories"), summary(findings));
        assertTrue(findings.get(0).message().contains("[few, many, two, zero]"), findings.get(0).message());
        assertEquals("messages_ar.properties", findings.get(0).file());
        assertEquals("schools", findings.get(0).key());
    }

    @Test
    void aMessageLongerThanAnyTheUiNeedsIsRefusedBeforeItIsParsed() {
        String nested = "{count, plural, other {".repeat(3_000) + "x" + "}}".repeat(3_000);
        assertEquals(List.of("ERROR length"), check(SupportedLanguage.RU, SCHOOLS, nested));
        assertEquals(List.of("ERROR length"), check(SupportedLanguage.FR, "Home", "Accueil ".repeat(1_300)));
    }

    @Test
    void russianWithoutOtherIsRefused() {
        assertEquals(List.of("ERROR missing-other"), check(SupportedLanguage.RU, SCHOOLS,
                "{count, plural, one {# школа} few {# школы} many {# школ}}"));
    }

    @Test
    void russianThatLosesAnArgumentIsRefused() {
        assertEquals(List.of("ERROR arguments"), check(SupportedLanguage.RU, "Schools in {city}", "Школы в городе"));
    }

    @Test
    void chineseWithBrokenSyntaxOrMarkupIsRefused() {
        assertEquals(List.of("ERROR icu-syntax"), check(SupportedLanguage.ZH, SCHOOLS, "{count, plural, other {# 所学校}"));
        assertEquals(List.of("ERROR markup"), check(SupportedLanguage.ZH, "Open days", "<b>开放日"));
        assertEquals(List.of(), check(SupportedLanguage.ZH, SCHOOLS, "{count, plural, other {# 所学校}}"));
    }

    @Test
    void markupOfAnyKindIsRefusedEvenBalancedBecauseFamiliesWouldSeeItAsTyped() {
        assertEquals(List.of("ERROR markup"), check(SupportedLanguage.AR, "Best schools", "<b>أفضل</b> المدارس"));
        assertEquals(List.of("ERROR markup"), check(SupportedLanguage.FR, "Open days", "Portes&nbsp;ouvertes"));
        assertEquals(List.of("ERROR markup"), check(SupportedLanguage.ES, "Open days", "Jornadas &#60;abiertas"));
        assertEquals(List.of("ERROR markup"), check(SupportedLanguage.EN, "Open days", "<img src=x onerror=alert(1)>"));
        assertEquals(List.of("ERROR markup"), check(SupportedLanguage.RU, "Open days", "Дни <!-- --> открытых дверей"));
        // Comparisons and ampersands in words are not markup.
        assertEquals(List.of(), check(SupportedLanguage.EN, "Ages 3 < 6", "Ages 3 < 6 & over"));
        assertEquals(List.of(), check(SupportedLanguage.CA, "Open days", "Portes obertes & jornades"));
    }

    @Test
    void chineseThatChangesAnArgumentTypeIsRefused() {
        assertEquals(List.of("ERROR argument-types"), check(SupportedLanguage.ZH, "{count, number} schools",
                "{count} 所学校"));
    }

    @Test
    void urduWithAnOpenIsolateOrAControlCharacterIsRefused() {
        assertEquals(List.of("ERROR bidi-control"), check(SupportedLanguage.UR, "Call {phone}", "کال کریں \u2066{phone}"));
        assertEquals(List.of("ERROR control-character"), check(SupportedLanguage.UR, "Call {phone}", "کال\u0007 کریں {phone}"));
        assertEquals(List.of(), check(SupportedLanguage.UR, "Call {phone}", "کال کریں \u2066{phone}\u2069"));
    }

    @Test
    void anEmptyTranslationIsRefused() {
        assertEquals(List.of("ERROR empty"), check(SupportedLanguage.UR, "Schools", "  "));
    }

    @Test
    void aCopyOfTheSourceIsOnlyAWarning() {
        assertEquals(List.of("WARNING identical-to-source"), check(SupportedLanguage.UR, "E-mail", "E-mail"));
        assertEquals(List.of(), check(SupportedLanguage.UR, "{phone}", "{phone}"));
    }

    private static List<String> check(SupportedLanguage language, String source, String text) {
        return summary(BundleChecker.checkTranslation(language, "key", source, text));
    }

    private static List<String> summary(List<BundleFinding> findings) {
        return findings.stream().map(f -> f.severity() + " " + f.check()).toList();
    }

    @Test
    void aFindingKeepsItsEnglishMessageAndCarriesItsSentenceForTheReadersLanguage() {
        List<BundleFinding> findings = BundleChecker.checkTranslation(SupportedLanguage.ES, "x",
                "Schools in {city}", "Escuelas <b>en</b> la ciudad");
        assertEquals(List.of("markup", "arguments"), findings.stream().map(BundleFinding::check).toList());
        assertEquals("Texts of the portal are plain text: take out <b> (families would see it as typed). Write the words "
                + "alone.", findings.get(0).message());
        assertEquals("Arguments differ from the English source; missing [city].", findings.get(1).message());
        for (BundleFinding finding : findings) {
            assertTrue(finding.wording() != null, finding.check());
            String english = org.opendoors.i18n.service.StaffMessages.english(finding.wording());
            assertEquals(finding.message(), english);
        }
    }
}
