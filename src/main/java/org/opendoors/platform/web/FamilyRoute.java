package org.opendoors.platform.web;

import org.opendoors.i18n.domain.SupportedLanguage;

import java.util.Optional;

/**
 * What a family URL asks for: a page in a language, with the school's slug on a profile. {@code pathInLanguage}
 * is the URL after the language ({@code /schools/escola-la-sinia}), so that the same page can be linked in the
 * other languages.
 */
public record FamilyRoute(SupportedLanguage language, FamilyView page, String pathInLanguage, String slug) {

    public static final String REQUEST_ATTRIBUTE = FamilyRoute.class.getName();

    public Optional<String> schoolSlug() {
        return Optional.ofNullable(slug);
    }

    public String pathIn(SupportedLanguage other) {
        return "/" + other.tag() + pathInLanguage;
    }
}
