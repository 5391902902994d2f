package org.opendoors.editorial.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.content.reader.BinaryFiles;
import org.opendoors.editorial.domain.ContentDocument;
import org.opendoors.editorial.domain.DocumentAddress;
import org.opendoors.editorial.domain.TranslationStatus;
import org.opendoors.editorial.service.ContentLibrary;
import org.opendoors.editorial.service.EditorialWorkflow;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.platform.web.Notices;
import org.opendoors.security.domain.NotAllowedException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One school, block, the guide or the city: its files, each language's workflow state and whether its translation
 * is missing, stale or up to date.
 * <p>
 * Backs {@code /admin/content/item.xhtml}.
 */
@Named
@ViewScoped
public class ItemPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ContentLibrary library;
    @Inject
    private transient EditorialWorkflow workflow;
    @Inject
    private transient Notices notices;

    private String item;
    private transient List<ContentDocument> otherFiles;
    private transient List<LanguageFile> languageFiles;
    private transient int binaryFiles;

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getTitle() {
        return item == null ? "" : item;
    }

    /** Files that are not per language: school facts, block rules, city settings, outlines. */
    public List<ContentDocument> getOtherFiles() {
        load();
        return otherFiles;
    }

    /** How many photos the item has (they are listed on the school's photos page). */
    public int getPhotoCount() {
        load();
        return binaryFiles;
    }

    /** One row per portal language for texts: the source first, then the translations (existing or not). */
    public List<LanguageFile> getLanguageFiles() {
        load();
        return languageFiles;
    }

    private void load() {
        if (otherFiles != null) {
            return;
        }
        List<ContentDocument> documents = library.ofItem(item);
        // Binary files (photos) have their own page: they are replaced whole, never edited as text.
        otherFiles = documents.stream().filter(d -> d.getLanguage() == null || !d.getKind().isTranslatable())
                .filter(d -> !BinaryFiles.isBinary(d.getPath())).toList();
        binaryFiles = (int) documents.stream().filter(d -> BinaryFiles.isBinary(d.getPath())).count();
        languageFiles = new ArrayList<>();
        documents.stream().filter(d -> d.getKind().isTranslatable()).findFirst().ifPresent(any -> {
            Map<String, ContentDocument> byLanguage = documents.stream().filter(d -> d.getKind().isTranslatable())
                    .collect(Collectors.toMap(ContentDocument::getLanguage, Function.identity()));
            DocumentAddress address = any.address();
            String source = workflow.sourceLanguage();
            Map<String, TranslationStatus> statuses = library.translations(address.pathIn(source)).stream()
                    .collect(Collectors.toMap(TranslationStatus::getLanguage, Function.identity()));
            List<String> languages = new ArrayList<>();
            languages.add(source);
            SupportedLanguage.all().stream().map(SupportedLanguage::tag).filter(tag -> !tag.equals(source)).forEach(languages::add);
            for (String language : languages) {
                languageFiles.add(new LanguageFile(address.pathIn(language), language,
                        DocumentEditorPage.languageName(language), byLanguage.get(language), statuses.get(language),
                        language.equals(source)));
            }
        });
    }

    /** Where a family would read this item, inside the preview: {@code /admin/preview/<lang>} + this. */
    public String getPreviewPath() {
        if (item == null) {
            return "/";
        }
        if (item.startsWith("schools/")) {
            return "/schools/" + item.substring("schools/".length());
        }
        return item.equals("guide") || item.startsWith("blocks/") ? "/guide" : "/";
    }

    public void sendForReview(String path) {
        try {
            workflow.sendForReview(path);
            notices.info(path + " is in review: a publisher "
                    + "will publish it or send it back.");
        } catch (NotAllowedException | IllegalStateException | IllegalArgumentException refused) {
            notices.error(refused.getMessage());
        }
        otherFiles = null;
    }
}
