package org.opendoors.editorial.web;

import org.opendoors.editorial.domain.ContentDocument;
import org.opendoors.editorial.domain.TranslationStatus;

/** One language's file of an item on the item page: where it stands in the workflow and against the source. */
public record LanguageFile(String path, String language, String languageName, ContentDocument document,
                           TranslationStatus translation, boolean source) {

    public String getPath() {
        return path;
    }

    public String getLanguage() {
        return language;
    }

    public String getLanguageName() {
        return languageName;
    }

    public ContentDocument getDocument() {
        return document;
    }

    public boolean isExists() {
        return document != null;
    }

    public TranslationStatus getTranslation() {
        return translation;
    }

    public boolean isSource() {
        return source;
    }

    public String getStateClass() {
        return document == null ? "missing" : document.getState().name().toLowerCase(java.util.Locale.ROOT);
    }

    public String getStateLabel() {
        return document == null ? "No file yet" : document.getState().label();
    }

    public boolean isDraft() {
        return document != null && document.getState() == org.opendoors.editorial.domain.WorkflowState.DRAFT;
    }
}
