package org.opendoors.editorial.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.content.reader.BinaryFiles;
import org.opendoors.editorial.domain.ContentDocument;
import org.opendoors.editorial.domain.DocumentAddress;
import org.opendoors.editorial.domain.DocumentKind;
import org.opendoors.editorial.domain.DocumentVersion;
import org.opendoors.editorial.domain.TranslationStatus;
import org.opendoors.editorial.domain.WorkflowState;
import org.opendoors.editorial.service.ContentLibrary;
import org.opendoors.editorial.service.EditorialWorkflow;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.platform.web.Notices;
import org.opendoors.security.domain.NotAllowedException;
import org.opendoors.security.web.StaffLanguage;
import org.opendoors.security.web.StaffTexts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
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
    /** Targeted blocks' items: {@code blocks/<id>}. */
    private static final String BLOCKS = "blocks/";

    @Inject
    private transient ContentLibrary library;
    @Inject
    private transient EditorialWorkflow workflow;
    @Inject
    private transient Notices notices;
    @Inject
    private transient StaffTexts bo;
    @Inject
    private transient StaffLanguage staffLanguage;

    private String item;
    private transient List<ContentDocument> otherFiles;
    private transient List<LanguageFile> languageFiles;
    private transient int binaryFiles;
    private transient String title;

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    /**
     * What staff call the item: the school's name, the guide, a targeted block; not its folder. The school's name is
     * the feature's own ({@link DocumentKind#titleOf}), read from the item's files that are not texts (its facts).
     */
    public String getTitle() {
        if (title == null) {
            title = titleOf();
        }
        return title;
    }

    private String titleOf() {
        if (item == null) {
            return "";
        }
        if (item.startsWith(BLOCKS)) {
            return bo.format("editorial.item.title.block", item.substring(BLOCKS.length()));
        }
        String key = "editorial.item.title." + item;
        if (bo.containsKey(key)) {
            return bo.get(key);
        }
        Map<String, String> heads = new HashMap<>();
        getOtherFiles().forEach(document -> library.head(document.getPath()).map(DocumentVersion::getBody)
                .ifPresent(body -> heads.put(document.getPath(), body)));
        return DocumentKind.titleOf(item, heads);
    }

    /** A kind of file ("School facts") in the reader's language. */
    public String kindLabel(DocumentKind kind) {
        return DocumentEditorPage.kindLabel(bo, kind);
    }

    /** Published, Draft, In review, in the reader's language. */
    public String stateLabel(WorkflowState state) {
        return DocumentEditorPage.stateLabel(bo, state);
    }

    /** Fields of a file as staff call them, listed as their language lists things ("summary and daily life"). */
    public String fieldList(List<String> fields) {
        return DocumentEditorPage.list(staffLanguage.language().locale(),
                fields.stream().map(field -> FieldEdit.nameOf(bo, field)).toList());
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
            notices.info(bo.format("editorial.item.inReview",
                    DocumentKind.of(path).map(address -> DocumentEditorPage.fileTitle(bo, address)).orElse(path)));
        } catch (NotAllowedException | IllegalStateException | IllegalArgumentException refused) {
            notices.error(bo.explain(refused));
        }
        otherFiles = null;
    }
}
