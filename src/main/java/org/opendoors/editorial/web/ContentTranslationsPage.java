package org.opendoors.editorial.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.editorial.domain.TranslationCounts;
import org.opendoors.editorial.service.ContentTranslations;

import java.util.List;

/**
 * Translators' overview of content: counts per language, and for one language the files that need work.
 * <p>
 * Backs {@code /admin/content/translations.xhtml}.
 */
@Named
@RequestScoped
public class ContentTranslationsPage {

    @Inject
    private ContentTranslations translations;

    private String language;
    private List<TranslationCounts> counts;
    private List<ContentTranslations.Work> work;

    public List<TranslationCounts> getCounts() {
        if (counts == null) {
            counts = translations.counts();
        }
        return counts;
    }

    public List<ContentTranslations.Work> getWork() {
        if (work == null) {
            work = language == null || language.isBlank() ? List.of() : translations.work(language);
        }
        return work;
    }

    public String getLanguageName() {
        return language == null ? "" : DocumentEditorPage.languageName(language);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
