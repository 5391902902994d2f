package org.opendoors.editorial.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.reader.FolderCheck;
import org.opendoors.editorial.domain.ContentDocument;
import org.opendoors.editorial.domain.DocumentAddress;
import org.opendoors.editorial.domain.DocumentKind;
import org.opendoors.editorial.domain.DocumentVersion;
import org.opendoors.editorial.domain.SaveConflict;
import org.opendoors.editorial.persistence.DocumentRepository;
import org.opendoors.security.service.AuditLog;
import org.opendoors.security.service.CurrentUser;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a new version of a file in one transaction. Only {@link EditorialWorkflow} calls it: a save that loses a
 * same-instant race fails here, at the database, and the workflow turns that failure into a {@link SaveConflict}
 * after this transaction has ended.
 */
@ApplicationScoped
public class VersionWriter {

    @Inject
    private DocumentRepository documents;
    @Inject
    private EditorialRights rights;
    @Inject
    private CurrentUser user;
    @Inject
    private AuditLog audit;

    /** @see EditorialWorkflow#save */
    @Transactional(rollbackOn = {ContentRejectedException.class, SaveConflict.class})
    public EditorialWorkflow.Saved save(String path, String body, int baseVersion, String note)
            throws ContentRejectedException, SaveConflict {
        EditorialWorkflow.Saved saved = write(path, body, baseVersion, note);
        // Writes now, inside the method, so a lost race surfaces here with its cause rather than at commit.
        documents.flush();
        return saved;
    }

    /** @see EditorialWorkflow#rollBack */
    @Transactional(rollbackOn = {ContentRejectedException.class, SaveConflict.class})
    public EditorialWorkflow.Saved rollBack(String path, int toVersion, int baseVersion)
            throws ContentRejectedException, SaveConflict {
        DocumentVersion old = documents.version(path, toVersion)
                .orElseThrow(() -> new IllegalArgumentException(path + " has no version " + toVersion));
        EditorialWorkflow.Saved saved = write(path, old.getBody(), baseVersion, "Rolled back to version " + toVersion);
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

    private EditorialWorkflow.Saved write(String path, String body, int baseVersion, String note)
            throws ContentRejectedException, SaveConflict {
        DocumentAddress address = DocumentKind.of(path)
                .orElseThrow(() -> new IllegalArgumentException(path + " is not a file of a content folder"));
        rights.requireMayEdit(address);
        Optional<ContentDocument> existing = documents.findForChange(path);
        int head = existing.map(ContentDocument::getHeadVersion).orElse(0);
        if (head != baseVersion) {
            throw new SaveConflict(documents.version(path, head).orElseThrow(), baseVersion);
        }
        String text = normalize(body);
        if (existing.isPresent() && text.equals(documents.version(path, head).map(DocumentVersion::getBody).orElse(null))) {
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
        documents.add(new DocumentVersion(path, number, text, user.name(), Instant.now(), note, sourceVersionFor(address)));
        audit.record("content.save", path, "version " + number + noteSuffix(note));
        return new EditorialWorkflow.Saved(number, true);
    }

    private Integer sourceVersionFor(DocumentAddress address) {
        if (!rights.isTranslation(address)) {
            return null;
        }
        return documents.find(address.pathIn(rights.sourceLanguage())).map(ContentDocument::getHeadVersion).orElse(null);
    }

    static String normalize(String body) {
        String text = body == null ? "" : body.replace("\r\n", "\n");
        return text.endsWith("\n") ? text : text + "\n";
    }

    static String noteSuffix(String note) {
        return note == null || note.isBlank() ? "" : ": " + note.strip();
    }
}
