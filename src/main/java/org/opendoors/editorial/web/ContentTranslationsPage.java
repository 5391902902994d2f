package org.opendoors.editorial.web;

import com.ibm.icu.text.ListFormatter;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.editorial.domain.TranslationCounts;
import org.opendoors.editorial.service.ContentTranslations;
import org.opendoors.security.web.StaffLanguage;
import org.opendoors.security.web.StaffTexts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Translators' overview of content: counts per language, and for one language the files that need work. Both lists
 * are read once per page view, so their tables sort, filter and page what the reader opened.
 * <p>
 * Backs {@code /admin/content/translations.xhtml}.
 */
@Named
@ViewScoped
public class ContentTranslationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ContentTranslations translations;
    @Inject
    private transient StaffLanguage staffLanguage;
    @Inject
    private transient StaffTexts bo;

    private String language;
    /** Lists the tables sort in place: mutable, and the same list on every request of the view. */
    private transient List<TranslationCounts> counts;
    private transient List<ContentTranslations.Work> work;

    public List<TranslationCounts> getCounts() {
        if (counts == null) {
            counts = new ArrayList<>(translations.counts());
        }
        return counts;
    }

    public List<ContentTranslations.Work> getWork() {
        if (work == null) {
            work = new ArrayList<>(language == null || language.isBlank() ? List.of() : translations.work(language));
        }
        return work;
    }

    /** A file's state in the reader's words, to sort and filter the list by. */
    public String stateName(ContentTranslations.Work file) {
        return bo.get("workflow.translationState." + file.status().state().cssClass());
    }

    /** What a file lacks, as its row says it. */
    public String textsOf(ContentTranslations.Work file) {
        String stale = file.status().staleFields().isEmpty() ? ""
                : bo.format("workflow.translations.work.stale", fieldList(file.status().staleFields()));
        String missing = file.status().missingFields().isEmpty() ? ""
                : bo.format("workflow.translations.work.missing", fieldList(file.status().missingFields()));
        return (stale + " " + missing).strip();
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
