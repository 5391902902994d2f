package org.opendoors.editorial.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opendoors.city.service.CityDirectory;
import org.opendoors.content.domain.CityContent;
import org.opendoors.content.domain.ContentPublished;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.reader.FolderCheck;
import org.opendoors.content.service.ContentImporter;
import org.opendoors.editorial.domain.ContentDocument;
import org.opendoors.editorial.domain.DocumentAddress;
import org.opendoors.editorial.domain.DocumentKind;
import org.opendoors.editorial.domain.DocumentVersion;
import org.opendoors.editorial.domain.SaveConflict;
import org.opendoors.editorial.domain.WorkflowState;
import org.opendoors.editorial.persistence.DocumentRepository;
import org.opendoors.security.domain.Role;
import org.opendoors.security.service.AuditLog;
import org.opendoors.security.service.CurrentUser;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Draft → in review → published, for every file of the city's content. Every save is a new version that passed
 * the importer's validation and the content guard; publishing checks the whole city again, guard included, and
 * only then replaces what families see. Nothing here overwrites: a save based on an old version is refused as a
 * {@link SaveConflict}, and a rollback is a new version with old text.
 */
@ApplicationScoped
public class EditorialWorkflow {

    @Inject
    private DocumentRepository documents;
    @Inject
    private CityDirectory cityDirectory;
    @Inject
    private ContentImporter importer;
    @Inject
    private CurrentUser user;
    @Inject
    private AuditLog audit;
    @Inject
    private Event<ContentPublished> published;

    /** What a save did: a new version, or nothing because the text was already the newest version's. */
    public record Saved(int version, boolean changed) {
    }

    /**
     * Saves a new version of a file, if it is still the version the editor started from ({@code baseVersion}; 0 for
     * a file that does not exist yet, such as a first translation).
     */
    @Transactional(rollbackOn = {ContentRejectedException.class, SaveConflict.class})
    public Saved save(String path, String body, int baseVersion, String note) throws ContentRejectedException, SaveConflict {
        DocumentAddress address = DocumentKind.of(path)
                .orElseThrow(() -> new IllegalArgumentException(path + " is not a file of a content folder"));
        requireMayEdit(address);
        Optional<ContentDocument> existing = documents.findForChange(path);
        int head = existing.map(ContentDocument::getHeadVersion).orElse(0);
        if (head != baseVersion) {
            throw new SaveConflict(documents.version(path, head).orElseThrow(), baseVersion);
        }
        String text = normalize(body);
        if (existing.isPresent() && text.equals(documents.version(path, head).map(DocumentVersion::getBody).orElse(null))) {
            return new Saved(head, false);
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
        return new Saved(number, true);
    }

    @Transactional
    public void sendForReview(String path) {
        user.require("send content for review", Role.COMMUNICATOR, Role.TRANSLATOR, Role.PUBLISHER, Role.ADMIN);
        ContentDocument document = existing(path);
        requireMayEdit(document.address());
        document.sendForReview();
        audit.record("content.review-requested", path, "version " + document.getHeadVersion());
    }

    @Transactional
    public void sendBack(String path, String note) {
        user.require("review content", Role.PUBLISHER, Role.ADMIN);
        ContentDocument document = existing(path);
        document.sendBack();
        audit.record("content.sent-back", path, "version " + document.getHeadVersion() + noteSuffix(note));
    }

    /**
     * Publishes the newest version of a file that is in review: the whole city, with this version, is read and
     * guarded again, and replaces what families see in the same transaction.
     */
    @Transactional(rollbackOn = ContentRejectedException.class)
    public void publish(String path) throws ContentRejectedException {
        user.require("publish content", Role.PUBLISHER, Role.ADMIN);
        ContentDocument document = existing(path);
        if (document.getState() != WorkflowState.IN_REVIEW) {
            throw new IllegalStateException(path + " is not in review: only a version a publisher has in review is "
                    + "published (it is " + document.getState().label() + ").");
        }
        Map<String, String> files = documents.publishedFiles();
        files.put(path, documents.version(path, document.getHeadVersion()).orElseThrow().getBody());
        CityContent city = FolderCheck.read(files, file -> true);
        document.publishHead();
        importer.replaceWith(city);
        audit.record("content.publish", path, "version " + document.getHeadVersion());
        published.fire(ContentPublished.ofCity("publish of " + path + " version " + document.getHeadVersion(), files));
    }

    /** Saves an old version's text as the newest draft: history is never rewritten, only added to. */
    @Transactional(rollbackOn = {ContentRejectedException.class, SaveConflict.class})
    public Saved rollBack(String path, int toVersion, int baseVersion) throws ContentRejectedException, SaveConflict {
        DocumentVersion old = documents.version(path, toVersion)
                .orElseThrow(() -> new IllegalArgumentException(path + " has no version " + toVersion));
        Saved saved = save(path, old.getBody(), baseVersion, "Rolled back to version " + toVersion);
        if (saved.changed()) {
            audit.record("content.rollback", path, "version " + saved.version() + " restores version " + toVersion);
        }
        return saved;
    }

    /** What an import changed. */
    public record Imported(int added, int changed, int removed, int draftsSuperseded) {
        public String describe() {
            return added + " added, " + changed + " changed, " + removed + " removed"
                    + (draftsSuperseded == 0 ? "" : "; " + draftsSuperseded + " unpublished drafts superseded (kept in their history)");
        }
    }

    /**
     * Replaces the whole published city with the files of an imported content folder, all or nothing. The folder is
     * checked again here, guard included, whatever the caller checked before. Each changed file gets a new published
     * version (its drafts stay in its history); files the folder no longer has are removed with their versions.
     */
    @Transactional(rollbackOn = ContentRejectedException.class)
    public Imported importCity(Map<String, String> files, String origin) throws ContentRejectedException {
        user.require("import a whole city", Role.PUBLISHER, Role.ADMIN);
        Map<String, String> contentFiles = new java.util.TreeMap<>();
        files.forEach((path, text) -> {
            if (DocumentKind.of(path).isPresent()) {
                contentFiles.put(path, normalize(text));
            }
        });
        CityContent city = FolderCheck.read(contentFiles, file -> true);
        Map<String, String> before = documents.publishedFiles();
        String source = city.city().getSourceLanguage();
        int added = 0, changed = 0, removed = 0, superseded = 0;
        // Source-language files first, so a translation can note the source version it was imported with.
        List<String> order = contentFiles.keySet().stream()
                .sorted(java.util.Comparator.comparing((String path) -> isTranslationIn(path, source)).thenComparing(path -> path))
                .toList();
        for (String path : order) {
            String text = contentFiles.get(path);
            Optional<ContentDocument> existing = documents.findForChange(path);
            if (existing.isPresent() && text.equals(before.get(path))
                    && existing.get().getState() == WorkflowState.PUBLISHED) {
                continue;
            }
            DocumentAddress address = DocumentKind.of(path).orElseThrow();
            ContentDocument document = existing.orElseGet(() -> {
                ContentDocument created = new ContentDocument(address);
                documents.add(created);
                return created;
            });
            if (existing.isEmpty()) {
                added++;
            } else if (!text.equals(before.get(path))) {
                changed++;
            }
            if (existing.isPresent() && document.getState() != WorkflowState.PUBLISHED) {
                superseded++;
            }
            int number = document.nextVersion();
            Integer basedOn = isTranslationIn(path, source)
                    ? documents.find(address.pathIn(source)).map(ContentDocument::getHeadVersion).orElse(null) : null;
            documents.add(new DocumentVersion(path, number, text, user.name(), Instant.now(), "Imported from " + origin, basedOn));
            document.publishHead();
        }
        for (ContentDocument document : documents.all()) {
            if (!contentFiles.containsKey(document.getPath())) {
                documents.remove(document.getPath());
                removed++;
            }
        }
        importer.replaceWith(city);
        Imported result = new Imported(added, changed, removed, superseded);
        audit.record("content.import", origin, result.describe());
        published.fire(ContentPublished.ofCity("import of " + origin, contentFiles));
        return result;
    }

    private static boolean isTranslationIn(String path, String source) {
        return DocumentKind.of(path).map(a -> a.kind().isTranslatable() && !source.equals(a.language())).orElse(false);
    }

    private void requireMayEdit(DocumentAddress address) {
        if (isTranslation(address)) {
            user.require("edit translations", Role.TRANSLATOR, Role.COMMUNICATOR, Role.PUBLISHER, Role.ADMIN);
        } else {
            user.require("edit " + address.kind().label().toLowerCase(java.util.Locale.ROOT)
                    + " (translators edit the other languages' texts only)", Role.COMMUNICATOR, Role.PUBLISHER, Role.ADMIN);
        }
    }

    /** A text file in another language than the city's source language. */
    public boolean isTranslation(DocumentAddress address) {
        return address.kind().isTranslatable() && !Objects.equals(address.language(), sourceLanguage());
    }

    /** The published city's source language (read from the city families see, not parsed again from city.yaml). */
    public String sourceLanguage() {
        return cityDirectory.city().getSourceLanguage();
    }

    private Integer sourceVersionFor(DocumentAddress address) {
        if (!isTranslation(address)) {
            return null;
        }
        return documents.find(address.pathIn(sourceLanguage())).map(ContentDocument::getHeadVersion).orElse(null);
    }

    private ContentDocument existing(String path) {
        return documents.findForChange(path).orElseThrow(() -> new IllegalArgumentException("There is no file " + path));
    }

    private static String normalize(String body) {
        String text = body == null ? "" : body.replace("\r\n", "\n");
        return text.endsWith("\n") ? text : text + "\n";
    }

    private static String noteSuffix(String note) {
        return note == null || note.isBlank() ? "" : ": " + note.strip();
    }
}
