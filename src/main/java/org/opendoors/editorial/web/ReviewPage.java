package org.opendoors.editorial.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.editorial.domain.ContentDocument;
import org.opendoors.editorial.domain.DocumentKind;
import org.opendoors.editorial.domain.DocumentVersion;
import org.opendoors.content.reader.BinaryFiles;
import org.opendoors.editorial.domain.FieldChange;
import org.opendoors.editorial.domain.WorkflowState;
import org.opendoors.editorial.service.ContentLibrary;
import org.opendoors.editorial.service.EditorialWorkflow;
import org.opendoors.platform.web.Notices;
import org.opendoors.security.domain.NotAllowedException;
import org.opendoors.security.web.StaffTexts;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The publisher's queue: what waits in review, what it changes against what families see, publish or send back.
 * <p>
 * Backs {@code /admin/review/index.xhtml}.
 */
@Named
@ViewScoped
public class ReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ContentLibrary library;
    @Inject
    private transient EditorialWorkflow workflow;
    @Inject
    private transient Notices notices;
    @Inject
    private transient StaffTexts bo;

    /** The reason typed beside each file, by path: a publisher may write one for each file before sending any back. */
    private final Map<String, String> reasons = new HashMap<>();
    private List<ProblemView> problems = List.of();

    /** One file waiting for review, with its changes against the published version. */
    public record Waiting(ContentDocument document, DocumentVersion head, List<FieldChange> changes) {
        public ContentDocument getDocument() {
            return document;
        }

        public DocumentVersion getHead() {
            return head;
        }

        public List<FieldChange> getChanges() {
            return changes;
        }

        /** A photo: shown as the picture families would see, beside the one they see now. */
        public boolean isBinary() {
            return BinaryFiles.isBinary(document.getPath());
        }

        public String getNewPicture() {
            return BinaryVersionServlet.address(document.getPath(), head.getNumber());
        }

        public String getPublishedPicture() {
            return document.getPublishedVersion() == null ? null
                    : BinaryVersionServlet.address(document.getPath(), document.getPublishedVersion());
        }
    }

    /** Kept for the view's life, so a button pressed refers to the row it was shown in; reloaded after each action. */
    private transient List<Waiting> waiting;

    public List<Waiting> getWaiting() {
        if (waiting == null) {
            waiting = loadWaiting();
        }
        return waiting;
    }

    private List<Waiting> loadWaiting() {
        List<Waiting> waiting = new ArrayList<>();
        for (ContentDocument document : library.all()) {
            if (document.getState() != WorkflowState.IN_REVIEW) {
                continue;
            }
            DocumentVersion head = library.version(document.getPath(), document.getHeadVersion()).orElseThrow();
            String published = document.getPublishedVersion() == null ? ""
                    : library.version(document.getPath(), document.getPublishedVersion()).map(DocumentVersion::getBody).orElse("");
            waiting.add(new Waiting(document, head, FieldChange.between(published, head.getBody())));
        }
        return waiting;
    }

    public void publish(String path) {
        problems = List.of();
        try {
            workflow.publish(path);
            waiting = null;
            notices.info(bo.format("workflow.review.published", path));
        } catch (ContentRejectedException refused) {
            problems = ProblemView.listOf(refused);
            notices.error(bo.get("workflow.review.notPublished"));
        } catch (NotAllowedException | IllegalStateException | IllegalArgumentException refused) {
            notices.error(bo.explain(refused));
        }
    }

    public void sendBack(String path) {
        try {
            workflow.sendBack(path, reasons.get(path));
            waiting = null;
            notices.info(bo.format("workflow.review.sentBack", path));
            reasons.remove(path);
        } catch (NotAllowedException | IllegalStateException | IllegalArgumentException refused) {
            notices.error(bo.explain(refused));
        }
    }


    /** What kind of file this is, in the reader's language; the kind's own English label for a kind the bundle lacks. */
    public String kindLabel(DocumentKind kind) {
        String key = "workflow.kind." + kind.name();
        return bo.containsKey(key) ? bo.get(key) : kind.label();
    }

    /** A field of the diff as the editor labels it ("faq.fees.answer" → "Faq › fees › answer"), not its raw key. */
    public String fieldLabel(String field) {
        return field == null || field.isEmpty() ? "" : FieldEdit.labelOf(bo, field);
    }

    public Map<String, String> getReasons() {
        return reasons;
    }

    public List<ProblemView> getProblems() {
        return problems;
    }
}
