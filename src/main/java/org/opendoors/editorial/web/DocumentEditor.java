package org.opendoors.editorial.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.platform.web.Notices;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.editorial.domain.ContentDocument;
import org.opendoors.editorial.domain.DocumentAddress;
import org.opendoors.editorial.domain.DocumentKind;
import org.opendoors.editorial.domain.DocumentVersion;
import org.opendoors.editorial.domain.FieldChange;
import org.opendoors.editorial.domain.SaveConflict;
import org.opendoors.editorial.domain.TextFields;
import org.opendoors.editorial.service.ContentLibrary;
import org.opendoors.editorial.service.EditorialWorkflow;
import org.opendoors.editorial.service.StoredText;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.security.domain.NotAllowedException;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 */
@Named
@ViewScoped
public class DocumentEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    @Inject
    private transient ContentLibrary library;
    @Inject
    private transient EditorialWorkflow workflow;
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
        for (Map.Entry<String, String> field : TextFields.texts(body).entrySet()) {
            fields.add(new FieldEdit(field.getKey(), field.getValue(), source.get(field.getKey()),
                    stale.contains(field.getKey())));
        }
    }

    public void save() {
        problems = List.of();
        try {
            // A whole file goes to the workflow as typed: it checks who may edit the file before reading the text.
            // A form of texts only fills the stored version's fields, which were read when the page opened.
            EditorialWorkflow.Saved saved = isFieldsMode()
                    ? workflow.save(path, TextFields.withTexts(baseBody, typedTexts()), baseVersion, note)
                    : workflow.saveTypedFile(path, fileText, baseVersion, note);
            if (!saved.changed()) {
                notices.info("Nothing changed since version " + saved.version() + ", so no new version was made.");
                return;
            }
            notices.info("Saved as version " + saved.version() + " (a draft: families still see the published version). "
                    + "Send it for review when it is ready.");
            baseVersion = saved.version();
            exists = true;
            note = null;
            conflictMessage = null;
            theirChanges = new ArrayList<>();
            theirFile = null;
            baseBody = library.head(path).map(DocumentVersion::getBody).orElse(baseBody);
            load(baseBody);
        } catch (ContentRejectedException refused) {
            problems = ProblemView.listOf(refused);
            notices.error("Not saved: " + refused.problems().size() + " problem(s) below. Everything you typed is still here.");
        } catch (SaveConflict conflict) {
            merge(conflict.theirs());
        } catch (NotAllowedException | IllegalArgumentException | IllegalStateException refused) {
            notices.error("Not saved: " + refused.getMessage());
        }
    }

    /** Someone saved first: take their changes where this person left a text alone; show both where both wrote. */
    private void merge(DocumentVersion theirs) {
        Map<String, String> base = TextFields.texts(baseBody);
        Map<String, String> their = TextFields.texts(theirs.getBody());
        theirChanges = FieldChange.between(baseBody, theirs.getBody());
        int taken = 0;
        List<String> collisions = new ArrayList<>();
        if (isFieldsMode()) {
            for (FieldEdit field : fields) {
                String before = base.get(field.getName());
                String after = their.get(field.getName());
                field.setTheirs(null);
                if (Objects.equals(before, after)) {
                    continue;
                }
                String mine = StoredText.clean(field.getValue());
                if (before == null || Objects.equals(mine, StoredText.clean(before))) {
                    field.setValue(after);
                    taken++;
                } else if (after == null || !Objects.equals(mine, StoredText.clean(after))) {
                    field.setTheirs(after);
                    collisions.add(field.getLabel());
                }
            }
        } else {
            theirFile = theirs.getBody();
        }
        conflictMessage = theirs.getSavedBy() + " saved version " + theirs.getNumber() + " at "
                + TIME.format(theirs.getSavedAt()) + " while you were editing version " + baseVersion
                + ". Nothing was saved yet and nothing is lost. "
                + (isFieldsMode() ? taken + " of their changes to texts you had not touched are now in the form. "
                + (collisions.isEmpty() ? "" : "You both changed: " + String.join(", ", collisions)
                + " — their text is shown beside yours; merge it into your box. ")
                : "Their file is shown beside yours; merge their changes into yours. ")
                + "Then save again: your save will be based on their version " + theirs.getNumber() + ".";
        baseVersion = theirs.getNumber();
        baseBody = theirs.getBody();
        notices.error(conflictMessage);
    }

    /** The texts as typed, made safe; a text left as it was keeps its stored form exactly (no spurious change). */
    private Map<String, String> typedTexts() {
        Map<String, String> base = TextFields.texts(baseBody);
        Map<String, String> values = new LinkedHashMap<>();
        for (FieldEdit field : fields) {
            String before = base.get(field.getName());
            String typed = StoredText.clean(field.getValue());
            values.put(field.getName(), before != null && typed.equals(StoredText.clean(before)) ? before : typed);
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
