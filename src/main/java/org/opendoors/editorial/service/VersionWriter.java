package org.opendoors.editorial.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.reader.FolderCheck;
import org.opendoors.editorial.domain.ContentDocument;
import org.opendoors.editorial.domain.DocumentAddress;
import org.opendoors.editorial.domain.DocumentVersion;
import org.opendoors.editorial.domain.SaveConflict;
import org.opendoors.editorial.persistence.DocumentRepository;
import org.opendoors.security.service.AuditLog;
import org.opendoors.security.service.CurrentUser;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a new version of a file in one transaction. Only {@link EditorialWorkflow} calls it, once it has checked
 * who may edit the file and its size: a save that loses a same-instant race fails here, at the database, and the
 * workflow turns that failure into a {@link SaveConflict} after this transaction has ended ({@link SaveRace}).
 */
@ApplicationScoped
public class VersionWriter {

    @Inject
    private DocumentRepository documents;
    @Inject
    private CurrentUser user;
    @Inject
    private AuditLog audit;

    /**
     * @param text           the file's text, normalized
     * @param sourceLanguage the city's source language when the file is a translation (its version then notes the
     *                       source version it was made from), otherwise null
     * @see EditorialWorkflow#save
     */
    @Transactional(rollbackOn = {ContentRejectedException.class, SaveConflict.class})
    public EditorialWorkflow.Saved save(DocumentAddress address, String text, int baseVersion, String note,
                                        String sourceLanguage) throws ContentRejectedException, SaveConflict {
        EditorialWorkflow.Saved saved = write(address, text, baseVersion, note, sourceLanguage);
        // Writes now, inside the method, so a lost race surfaces here with its cause rather than at commit.
        documents.flush();
        return saved;
    }

    /** @see EditorialWorkflow#rollBack */
    @Transactional(rollbackOn = {ContentRejectedException.class, SaveConflict.class})
    public EditorialWorkflow.Saved rollBack(DocumentAddress address, int toVersion, int baseVersion, String sourceLanguage)
            throws ContentRejectedException, SaveConflict {
        String path = address.path();
        DocumentVersion old = documents.version(path, toVersion)
                .orElseThrow(() -> new IllegalArgumentException(path + " has no version " + toVersion));
        EditorialWorkflow.Saved saved = write(address, old.getBody(), baseVersion, "Rolled back to version " + toVersion,
                sourceLanguage);
        if (saved.changed()) {
            audit.record("content.rollback", path, "version " + saved.version() + " restores version " + toVersion);
        }
        documents.flush();
        return saved;
    }

    /** The newest version of a file as committed now. */
    @Transactional
    public Optional<DocumentVersion> head(String path) {
        return documents.find(path).flatMap(document -> documents.version(path, document.getHeadVersion()));
    }

    private EditorialWorkflow.Saved write(DocumentAddress address, String text, int baseVersion, String note,
                                          String sourceLanguage) throws ContentRejectedException, SaveConflict {
        String path = address.path();
        Optional<ContentDocument> existing = documents.findForChange(path);
        int head = existing.map(ContentDocument::getHeadVersion).orElse(0);
        if (head != baseVersion) {
            throw new SaveConflict(documents.version(path, head).orElseThrow(), baseVersion);
        }
        // The same text, whatever line breaks the stored one had (a file imported on first start is stored as read).
        if (existing.isPresent() && text.equals(documents.version(path, head).map(DocumentVersion::getBody)
                .map(EditorialWorkflow::normalize).orElse(null))) {
            return new EditorialWorkflow.Saved(head, false);
        }
        Map<String, String> files = documents.publishedFiles();
        files.put(path, text);
        FolderCheck.read(files, path::equals);
        ContentDocument document = existing.orElseGet(() -> {
            ContentDocument created = new ContentDocument(address);
            documents.add(created);
            return created;
        });
        int number = document.nextVersion();
        Integer basedOnSource = sourceLanguage == null ? null
                : documents.find(address.pathIn(sourceLanguage)).map(ContentDocument::getHeadVersion).orElse(null);
        documents.add(new DocumentVersion(path, number, text, user.name(), Instant.now(), note, basedOnSource));
        audit.record("content.save", path, "version " + number + EditorialWorkflow.noteSuffix(note));
        return new EditorialWorkflow.Saved(number, true);
    }
}
