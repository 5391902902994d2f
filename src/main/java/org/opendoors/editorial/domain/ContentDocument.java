package org.opendoors.editorial.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Optional;

/**
 * One file of the city's content folder under editorial control: which of its versions families see and where
 * its newest version stands in the workflow.
 */
@Entity
@Table(name = "content_document")
public class ContentDocument {

    @Id
    @Column(name = "path")
    private String path;

    @Column(name = "kind")
    @Convert(converter = DocumentKindConverter.class)
    private DocumentKind kind;

    @Column(name = "item")
    private String item;

    @Column(name = "language")
    private String language;

    @Column(name = "head_version")
    private int headVersion;

    @Column(name = "published_version")
    private Integer publishedVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "state")
    private WorkflowState state;

    @Column(name = "sent_back_note")
    private String sentBackNote;

    @Column(name = "sent_back_by")
    private String sentBackBy;

    @Column(name = "sent_back_at")
    private Instant sentBackAt;

    /** Two publishers pressing "publish" at once, or a save racing a publish: one of them is told to reload. */
    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected ContentDocument() {
    }

    public ContentDocument(DocumentAddress address) {
        this.path = address.path();
        this.kind = address.kind();
        this.item = address.item();
        this.language = address.language();
        this.headVersion = 0;
        this.state = WorkflowState.DRAFT;
    }

    public DocumentAddress address() {
        return new DocumentAddress(path, kind, item, language);
    }

    /** A new version was saved: it is a draft until someone sends it for review. */
    public int nextVersion() {
        headVersion++;
        state = WorkflowState.DRAFT;
        return headVersion;
    }

    /** Sent again: the publisher's earlier reason has been answered. */
    public void sendForReview() {
        if (state != WorkflowState.DRAFT) {
            throw new IllegalStateException(path + " has no draft to send for review (it is " + state.label() + ").");
        }
        state = WorkflowState.IN_REVIEW;
        sentBack(null, null, null);
    }

    /** Back to a draft, with the publisher's reason kept for the author until they send it again. */
    public void sendBack(String note, String by, Instant at) {
        if (state != WorkflowState.IN_REVIEW) {
            throw new IllegalStateException(path + " is not in review.");
        }
        state = WorkflowState.DRAFT;
        sentBack(note == null || note.isBlank() ? "" : note.strip(), by, at);
    }

    public void publishHead() {
        publishedVersion = headVersion;
        state = WorkflowState.PUBLISHED;
        sentBack(null, null, null);
    }

    private void sentBack(String note, String by, Instant at) {
        this.sentBackNote = note;
        this.sentBackBy = by;
        this.sentBackAt = at;
    }

    /** The publisher's reason, when the newest version was sent back and not sent again since. */
    public Optional<SentBack> sentBack() {
        return sentBackBy == null ? Optional.empty() : Optional.of(new SentBack(sentBackNote, sentBackBy, sentBackAt));
    }

    public record SentBack(String note, String by, Instant at) {
    }

    /** The first version, imported from a content folder families already see. */
    public void publishedOnImport() {
        publishHead();
    }

    public String getPath() {
        return path;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getItem() {
        return item;
    }

    public String getLanguage() {
        return language;
    }

    public int getHeadVersion() {
        return headVersion;
    }

    public Integer getPublishedVersion() {
        return publishedVersion;
    }

    public boolean isPublished() {
        return publishedVersion != null;
    }

    public WorkflowState getState() {
        return state;
    }

    public int getLockVersion() {
        return lockVersion;
    }
}
