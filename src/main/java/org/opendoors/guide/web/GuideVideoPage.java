package org.opendoors.guide.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.reader.BinaryFiles;
import org.opendoors.editorial.domain.ContentDocument;
import org.opendoors.editorial.domain.DocumentVersion;
import org.opendoors.editorial.domain.SaveConflict;
import org.opendoors.editorial.domain.WorkflowState;
import org.opendoors.editorial.service.ContentLibrary;
import org.opendoors.editorial.service.EditorialWorkflow;
import org.opendoors.editorial.web.BinaryVersionServlet;
import org.opendoors.editorial.web.ProblemView;
import org.opendoors.guide.content.GuideFiles;
import org.opendoors.platform.web.Notices;
import org.opendoors.security.domain.NotAllowedException;
import org.opendoors.security.web.StaffTexts;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The video guide for staff: the newest version (drafts included) to watch, its state, and an upload that replaces
 * it. Its captions are texts of the guide files ({@code video: cues:}), edited and translated like the rest.
 * <p>
 * Backs {@code /admin/content/video.xhtml}.
 */
@Named
@ViewScoped
public class GuideVideoPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ContentLibrary library;
    @Inject
    private transient EditorialWorkflow workflow;
    @Inject
    private transient Notices notices;
    @Inject
    private transient FacesContext faces;
    @Inject
    private transient StaffTexts bo;

    private transient UploadedFile upload;
    private String note;
    private List<ProblemView> problems = List.of();

    public Optional<ContentDocument> document() {
        return library.document(GuideFiles.VIDEO_FILE);
    }

    public boolean isExists() {
        return document().isPresent();
    }

    public String getState() {
        return document().map(d -> d.getPublishedVersion() == null
                        ? bo.format("guide.video.state.unpublished", stateLabel(d.getState()), d.getHeadVersion())
                        : bo.format("guide.video.state.published", stateLabel(d.getState()), d.getHeadVersion(),
                                d.getPublishedVersion()))
                .orElseGet(() -> bo.get("guide.video.none"));
    }

    private String stateLabel(WorkflowState state) {
        return bo.get("guide.state." + state.name().toLowerCase(Locale.ROOT));
    }

    /** The largest video an upload may be, in megabytes, for the label of the file field. */
    public int getMostMegabytes() {
        return BinaryFiles.MOST_VIDEO_BYTES / (1024 * 1024);
    }

    public boolean isDraft() {
        return document().map(d -> d.getState() == WorkflowState.DRAFT).orElse(false);
    }

    public String getSrc() {
        return document().map(d -> faces.getExternalContext().getRequestContextPath()
                + BinaryVersionServlet.address(GuideFiles.VIDEO_FILE, d.getHeadVersion())).orElse(null);
    }

    public String getPath() {
        return GuideFiles.VIDEO_FILE;
    }

    public String getSourceGuide() {
        return GuideFiles.FOLDER + "/" + workflow.sourceLanguage() + ".yaml";
    }

    public void upload() {
        problems = List.of();
        if (upload == null || upload.getSize() == 0) {
            notices.error(bo.get("guide.video.choose"));
            return;
        }
        if (upload.getSize() > BinaryFiles.MOST_VIDEO_BYTES) {
            notices.error(bo.format("guide.video.tooLarge", getMostMegabytes()));
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            byte[] bytes = in.readNBytes(BinaryFiles.MOST_VIDEO_BYTES + 1);
            if (!GuideFiles.isWebm(bytes)) {
                notices.error(bo.format("guide.video.notWebm", "ffmpeg -i guide.mp4 -c:v libvpx-vp9 -c:a libopus video.webm"));
                return;
            }
            int base = library.head(GuideFiles.VIDEO_FILE).map(DocumentVersion::getNumber).orElse(0);
            EditorialWorkflow.Saved saved = workflow.save(GuideFiles.VIDEO_FILE, BinaryFiles.toStored(bytes), base,
                    note == null || note.isBlank() ? bo.get("guide.video.defaultNote") : note);
            note = null;
            notices.info(saved.changed() ? bo.format("guide.video.saved", saved.version()) : bo.get("guide.video.unchanged"));
        } catch (ContentRejectedException refused) {
            problems = ProblemView.listOf(refused.problems());
            notices.error(bo.get("guide.video.refused"));
        } catch (SaveConflict conflict) {
            notices.error(bo.get("guide.video.conflict"));
        } catch (NotAllowedException refused) {
            notices.error(bo.explain(refused));
        } catch (IOException unreadable) {
            notices.error(bo.get("guide.video.unreadable"));
        }
    }

    public void sendForReview() {
        try {
            workflow.sendForReview(GuideFiles.VIDEO_FILE);
            notices.info(bo.get("guide.video.inReview"));
        } catch (NotAllowedException | IllegalStateException | IllegalArgumentException refused) {
            notices.error(bo.explain(refused));
        }
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
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
}
