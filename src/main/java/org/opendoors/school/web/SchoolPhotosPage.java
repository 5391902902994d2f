package org.opendoors.school.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.media.PhotoPreparation;
import org.opendoors.content.media.PhotoRefusedException;
import org.opendoors.editorial.domain.ContentDocument;
import org.opendoors.editorial.domain.DocumentVersion;
import org.opendoors.editorial.domain.SaveConflict;
import org.opendoors.editorial.domain.WorkflowState;
import org.opendoors.editorial.service.ContentLibrary;
import org.opendoors.editorial.service.EditorialWorkflow;
import org.opendoors.editorial.web.BinaryVersionServlet;
import org.opendoors.editorial.web.ProblemView;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.platform.web.Notices;
import org.opendoors.school.content.SchoolFiles;
import org.opendoors.school.content.SchoolPhotoTexts;
import org.opendoors.school.domain.SchoolPhoto;
import org.opendoors.school.service.SchoolPhotoUploads;
import org.opendoors.security.domain.NotAllowedException;
import org.opendoors.security.web.StaffTexts;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A school's photos for staff: each with its state, its version and the languages that describe it (a photo is
 * shown to families once all eight do); an upload adds a photo or replaces one, prepared before it is kept.
 * <p>
 * Backs {@code /admin/content/photos.xhtml}.
 */
@Named
@ViewScoped
public class SchoolPhotosPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ContentLibrary library;
    @Inject
    private transient EditorialWorkflow workflow;
    @Inject
    private transient SchoolPhotoUploads uploads;
    @Inject
    private transient Notices notices;
    @Inject
    private transient FacesContext faces;
    @Inject
    private transient StaffTexts bo;

    private String slug;
    private String photoId;
    private String description;
    private String note;
    private transient UploadedFile upload;
    private List<ProblemView> problems = List.of();
    private transient List<PhotoRow> rows;
    private String removeId;
    private String removeReason;
    private boolean removeConfirmed;

    /** One photo as staff see it. (Getters because Faces 4's EL does not read record components.) */
    public record PhotoRow(String id, String path, String state, int version, Integer publishedVersion,
                           String thumbnail, String description, List<String> undescribed, boolean draft) {

        /** The languages that do not describe the photo yet, by their own names. */
        public String getUndescribedNames() {
            return String.join(", ", undescribed);
        }

        public String getId() {
            return id;
        }

        public String getPath() {
            return path;
        }

        public String getState() {
            return state;
        }

        public int getVersion() {
            return version;
        }

        public Integer getPublishedVersion() {
            return publishedVersion;
        }

        public String getThumbnail() {
            return thumbnail;
        }

        public String getDescription() {
            return description;
        }

        public List<String> getUndescribed() {
            return undescribed;
        }

        public boolean isDraft() {
            return draft;
        }
    }

    public void open() throws IOException {
        if (slug == null || library.head(SchoolFiles.SCHOOLS_FOLDER + "/" + slug + "/" + SchoolFiles.FACTS_FILE).isEmpty()) {
            faces.getExternalContext().responseSendError(404, bo.format("school.noSuchSchool", slug));
            faces.responseComplete();
        }
    }

    public List<PhotoRow> getPhotos() {
        if (rows == null) {
            rows = new ArrayList<>();
            String source = workflow.sourceLanguage();
            String contextPath = faces.getExternalContext().getRequestContextPath();
            for (String path : uploads.photoPaths(slug)) {
                ContentDocument document = library.document(path).orElseThrow();
                String id = path.substring(path.lastIndexOf('/') + 1, path.length() - ".jpg".length());
                List<String> undescribed = new ArrayList<>();
                String description = "";
                for (SupportedLanguage language : SupportedLanguage.all()) {
                    Optional<String> described = library.head(textsPath(language.tag()))
                            .flatMap(texts -> SchoolPhotoTexts.description(texts.getBody(), id));
                    if (described.isEmpty()) {
                        undescribed.add(language.ownName());
                    } else if (language.tag().equals(source)) {
                        description = described.get();
                    }
                }
                rows.add(new PhotoRow(id, path, stateName(document.getState()), document.getHeadVersion(),
                        document.getPublishedVersion(), contextPath + BinaryVersionServlet.address(path, document.getHeadVersion()), description, undescribed,
                        document.getState() == WorkflowState.DRAFT));
            }
        }
        return rows;
    }

    /** Where a photo stands, in the staff member's words. */
    private String stateName(WorkflowState state) {
        return bo.get(switch (state) {
            case PUBLISHED -> "school.photos.state.published";
            case DRAFT -> "school.photos.state.draft";
            case IN_REVIEW -> "school.photos.state.inReview";
        });
    }

    public void upload() {
        problems = List.of();
        if (upload == null || upload.getSize() == 0) {
            notices.error(bo.get("school.photos.chooseFile"));
            return;
        }
        if (upload.getSize() > PhotoPreparation.MOST_BYTES) {
            notices.error(bo.format("school.photos.tooLarge", getMostMegabytes()));
            return;
        }
        try (InputStream in = upload.getInputStream()) {
            SchoolPhotoUploads.Uploaded saved = uploads.upload(slug, photoId, in.readNBytes(PhotoPreparation.MOST_BYTES + 1),
                    description, note);
            notices.info(bo.format(saved.replaced() ? "school.photos.savedReplaced" : "school.photos.savedNew",
                    Optional.ofNullable(photoId).orElse("").strip(), saved.photo().width(), saved.photo().height()));
            photoId = null;
            description = null;
            note = null;
            rows = null;
        } catch (PhotoRefusedException refused) {
            notices.error(bo.format("school.photos.notKept", bo.explain(refused)));
        } catch (ContentRejectedException refused) {
            problems = ProblemView.listOf(refused.problems());
            notices.error(bo.get("school.photos.notSaved"));
        } catch (SaveConflict conflict) {
            notices.error(bo.get("school.photos.conflict"));
        } catch (NotAllowedException refused) {
            notices.error(bo.explain(refused));
        } catch (IOException unreadable) {
            notices.error(bo.get("school.photos.unreadable"));
        }
    }

    public void sendForReview(String path) {
        try {
            workflow.sendForReview(path);
            notices.info(bo.get("school.photos.inReview"));
        } catch (NotAllowedException | IllegalStateException | IllegalArgumentException refused) {
            notices.error(bo.explain(refused));
        }
        rows = null;
    }

    /**
     * Removes a photo with every version of it (a family withdrew its consent, a photo should never have been
     * uploaded): families stop seeing it at once. Publishers and admins only; asks for a confirmation first.
     */
    public void remove() {
        if (!removeConfirmed) {
            notices.error(bo.get("school.photos.tickToConfirm"));
            return;
        }
        String path = SchoolPhotoUploads.photoPath(slug, removeId == null ? "" : removeId);
        try {
            workflow.removeBinaryFile(path, removeReason);
            notices.info(bo.format("school.photos.removed", removeId));
            removeId = null;
            removeReason = null;
            removeConfirmed = false;
            rows = null;
        } catch (ContentRejectedException refused) {
            problems = ProblemView.listOf(refused.problems());
            notices.error(bo.get("school.photos.notRemoved"));
        } catch (NotAllowedException | IllegalArgumentException refused) {
            notices.error(bo.explain(refused));
        }
    }

    public String getRemoveId() {
        return removeId;
    }

    public void setRemoveId(String removeId) {
        this.removeId = removeId;
    }

    public String getRemoveReason() {
        return removeReason;
    }

    public void setRemoveReason(String removeReason) {
        this.removeReason = removeReason;
    }

    public boolean isRemoveConfirmed() {
        return removeConfirmed;
    }

    public void setRemoveConfirmed(boolean removeConfirmed) {
        this.removeConfirmed = removeConfirmed;
    }

    public int getMostPhotos() {
        return SchoolPhoto.MOST_PER_SCHOOL;
    }

    /** The largest upload kept, in megabytes. */
    public int getMostMegabytes() {
        return PhotoPreparation.MOST_BYTES / (1024 * 1024);
    }

    /** The longest side of a kept photo, in pixels. */
    public int getLongestSide() {
        return PhotoPreparation.LONGEST_SIDE;
    }

    public String getSourceLanguageName() {
        return SupportedLanguage.fromTag(workflow.sourceLanguage()).map(SupportedLanguage::ownName)
                .orElse(workflow.sourceLanguage());
    }

    public String getName() {
        return library.head(SchoolFiles.SCHOOLS_FOLDER + "/" + slug + "/" + SchoolFiles.FACTS_FILE)
                .map(DocumentVersion::getBody)
                .map(body -> org.opendoors.editorial.domain.TextFields.all(body).getOrDefault("name", slug)).orElse(slug);
    }

    private String textsPath(String language) {
        return SchoolFiles.SCHOOLS_FOLDER + "/" + slug + "/" + language + ".yaml";
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getPhotoId() {
        return photoId;
    }

    public void setPhotoId(String photoId) {
        this.photoId = photoId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public List<ProblemView> getProblems() {
        return problems;
    }
}
