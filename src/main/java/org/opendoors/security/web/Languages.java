package org.opendoors.security.web;

import org.opendoors.i18n.domain.SupportedLanguage;

import java.util.EnumSet;
import java.util.Set;

/** Language tags as a checkbox group sends them (a list, or an array when bound through a map), as languages. */
final class Languages {

    private Languages() {
    }

    static Set<SupportedLanguage> fromTags(Object tags) {
        Set<SupportedLanguage> languages = EnumSet.noneOf(SupportedLanguage.class);
        Iterable<?> values = tags instanceof Object[] array ? java.util.List.of(array)
                : tags instanceof Iterable<?> iterable ? iterable : java.util.List.of();
        values.forEach(tag -> SupportedLanguage.fromTag(String.valueOf(tag)).ifPresent(languages::add));
        return languages;
    }
}
