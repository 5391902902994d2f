package org.opendoors.editorial.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.content.reader.BinaryFiles;
import org.opendoors.editorial.domain.ContentDocument;
import org.opendoors.editorial.domain.DocumentKind;
import org.opendoors.editorial.domain.DocumentVersion;
import org.opendoors.editorial.domain.FieldChange;
import org.opendoors.editorial.domain.SaveOutcome;
import org.opendoors.editorial.service.ContentLibrary;
import org.opendoors.editorial.service.DocumentSaving;
import org.opendoors.platform.web.Notices;
import org.opendoors.security.web.StaffTexts;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * Every version of a file: who saved it, when, why; any two compared field by field; any one restored.
 * <p>
 * Backs {@code /admin/content/history.xhtml}.
 */
@Named
@ViewScoped
public class HistoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ContentLibrary library;
    @Inject
    private transient DocumentSaving saving;
    @Inject
    private transient FacesContext faces;
    @Inject
    private transient Notices notices;
    @Inject
    private transient StaffTexts bo;

    private String path;
    private Integer older;
    private Integer newer;
    /** The newest version when the page was opened: a rollback is refused if someone saved since. */
    private int headWhenOpened;
    private List<ProblemView> problems = List.of();

    public void open() throws java.io.IOException {
        Optional<ContentDocument> found = path == null ? Optional.empty() : library.document(path);
        if (found.isEmpty()) {
            faces.getExternalContext().responseSendError(404, bo.format("editorial.notFound", path));
            faces.responseComplete();
            return;
        }
        ContentDocument document = found.get();
        headWhenOpened = document.getHeadVersion();
        if (newer == null) {
            newer = document.getHeadVersion();
        }
        if (older == null) {
            older = document.getPublishedVersion() != null && document.getPublishedVersion() < newer
                    ? document.getPublishedVersion() : Math.max(1, newer - 1);
        }
    }

    /**
     * The versions as they were when the page was opened (or last rolled back): a roll-back button is found again by
     * its row when the form comes back, so a version saved meanwhile by someone else must not shift the rows, or the
     * button would name another version, or none.
     */
    public List<DocumentVersion> getVersions() {
        return library.history(path).stream().filter(version -> version.getNumber() <= headWhenOpened).toList();
    }

    public int getHeadWhenOpened() {
        return headWhenOpened;
    }

    public List<FieldChange> getChanges() {
        if (older == null || newer == null) {
            return List.of();
        }
        String before = library.version(path, older).map(DocumentVersion::getBody).orElse("");
        String after = library.version(path, newer).map(DocumentVersion::getBody).orElse("");
        return FieldChange.between(before, after);
    }

    /** A version as the compare lists offer it: its number, who saved it and when, never a number to type. */
    public record VersionChoice(int number, String label) {
        public int getNumber() {
            return number;
        }

        public String getLabel() {
            return label;
        }
    }

    public List<VersionChoice> getVersionChoices() {
        com.ibm.icu.text.DateFormat when = com.ibm.icu.text.DateFormat.getDateTimeInstance(
                com.ibm.icu.text.DateFormat.MEDIUM, com.ibm.icu.text.DateFormat.SHORT, bo.locale());
        return getVersions().stream().map(version -> new VersionChoice(version.getNumber(),
                bo.format("editorial.history.choice", version.getNumber(), version.getSavedBy(),
                        when.format(java.util.Date.from(version.getSavedAt()))))).toList();
    }

    /** A photo: its versions are shown as pictures, not compared as texts, and it is replaced, not edited. */
    public boolean isBinary() {
        return BinaryFiles.isBinary(path);
    }

    /** The address of a version of a binary file, for an {@code <img>}. */
    public String binaryVersion(int version) {
        return faces.getExternalContext().getRequestContextPath() + BinaryVersionServlet.address(path, version);
    }

    public ContentDocument getDocument() {
        return library.document(path).orElseThrow();
    }

    public void rollBack(int version) {
        String headBody = library.version(path, headWhenOpened).map(DocumentVersion::getBody).orElse("");
        SaveOutcome outcome = saving.rollBack(path, version, headWhenOpened, headBody);
        problems = ProblemView.listOf(outcome.problems());
        String message = rollBackMessage(outcome, version);
        if (outcome.failed()) {
            notices.error(message);
            return;
        }
        headWhenOpened = outcome.baseVersion();
        newer = outcome.baseVersion();
        older = version;
        notices.info(message);
    }

    /** How the rollback ended, in the reader's language; a refusal the workflow explains keeps its sentence. */
    private String rollBackMessage(SaveOutcome outcome, int version) {
        if (outcome instanceof SaveOutcome.Saved saved) {
            return saved.changed() ? bo.format("editorial.rollBack.done", saved.baseVersion(), version)
                    : bo.format("editorial.rollBack.same", version);
        }
        if (outcome instanceof SaveOutcome.Merged merged) {
            return bo.format("editorial.rollBack.conflict", merged.theirs().getSavedBy(), merged.theirs().getNumber(),
                    headWhenOpened);
        }
        if (outcome instanceof SaveOutcome.Refused) {
            return bo.format("editorial.rollBack.refused", version);
        }
        if (outcome instanceof SaveOutcome.NotAllowed notAllowed && notAllowed.wording() != null) {
            return bo.format("editorial.save.notAllowed", bo.say(notAllowed.wording()));
        }
        return outcome.message();
    }

    /** The file as staff know it ("School texts · Català (ca)"), not its path. */
    public String getTitle() {
        return path == null ? "" : DocumentKind.of(path).map(address -> DocumentEditorPage.fileTitle(bo, address)).orElse(path);
    }

    /** Where the file stands, and which version families read. */
    public String getState() {
        ContentDocument document = getDocument();
        String state = DocumentEditorPage.stateLabel(bo, document.getState());
        return document.getPublishedVersion() == null ? bo.format("editorial.history.state.unpublished", state)
                : bo.format("editorial.history.state.published", state, document.getPublishedVersion());
    }

    /** A field of the file as staff call it. */
    public String fieldLabel(String field) {
        return FieldEdit.labelOf(bo, field);
    }


    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public Integer getOlder() {
        return older;
    }

    public void setOlder(Integer older) {
        this.older = older;
    }

    public Integer getNewer() {
        return newer;
    }

    public void setNewer(Integer newer) {
        this.newer = newer;
    }

    public List<ProblemView> getProblems() {
        return problems;
    }

    public String getItem() {
        return getDocument().getItem();
    }
}
