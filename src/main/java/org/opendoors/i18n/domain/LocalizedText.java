package org.opendoors.i18n.domain;

/**
 * A text together with the language it is really written in, which differs from the page language when a
 * translation is missing and the source text stands in for it: the page must then mark it with its own
 * {@code lang} so that screen readers switch voice.
 */
public record LocalizedText(String text, SupportedLanguage language) {

    public boolean isIn(SupportedLanguage pageLanguage) {
        return language == pageLanguage;
    }
}
