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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * New versions of several translation files in one transaction, all or none (see
     * {@link EditorialWorkflow#saveTranslations}): each must still be at the version the caller read; the files that
     * differ from their newest version are checked with the published city in one read and the guard over their
     * texts, every problem reported, and only then written.
     *
     * @param texts path → the file's text, normalized
     * @return path → the new version of each file written; files whose text was already the newest are left out
     */
    @Transactional(rollbackOn = {ContentRejectedException.class, SaveConflict.class})
    public Map<String, Integer> saveAll(Map<DocumentAddress, String> texts, Map<String, Integer> baseVersions, String note,
                                        String sourceLanguage) throws ContentRejectedException, SaveConflict {
        Map<DocumentAddress, Optional<ContentDocument>> changed = new LinkedHashMap<>();
        for (Map.Entry<DocumentAddress, String> file : texts.entrySet()) {
            String path = file.getKey().path();
            Optional<ContentDocument> existing = documents.findForChange(path);
            requireBase(path, existing, baseVersions.getOrDefault(path, 0));
            if (!isNewest(path, existing, file.getValue())) {
                changed.put(file.getKey(), existing);
            }
        }
        if (changed.isEmpty()) {
            return Map.of();
        }
        Map<String, String> files = documents.publishedFiles();
        changed.keySet().forEach(address -> files.put(address.path(), texts.get(address)));
        // Translation files depend on their source files, never on one another: one read of the published city with
        // all of them checks each as a save of it alone would.
        Set<String> paths = changed.keySet().stream().map(DocumentAddress::path).collect(Collectors.toSet());
        FolderCheck.read(files, paths::contains);
        Map<String, Integer> versions = new LinkedHashMap<>();
        changed.forEach((address, existing) -> versions.put(address.path(),
                addVersion(address, existing, texts.get(address), note, sourceLanguage)));
        documents.flush();
        return versions;
    }

    private EditorialWorkflow.Saved write(DocumentAddress address, String text, int baseVersion, String note,
                                          String sourceLanguage) throws ContentRejectedException, SaveConflict {
        String path = address.path();
        Optional<ContentDocument> existing = documents.findForChange(path);
        int head = requireBase(path, existing, baseVersion);
        if (isNewest(path, existing, text)) {
            return new EditorialWorkflow.Saved(head, false);
        }
        Map<String, String> files = documents.publishedFiles();
        files.put(path, text);
        FolderCheck.read(files, path::equals);
        return new EditorialWorkflow.Saved(addVersion(address, existing, text, note, sourceLanguage), true);
    }

    /** The file's newest version, if it is the one the save started from; a {@link SaveConflict} otherwise. */
    private int requireBase(String path, Optional<ContentDocument> existing, int baseVersion) throws SaveConflict {
        int head = existing.map(ContentDocument::getHeadVersion).orElse(0);
        if (head != baseVersion) {
            throw new SaveConflict(documents.version(path, head).orElseThrow(), baseVersion);
        }
        return head;
    }

    /** The same text, whatever line breaks the stored one had (a file imported on first start is stored as read). */
    private boolean isNewest(String path, Optional<ContentDocument> existing, String text) {
        return existing.isPresent() && text.equals(documents.version(path, existing.get().getHeadVersion())
                .map(DocumentVersion::getBody).map(EditorialWorkflow::normalize).orElse(null));
    }

    private int addVersion(DocumentAddress address, Optional<ContentDocument> existing, String text, String note,
                           String sourceLanguage) {
        String path = address.path();
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
        return number;
    }
}
