package org.opendoors.editorial.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.content.reader.BinaryFiles;
import org.opendoors.editorial.domain.ContentDocument;
import org.opendoors.editorial.domain.DocumentAddress;
import org.opendoors.editorial.domain.DocumentForm;
import org.opendoors.editorial.domain.DocumentKind;
import org.opendoors.editorial.domain.DocumentVersion;
import org.opendoors.editorial.domain.FieldChange;
import org.opendoors.editorial.domain.SaveOutcome;
import org.opendoors.editorial.domain.TextFields;
import org.opendoors.editorial.service.ContentLibrary;
import org.opendoors.editorial.service.DocumentSaving;
import org.opendoors.editorial.service.EditorialWorkflow;
import org.opendoors.editorial.service.StoredText;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.platform.web.Notices;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Edits one content file: text by text (each text in its own box, the source language beside a translation), or
 * as the whole file for facts, rules and structure. A save is checked like an import (and by the content guard);
 * a save based on a version someone else has since replaced is refused, their changes are merged into the form
 * where they do not collide with this person's, and where both changed a text, both are shown side by side.
 * <p>
 * Backs {@code /admin/content/edit.xhtml}.
 */
@Named
@ViewScoped
public class DocumentEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ContentLibrary library;
    @Inject
    private transient EditorialWorkflow workflow;
    @Inject
    private transient DocumentSaving saving;
    @Inject
    private transient FacesContext faces;
    @Inject
    private transient Notices notices;

    private String path;
    private String mode;
    private boolean exists;
    private boolean translation;
    private int baseVersion;
    private String baseBody;
    private List<FieldEdit> fields = new ArrayList<>();
    private String fileText;
    private String note;
    private List<ProblemView> problems = List.of();
    private String conflictMessage;
    private List<FieldChange> theirChanges = new ArrayList<>();
    private String theirFile;

    /** On opening: the newest version, or for a translation that does not exist yet, the source's texts to fill in. */
    public void open() throws java.io.IOException {
        if (path != null && BinaryFiles.isBinary(path)) {
            // A photo is no text to type into: its versions are shown as pictures, and it is replaced by an upload.
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/admin/content/history.xhtml?path=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
            return;
        }
        Optional<DocumentAddress> known = DocumentKind.of(path == null ? "" : path);
        if (known.isEmpty() || (library.document(path).isEmpty() && !workflow.isTranslation(known.get()))) {
            faces.getExternalContext().responseSendError(404, "There is no content file " + path);
            faces.responseComplete();
            return;
        }
        DocumentAddress address = known.get();
        translation = workflow.isTranslation(address);
        Optional<DocumentVersion> head = library.head(path);
        exists = head.isPresent();
        if (head.isPresent()) {
            baseVersion = head.get().getNumber();
            baseBody = head.get().getBody();
        } else if (translation) {
            String source = library.head(address.pathIn(workflow.sourceLanguage())).map(DocumentVersion::getBody)
                    .orElseThrow(() -> new IllegalArgumentException("There is no source text for " + path));
            Map<String, String> blanks = new LinkedHashMap<>();
            TextFields.texts(source).keySet().forEach(field -> blanks.put(field, ""));
            baseVersion = 0;
            baseBody = TextFields.withTexts(source, blanks);
        } else {
            throw new IllegalArgumentException("There is no file " + path);
        }
        if (mode == null || mode.isBlank()) {
            mode = address.kind().isTranslatable() ? "fields" : "file";
        }
        load(baseBody);
    }

    private void load(String body) {
        fileText = body;
        DocumentAddress address = address();
        Map<String, String> source = Map.of();
        List<String> stale = List.of();
        if (translation) {
            String sourcePath = address.pathIn(workflow.sourceLanguage());
            source = library.head(sourcePath).map(v -> TextFields.texts(v.getBody())).orElse(Map.of());
            stale = library.translation(sourcePath, address.language()).getStaleFields();
        }
        fields = new ArrayList<>();
        Map<String, String> texts = TextFields.texts(body);
        for (Map.Entry<String, String> field : texts.entrySet()) {
            fields.add(new FieldEdit(field.getKey(), field.getValue(), source.get(field.getKey()),
                    stale.contains(field.getKey())));
        }
        // A text the source has gained since this translation was made gets an empty box, marked as missing.
        for (Map.Entry<String, String> field : source.entrySet()) {
            if (!texts.containsKey(field.getKey())) {
                fields.add(new FieldEdit(field.getKey(), "", field.getValue(), true));
            }
        }
    }

    /** The source file's newest text, whose shape a translation's new texts follow. */
    private String sourceBody() {
        return library.head(address().pathIn(workflow.sourceLanguage())).map(DocumentVersion::getBody).orElse(baseBody);
    }

    public void save() {
        problems = List.of();
        String nextStep = "Send it for review when it is ready.";
        // A whole file goes to the workflow as typed: it checks who may edit the file before reading the text.
        // A form of texts only fills the stored version's fields, which were read when the page opened.
        SaveOutcome outcome = isFieldsMode()
                ? saving.save(path, new TextsForm(), baseVersion, baseBody, note, nextStep)
                : saving.saveTypedFile(path, new TextsForm(), baseVersion, baseBody, note, nextStep);
        problems = ProblemView.listOf(outcome.problems());
        if (outcome instanceof SaveOutcome.Merged merged) {
            theirChanges = FieldChange.between(merged.previousBase(), merged.theirs().getBody());
            conflictMessage = outcome.message();
        }
        baseVersion = outcome.baseVersion();
        baseBody = outcome.baseBody();
        if (outcome.failed()) {
            notices.error(outcome.message());
            return;
        }
        notices.info(outcome.message());
        if (outcome instanceof SaveOutcome.Saved saved && saved.changed()) {
            exists = true;
            note = null;
            conflictMessage = null;
            theirChanges = new ArrayList<>();
            theirFile = null;
            load(baseBody);
        }
    }

    /** This page's texts (or whole file) as the one save path sees them. */
    private final class TextsForm implements DocumentForm {

        @Override
        public String body() {
            if (!isFieldsMode()) {
                return fileText;
            }
            return translation ? TextFields.withTexts(baseBody, typedTexts(), sourceBody())
                    : TextFields.withTexts(baseBody, typedTexts());
        }

        /** Their changes where this person left a text alone; both shown where both wrote. */
        @Override
        public Merge takeTheirChanges(String base, String theirs) {
            if (!isFieldsMode()) {
                theirFile = theirs;
                return Merge.wholeFile();
            }
            Map<String, String> before = TextFields.texts(base);
            Map<String, String> their = TextFields.texts(theirs);
            int taken = 0;
            List<String> both = new ArrayList<>();
            for (FieldEdit field : fields) {
                String was = before.get(field.getName());
                String now = their.get(field.getName());
                field.setTheirs(null);
                if (Objects.equals(was, now)) {
                    continue;
                }
                String mine = StoredText.clean(field.getValue());
                if (was == null || Objects.equals(mine, StoredText.clean(was))) {
                    field.setValue(now);
                    taken++;
                } else if (now == null || !Objects.equals(mine, StoredText.clean(now))) {
                    field.setTheirs(now);
                    both.add(field.getLabel());
                }
            }
            return new Merge(taken, both);
        }
    }

    /** The texts as typed, made safe; a text left as it was keeps its stored form exactly (no spurious change). */
    private Map<String, String> typedTexts() {
        Map<String, String> base = TextFields.texts(baseBody);
        Map<String, String> values = new LinkedHashMap<>();
        for (FieldEdit field : fields) {
            values.put(field.getName(), StoredText.cleanKeeping(field.getValue(), base.get(field.getName())));
        }
        return values;
    }

    public DocumentAddress address() {
        return DocumentKind.of(path).orElseThrow();
    }

    public boolean isFieldsMode() {
        return "fields".equals(mode) && !fields.isEmpty();
    }

    public boolean isCanUseFields() {
        return address().kind().isTranslatable();
    }

    public String getTitle() {
        DocumentAddress address = address();
        return address.kind().label() + (address.language() == null ? "" : " · " + languageName(address.language()));
    }

    public String getLang() {
        return Optional.ofNullable(address().language()).orElse("");
    }

    public String getDir() {
        return SupportedLanguage.fromTag(getLang()).map(SupportedLanguage::direction).orElse("ltr");
    }

    public String getSourceLang() {
        return workflow.sourceLanguage();
    }

    public String getSourceDir() {
        return SupportedLanguage.fromTag(getSourceLang()).map(SupportedLanguage::direction).orElse("ltr");
    }

    public Optional<ContentDocument> document() {
        return library.document(path);
    }

    public String getState() {
        return document().map(d -> d.getState().label() + ", version " + d.getHeadVersion()
                + (d.getPublishedVersion() == null ? ", never published" : ", families see version " + d.getPublishedVersion()))
                .orElse("New translation, not saved yet");
    }

    static String languageName(String tag) {
        return SupportedLanguage.fromTag(tag).map(language -> language.ownName() + " (" + tag + ")").orElse(tag);
    }



    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public boolean isExists() {
        return exists;
    }

    public boolean isTranslation() {
        return translation;
    }

    public int getBaseVersion() {
        return baseVersion;
    }

    public List<FieldEdit> getFields() {
        return fields;
    }

    public String getFileText() {
        return fileText;
    }

    public void setFileText(String fileText) {
        this.fileText = fileText;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public List<ProblemView> getProblems() {
        return problems;
    }

    public String getConflictMessage() {
        return conflictMessage;
    }

    public List<FieldChange> getTheirChanges() {
        return theirChanges;
    }

    public String getTheirFile() {
        return theirFile;
    }

    public String getItem() {
        return address().item();
    }
}
