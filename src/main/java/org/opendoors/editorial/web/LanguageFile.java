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

    /** The bundle key of where the file stands: no file yet, or its workflow state. */
    public String getStateKey() {
        return document == null ? "editorial.item.noFile" : DocumentEditorPage.stateKey(document.getState());
    }

    /** The bundle key of how the translation stands against the source: missing, stale or up to date. */
    public String getTranslationStateKey() {
        return "editorial.translation." + (translation == null ? "missing"
                : translation.getState().name().toLowerCase(java.util.Locale.ROOT));
    }

    public boolean isDraft() {
        return document != null && document.getState() == org.opendoors.editorial.domain.WorkflowState.DRAFT;
    }
}
