package org.opendoors.editorial.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opendoors.editorial.domain.ContentDocument;
import org.opendoors.editorial.domain.WorkflowState;
import org.opendoors.editorial.persistence.DocumentRepository;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content files waiting for someone: one's own drafts, the ones a publisher sent back to their author with a
 * reason, and the ones waiting for a publisher. Read from one query of the newest versions, so an inbox costs the
 * same whether the city has ten files or a thousand.
 */
@ApplicationScoped
public class WorkOnFiles {

    @Inject
    private DocumentRepository documents;

    /** A file whose newest version is not published, with who saved it and when, and why it came back if it did. */
    public record FileWaiting(String path, String item, String language, WorkflowState state, String savedBy,
                              Instant savedAt, Optional<ContentDocument.SentBack> sentBack) {
    }

    /** Drafts whose newest version {@code author} saved and no publisher sent back. */
    @Transactional
    public List<FileWaiting> draftsOf(String author) {
        return waiting().stream().filter(file -> file.state() == WorkflowState.DRAFT && file.sentBack().isEmpty()
                && file.savedBy().equals(author)).toList();
    }

    /** Drafts of {@code author} that a publisher sent back, with the reason. */
    @Transactional
    public List<FileWaiting> sentBackTo(String author) {
        return waiting().stream().filter(file -> file.sentBack().isPresent() && file.savedBy().equals(author)).toList();
    }

    /** Everything waiting for a publisher, oldest first: the first sent is the first to be read. */
    @Transactional
    public List<FileWaiting> inReview() {
        return waiting().stream().filter(file -> file.state() == WorkflowState.IN_REVIEW)
                .sorted(Comparator.comparing(FileWaiting::savedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    private List<FileWaiting> waiting() {
        Map<String, DocumentRepository.Saved> heads = documents.headsNotPublished();
        return documents.all().stream().filter(document -> document.getState() != WorkflowState.PUBLISHED)
                .map(document -> {
                    DocumentRepository.Saved head = heads.get(document.getPath());
                    return new FileWaiting(document.getPath(), document.getItem(), document.getLanguage(),
                            document.getState(), head == null ? "" : head.savedBy(),
                            head == null ? null : head.savedAt(), document.sentBack());
                })
                .sorted(Comparator.comparing(FileWaiting::savedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }
}
