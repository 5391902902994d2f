package org.opendoors.i18n;

import org.junit.jupiter.api.Test;
import org.opendoors.i18n.domain.LocalizedText;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.MessageCatalog;

import java.util.Map;
import java.util.MissingResourceException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MessageCatalogTest {

    private static final String SCHOOLS_RU = "{count, plural, one {# школа} few {# школы} many {# школ} other {# школы}}";
    private static final String SCHOOLS_AR = "{count, plural, zero {لا مدارس} one {مدرسة واحدة} two {مدرستان} "
            + "few {# مدارس} many {# مدرسة} other {# مدرسة}}";

    private final MessageCatalog catalog = MessageCatalog.of(Map.of(
            SupportedLanguage.EN, Map.of("schools", "{count, plural, one {# school} other {# schools}}",
                    "only_in_english", "Only in English", "quote", "It's the city's guide to {city}"),
            SupportedLanguage.CA, Map.of("quote", "L'escola de {city} i l'institut"),
            SupportedLanguage.RU, Map.of("schools", SCHOOLS_RU),
            SupportedLanguage.AR, Map.of("schools", SCHOOLS_AR),
            SupportedLanguage.ES, Map.of(), SupportedLanguage.FR, Map.of(), SupportedLanguage.UR, Map.of(),
            SupportedLanguage.ZH, Map.of()));

    @Test
    void russianPluralsTakeTheirFourForms() {
        assertEquals("1 школа", format(SupportedLanguage.RU, 1));
        assertEquals("3 школы", format(SupportedLanguage.RU, 3));
        assertEquals("5 школ", format(SupportedLanguage.RU, 5));
        assertEquals("21 школа", format(SupportedLanguage.RU, 21));
        assertEquals("1,5 школы", catalog.format(SupportedLanguage.RU, "schools", Map.of("count", 1.5)).text());
    }

    @Test
    void arabicPluralsTakeTheirSixForms() {
        assertEquals("لا مدارس", format(SupportedLanguage.AR, 0));
        assertEquals("مدرسة واحدة", format(SupportedLanguage.AR, 1));
        assertEquals("مدرستان", format(SupportedLanguage.AR, 2));
        assertEquals("3 مدارس", format(SupportedLanguage.AR, 3));
        assertEquals("11 مدرسة", format(SupportedLanguage.AR, 11));
    }

    @Test
    void apostrophesStayAsWritten() {
        assertEquals("L'escola de Vallmar i l'institut",
                catalog.format(SupportedLanguage.CA, "quote", Map.of("city", "Vallmar")).text());
        assertEquals("It's the city's guide to Vallmar",
                catalog.format(SupportedLanguage.EN, "quote", Map.of("city", "Vallmar")).text());
    }

    @Test
    void aMissingTranslationFallsBackToEnglishAndSaysSo() {
        LocalizedText text = catalog.text(SupportedLanguage.FR, "only_in_english");
        assertEquals("Only in English", text.text());
        assertEquals(SupportedLanguage.EN, text.language());
    }

    @Test
    void anUnknownKeyIsAnErrorNotAKeyShownToFamilies() {
        assertThrows(MissingResourceException.class, () -> catalog.text(SupportedLanguage.EN, "no.such.key"));
    }

    @Test
    void overridesReplaceMessagesInANewCatalogAndLeaveTheOldOneAsItWas() {
        MessageCatalog overridden = catalog.withOverrides(Map.of(SupportedLanguage.RU,
                Map.of("schools", "{count, plural, one {# школа!} few {# школы!} many {# школ!} other {# школы!}}")));
        assertEquals("5 школ!", overridden.format(SupportedLanguage.RU, "schools", Map.of("count", 5)).text());
        assertEquals("5 школ", format(SupportedLanguage.RU, 5));
        assertEquals("لا مدارس", overridden.format(SupportedLanguage.AR, "schools", Map.of("count", 0)).text());
    }

    private String format(SupportedLanguage language, int count) {
        return catalog.format(language, "schools", Map.of("count", count)).text();
    }
}
