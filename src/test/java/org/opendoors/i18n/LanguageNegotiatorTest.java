package org.opendoors.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opendoors.i18n.service.LanguageNegotiator;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageNegotiatorTest {

    private final LanguageNegotiator negotiator = new LanguageNegotiator();

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "ur,en;q=0.5                | ur",
            "ar-MA,fr;q=0.8             | ar",
            "zh-CN,zh;q=0.9,en;q=0.8    | zh",
            "zh-TW                      | zh",
            "zh-HK                      | zh",
            "zh-Hant-MO,de;q=0.5        | zh",
            "ca-ES-valencia             | ca",
            "es-MX,es;q=0.9             | es",
            "fr-CA                      | fr",
            "ru-RU,ru;q=0.9,en;q=0.5    | ru",
            "en;q=0.2,ru;q=0.9          | ru",
            "de-DE,es;q=0.7             | es",
            "de-DE                      | en",
            "''                         | en",
            "this is not a header;;;    | en",
    })
    void choosesTheBestSupportedLanguage(String acceptLanguage, String expected) {
        assertEquals(expected, negotiator.negotiate(acceptLanguage).tag());
    }

    @org.junit.jupiter.api.Test
    void aMissingHeaderFallsBackToEnglish() {
        assertEquals("en", negotiator.negotiate(null).tag());
    }
}
