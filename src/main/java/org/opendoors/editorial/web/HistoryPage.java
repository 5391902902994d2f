package org.opendoors.editorial.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.platform.web.Notices;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.editorial.domain.ContentDocument;
import org.opendoors.editorial.domain.DocumentVersion;
import org.opendoors.editorial.domain.FieldChange;
import org.opendoors.editorial.domain.SaveConflict;
import org.opendoors.editorial.service.ContentLibrary;
import org.opendoors.editorial.service.EditorialWorkflow;
import org.opendoors.security.domain.NotAllowedException;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** Every version of a file: who saved it, when, why; any two compared field by field; any one restored. */
@Named
@ViewScoped
public class HistoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ContentLibrary library;
    @Inject
    private transient EditorialWorkflow workflow;
    @Inject
    private transient FacesContext faces;
    @Inject
    private transient Notices notices;

    private String path;
    private Integer older;
    private Integer newer;
    /** The newest version when the page was opened: a rollback is refused if someone saved since. */
    private int headWhenOpened;
    private List<ProblemView> problems = List.of();

    public void open() throws java.io.IOException {
        Optional<ContentDocument> found = path == null ? Optional.empty() : library.document(path);
        if (found.isEmpty()) {
            faces.getExternalContext().responseSendError(404, "There is no content file " + path);
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

    public List<DocumentVersion> getVersions() {
        return library.history(path);
    }

    public List<FieldChange> getChanges() {
        if (older == null || newer == null) {
            return List.of();
        }
        String before = library.version(path, older).map(DocumentVersion::getBody).orElse("");
        String after = library.version(path, newer).map(DocumentVersion::getBody).orElse("");
        return FieldChange.between(before, after);
    }

    public ContentDocument getDocument() {
        return library.document(path).orElseThrow();
    }

    public void rollBack(int version) {
        problems = List.of();
        try {
            EditorialWorkflow.Saved saved = workflow.rollBack(path, version, headWhenOpened);
            headWhenOpened = saved.version();
            newer = saved.version();
            older = version;
            notices.info(saved.changed()
                    ? "Version " + saved.version() + " restores version " + version + ". It is a draft: send it for "
                    + "review, and once published families see it."
                    : "The newest version already has the text of version " + version + ".");
        } catch (SaveConflict conflict) {
            notices.error(conflict.getMessage() + " Reload the page to see it before rolling back.");
        } catch (ContentRejectedException refused) {
            problems = ProblemView.listOf(refused);
            notices.error("Version " + version + " cannot be restored as it is: it no longer "
                    + "passes today's checks (see below). Edit the file instead.");
        } catch (NotAllowedException | IllegalArgumentException | IllegalStateException refused) {
            notices.error(refused.getMessage());
        }
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
