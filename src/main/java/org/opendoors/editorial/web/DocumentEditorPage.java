package org.opendoors.editorial.web;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
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
import org.opendoors.editorial.domain.WorkflowState;
import org.opendoors.editorial.service.ContentLibrary;
import org.opendoors.editorial.service.DocumentSaving;
import org.opendoors.editorial.service.EditorialWorkflow;
import org.opendoors.editorial.service.StoredText;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.platform.web.Notices;
import org.opendoors.security.web.StaffLanguage;
import org.opendoors.security.web.StaffTexts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    @Inject
    private transient StaffTexts bo;
    @Inject
    private transient StaffLanguage staffLanguage;

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
            faces.getExternalContext().responseSendError(404, bo.format("editorial.notFound", path));
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
        Map<String, String> sourceAsTranslated = translation ? sourceAsTranslated(address) : Map.of();
        fields = new ArrayList<>();
        Map<String, String> texts = TextFields.texts(body);
        for (Map.Entry<String, String> field : texts.entrySet()) {
            fields.add(new FieldEdit(field.getKey(), FieldEdit.labelOf(bo, field.getKey()), field.getValue(),
                    source.get(field.getKey()),
                    stale.contains(field.getKey())).withSourceChange(sourceAsTranslated.get(field.getKey())));
        }
        // A text the source has gained since this translation was made gets an empty box, marked as missing.
        for (Map.Entry<String, String> field : source.entrySet()) {
            if (!texts.containsKey(field.getKey())) {
                fields.add(new FieldEdit(field.getKey(), FieldEdit.labelOf(bo, field.getKey()), "", field.getValue(), true));
            }
        }
    }

    /** The source's texts as they were when this translation's newest version was made from them. */
    private Map<String, String> sourceAsTranslated(DocumentAddress address) {
        return library.head(path).map(DocumentVersion::getBasedOnSource)
                .flatMap(version -> library.version(address.pathIn(workflow.sourceLanguage()), version))
                .map(version -> TextFields.texts(version.getBody())).orElse(Map.of());
    }

    /** The source file's newest text, whose shape a translation's new texts follow. */
    private String sourceBody() {
        return library.head(address().pathIn(workflow.sourceLanguage())).map(DocumentVersion::getBody).orElse(baseBody);
    }

    /**
     * Saves what is typed (nothing, when nothing changed) and sends the newest version to the publishers, so an
     * author never has to leave the editor to ask for a review.
     */
    public void saveAndSendForReview() {
        if (!saved()) {
            return;
        }
        Optional<ContentDocument> document = document();
        if (document.isEmpty() || document.get().getState() != WorkflowState.DRAFT) {
            return;
        }
        try {
            workflow.sendForReview(path);
            notices.info(bo.format("editorial.edit.sentForReview", getTitle()));
        } catch (RuntimeException refused) {
            notices.error(bo.explain(refused));
        }
    }

    /** The editor offers to send for review while the file has a draft or a change is being typed. */
    public boolean isCanSendForReview() {
        return isMayEdit() && document().map(d -> d.getState() != WorkflowState.IN_REVIEW).orElse(true);
    }

    /** A translator opening a source file reads it; the form and its buttons are for those who may save it. */
    public boolean isMayEdit() {
        return workflow.mayEdit(address());
    }

    /** Why a publisher sent this file back, until it is sent again. */
    public String getSentBack() {
        return document().flatMap(ContentDocument::sentBack).map(reason -> reason.note().isEmpty()
                ? bo.format("editorial.edit.sentBackBy", reason.by(),
                DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, locale()).format(Date.from(reason.at())))
                : bo.format("editorial.edit.sentBackWhy", reason.by(),
                DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, locale()).format(Date.from(reason.at())),
                reason.note())).orElse("");
    }

    public void save() {
        saved();
    }

    /** Saves what is typed; false when the save was refused or met someone else's. */
    private boolean saved() {
        problems = List.of();
        int startedFrom = baseVersion;
        String nextStep = bo.get("editorial.edit.nextStep");
        // A whole file goes to the workflow as typed: it checks who may edit the file before reading the text.
        // A form of texts only fills the stored version's fields, which were read when the page opened.
        SaveOutcome outcome = isFieldsMode()
                ? saving.save(path, new TextsForm(), baseVersion, baseBody, note, nextStep)
                : saving.saveTypedFile(path, new TextsForm(), baseVersion, baseBody, note, nextStep);
        problems = ProblemView.listOf(outcome.problems());
        String message = message(outcome, startedFrom, nextStep);
        if (outcome instanceof SaveOutcome.Merged merged) {
            theirChanges = FieldChange.between(merged.previousBase(), merged.theirs().getBody());
            conflictMessage = message;
        }
        baseVersion = outcome.baseVersion();
        baseBody = outcome.baseBody();
        if (outcome.failed()) {
            notices.error(message);
            return false;
        }
        notices.info(message);
        if (outcome instanceof SaveOutcome.Saved saved && saved.changed()) {
            exists = true;
            note = null;
            conflictMessage = null;
            theirChanges = new ArrayList<>();
            theirFile = null;
            load(baseBody);
        }
        return !(outcome instanceof SaveOutcome.Merged);
    }

    /**
     * How the save ended, in the reader's language, from what the outcome holds. A refusal for a reason the workflow
     * gives (who may edit what) keeps the workflow's sentence.
     */
    private String message(SaveOutcome outcome, int startedFrom, String nextStep) {
        if (outcome instanceof SaveOutcome.Saved saved) {
            return saved.changed() ? bo.format("editorial.save.saved", saved.baseVersion(), nextStep)
                    : bo.format("editorial.save.unchanged", saved.baseVersion());
        }
        if (outcome instanceof SaveOutcome.Refused refused) {
            return bo.format("editorial.save.refused", refused.problems().size());
        }
        if (outcome instanceof SaveOutcome.Merged merged) {
            DocumentForm.Merge merge = merged.merge();
            String what = merge.equals(DocumentForm.Merge.wholeFile()) ? bo.get("editorial.save.merged.wholeFile")
                    : merge.bothChanged().isEmpty() ? bo.format("editorial.save.merged.taken", merge.taken())
                    : bo.format("editorial.save.merged.takenBoth", merge.taken(), list(locale(), merge.bothChanged()));
            DateFormat time = DateFormat.getDateTimeInstance(DateFormat.MEDIUM, DateFormat.SHORT, locale());
            return bo.format("editorial.save.merged", merged.theirs().getSavedBy(), merged.theirs().getNumber(),
                    time.format(Date.from(merged.theirs().getSavedAt())), startedFrom, what);
        }
        if (outcome instanceof SaveOutcome.NotAllowed notAllowed && notAllowed.wording() != null) {
            return bo.format("editorial.save.notAllowed", bo.say(notAllowed.wording()));
        }
        return outcome.message();
    }

    private ULocale locale() {
        return staffLanguage.language().locale();
    }

    /** Names joined as the reader's language lists them ("summary, daily life, and easy read"). */
    static String list(ULocale locale, List<String> names) {
        return ListFormatter.getInstance(locale, ListFormatter.Type.AND, ListFormatter.Width.WIDE).format(names);
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
        return fileTitle(bo, address());
    }

    /** A field of the file as staff call it, for the table of their changes. */
    public String fieldLabel(String field) {
        return FieldEdit.labelOf(bo, field);
    }

    /** What a file is, for a title: its kind and, for texts, its language ("School texts · Català (ca)"). */
    static String fileTitle(StaffTexts bo, DocumentAddress address) {
        String kind = kindLabel(bo, address.kind());
        return address.language() == null ? kind : bo.format("editorial.fileTitle", kind, languageName(address.language()));
    }

    /** A kind of file in the reader's language; a kind the bundle does not know yet keeps the label its feature gives. */
    static String kindLabel(StaffTexts bo, DocumentKind kind) {
        String key = "editorial.kind." + kind.name().toLowerCase(Locale.ROOT);
        return bo.containsKey(key) ? bo.get(key) : kind.label();
    }

    /** Published, Draft, In review, in the reader's language. */
    static String stateLabel(StaffTexts bo, WorkflowState state) {
        return bo.get(stateKey(state));
    }

    static String stateKey(WorkflowState state) {
        return "editorial.state." + state.name().toLowerCase(Locale.ROOT);
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
        return document().map(d -> d.getPublishedVersion() == null
                ? bo.format("editorial.edit.state.unpublished", stateLabel(bo, d.getState()), d.getHeadVersion())
                : bo.format("editorial.edit.state.published", stateLabel(bo, d.getState()), d.getHeadVersion(),
                        d.getPublishedVersion()))
                .orElse(bo.get("editorial.edit.state.new"));
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
