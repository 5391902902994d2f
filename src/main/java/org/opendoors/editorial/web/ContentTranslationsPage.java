package org.opendoors.editorial.web;

import com.ibm.icu.text.ListFormatter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.editorial.domain.TranslationCounts;
import org.opendoors.editorial.service.ContentTranslations;
import org.opendoors.security.web.StaffLanguage;
import org.opendoors.security.web.StaffTexts;

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
    @Inject
    private StaffLanguage staffLanguage;
    @Inject
    private StaffTexts bo;

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

    /** A language of the counts table by its name ("Català (ca)"), not its bare code. */
    public String nameOf(String tag) {
        return tag == null ? "" : DocumentEditorPage.languageName(tag);
    }

    /** Fields as the editor labels them, listed the way the reader's language lists things ("Summary and Faq › fees"). */
    public String fieldList(List<String> fields) {
        List<String> labels = fields.stream().filter(field -> field != null && !field.isEmpty())
                .map(field -> FieldEdit.labelOf(bo, field)).toList();
        return ListFormatter.getInstance(staffLanguage.language().locale()).format(labels);
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
