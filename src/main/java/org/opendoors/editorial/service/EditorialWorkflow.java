package org.opendoors.editorial.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opendoors.content.domain.CityContent;
import org.opendoors.content.domain.ContentProblem;
import org.opendoors.content.domain.ContentPublished;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.reader.BinaryFiles;
import org.opendoors.content.reader.BoundedYaml;
import org.opendoors.content.reader.FolderCheck;
import org.opendoors.content.reader.Quoted;
import org.opendoors.editorial.domain.ContentDocument;
import org.opendoors.editorial.domain.DocumentAddress;
import org.opendoors.editorial.domain.DocumentKind;
import org.opendoors.editorial.domain.DocumentVersion;
import org.opendoors.editorial.domain.SaveConflict;
import org.opendoors.editorial.domain.VersionSaved;
import org.opendoors.editorial.domain.WorkflowState;
import org.opendoors.editorial.persistence.DocumentRepository;
import org.opendoors.platform.persistence.PublishedRevisions;
import org.opendoors.i18n.domain.StaffWording;
import org.opendoors.security.domain.NotAllowedException;
import org.opendoors.security.domain.Role;
import org.opendoors.security.service.AuditLog;
import org.opendoors.security.service.CurrentUser;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
    private PublishedCity publishedCity;
    @Inject
    private CurrentUser user;
    @Inject
    private AuditLog audit;
    @Inject
    private Event<ContentPublished> published;
    @Inject
    private VersionWriter writer;
    @Inject
    private PublishedRevisions revisions;
    @Inject
    private Event<VersionSaved> versionSaved;

    private static final String SAVE = "content.save";
    private static final String PUBLISH = "content.publish";
    private static final String IMPORT = "content.import";
    private static final String REMOVE = "content.remove";
    /** Appended to an action's name for its refusal: {@code content.save.refused}. */
    public static final String REFUSED = ".refused";

    /** What a save did: a new version, or nothing because the text was already the newest version's. */
    public record Saved(int version, boolean changed) {
    }

    /**
     * Saves a new version of a file, if it is still the version the editor started from ({@code baseVersion}; 0 for
     * a file that does not exist yet, such as a first translation). A save that lost a same-instant race to another
     * is refused as a {@link SaveConflict} like any late save, never as a database error: the version is written in
     * a transaction of its own ({@link VersionWriter}), and {@link SaveRace} settles a failure once it has ended.
     */
    public Saved save(String path, String body, int baseVersion, String note) throws ContentRejectedException, SaveConflict {
        DocumentAddress address = address(path, SAVE);
        requireMayEdit(address, SAVE);
        String sourceLanguage = isTranslation(address) ? sourceLanguage() : null;
        try {
            requireWithinLimits(path, body);
            Saved saved = SaveRace.settle(() -> writer.save(address, normalize(body), baseVersion, note, sourceLanguage),
                    () -> writer.head(path), baseVersion);
            if (saved.changed()) {
                versionSaved.fire(new VersionSaved(path, saved.version()));
            }
            return saved;
        } catch (ContentRejectedException refused) {
            refusal(SAVE, path, refused);
            throw refused;
        }
    }

    /**
     * Saves new drafts of several translation files at once, all or none: a translator's XLIFF upload of a
     * language's content texts. Each file is checked as {@link #save} checks it — who may edit it, its size, the
     * version it was made from, the importer's validation and the guard — and either every file that changed gets
     * a new version (a draft, waiting for review) or none does: the refusal lists every problem of every file, and a
     * file someone saved meanwhile refuses the whole set as a {@link SaveConflict}. Only translation files: they
     * depend on their source files and never on one another, so they are checked together in one read of the city.
     *
     * @param baseVersions path → the version each text was made from (0, or absent, for a first translation)
     * @return path → the new version of each file that changed; files already as given are left out
     */
    public Map<String, Integer> saveTranslations(Map<String, String> texts, Map<String, Integer> baseVersions, String note)
            throws ContentRejectedException, SaveConflict {
        String subject = texts.size() + " translation files";
        Map<DocumentAddress, String> normalized = new LinkedHashMap<>();
        List<ContentProblem> tooLarge = new ArrayList<>();
        for (Map.Entry<String, String> file : texts.entrySet()) {
            DocumentAddress address = address(file.getKey(), SAVE);
            if (!isTranslation(address)) {
                IllegalArgumentException refused = new IllegalArgumentException(file.getKey()
                        + " is not a translation: only translation files are saved together");
                refusal(SAVE, file.getKey(), refused);
                throw refused;
            }
            requireMayEdit(address, SAVE);
            try {
                requireWithinLimits(file.getKey(), file.getValue());
            } catch (ContentRejectedException refused) {
                tooLarge.addAll(refused.problems());
            }
            normalized.put(address, normalize(file.getValue()));
        }
        try {
            if (!tooLarge.isEmpty()) {
                throw new ContentRejectedException(tooLarge);
            }
            String sourceLanguage = sourceLanguage();
            Map<String, Integer> saved = SaveRace.settleAll(() -> writer.saveAll(normalized, baseVersions, note, sourceLanguage),
                    () -> savedMeanwhile(texts.keySet(), baseVersions));
            saved.forEach((path, version) -> versionSaved.fire(new VersionSaved(path, version)));
            return saved;
        } catch (ContentRejectedException refused) {
            refusal(SAVE, subject, refused);
            throw refused;
        }
    }

    /** A file of the set whose newest committed version is not the one it was made from. */
    private Optional<SaveConflict> savedMeanwhile(Set<String> paths, Map<String, Integer> baseVersions) {
        for (String path : paths) {
            int base = baseVersions.getOrDefault(path, 0);
            Optional<DocumentVersion> head = writer.head(path).filter(version -> version.getNumber() != base);
            if (head.isPresent()) {
                return Optional.of(new SaveConflict(head.get(), base));
            }
        }
        return Optional.empty();
    }

    /**
     * Saves a whole file as typed in the file editor: who may edit it is checked first and its size next, before
     * the typed text is read as YAML at all (to clean its texts, then to check it like an import).
     */
    public Saved saveTypedFile(String path, String typed, int baseVersion, String note)
            throws ContentRejectedException, SaveConflict {
        DocumentAddress address = address(path, SAVE);
        requireMayEdit(address, SAVE);
        try {
            requireWithinLimits(path, typed);
        } catch (ContentRejectedException refused) {
            refusal(SAVE, path, refused);
            throw refused;
        }
        String based = baseVersion == 0 ? null
                : documents.version(path, baseVersion).map(DocumentVersion::getBody).orElse(null);
        return save(path, StoredText.cleanFile(typed, based), baseVersion, note);
    }

    @Transactional
    public void sendForReview(String path) {
        require("content.review-requested", path, "sendForReview",
                Role.COMMUNICATOR, Role.TRANSLATOR, Role.PUBLISHER, Role.ADMIN);
        ContentDocument document = existing(path, "content.review-requested");
        requireMayEdit(document.address(), "content.review-requested");
        document.sendForReview();
        audit.record("content.review-requested", path, "version " + document.getHeadVersion());
    }

    @Transactional
    public void sendBack(String path, String note) {
        require("content.sent-back", path, "reviewContent", Role.PUBLISHER, Role.ADMIN);
        ContentDocument document = existing(path, "content.sent-back");
        document.sendBack(note, user.name(), Instant.now());
        audit.record("content.sent-back", path, "version " + document.getHeadVersion() + noteSuffix(note));
    }

    /**
     * Publishes the newest version of a file that is in review: the whole city, with this version, is read again and
     * replaces what families see in the same transaction. Only the file being published is guarded again (the rules
     * may have changed since it was saved); the files already published were guarded when they were, and a rule
     * added since must not stop a publisher publishing something else — it was most of a publish's time, too.
     */
    @Transactional(rollbackOn = ContentRejectedException.class)
    public void publish(String path) throws ContentRejectedException {
        require(PUBLISH, path, "publishContent", Role.PUBLISHER, Role.ADMIN);
        ContentDocument document = existing(path, PUBLISH);
        if (document.getState() != WorkflowState.IN_REVIEW) {
            IllegalStateException refused = new IllegalStateException(path + " is not in review: only a version a "
                    + "publisher has in review is published (it is " + document.getState().label() + ").");
            refusal(PUBLISH, path, refused);
            throw refused;
        }
        // First, so a publish on another node commits before this one reads the published files.
        long revision = revisions.advance();
        Map<String, String> files = documents.publishedFiles();
        files.put(path, documents.version(path, document.getHeadVersion()).orElseThrow().getBody());
        CityContent city;
        try {
            city = FolderCheck.read(files, path::equals);
        } catch (ContentRejectedException refused) {
            refusal(PUBLISH, path, refused);
            throw refused;
        }
        document.publishHead();
        audit.record("content.publish", path, "version " + document.getHeadVersion());
        published.fire(new ContentPublished("publish of " + path + " version " + document.getHeadVersion(), files,
                revision));
    }

    /**
     * Removes a binary file — a photo whose families withdrew their consent, say — with every version of it, and
     * families stop seeing it at once: the only change that rewrites history, because a photo of a child must be
     * gone, not only hidden. Publishers and admins only, like a publish; texts are never removed this way.
     */
    @Transactional(rollbackOn = ContentRejectedException.class)
    public void removeBinaryFile(String path, String reason) throws ContentRejectedException {
        require(REMOVE, path, "removeMedia", Role.PUBLISHER, Role.ADMIN);
        if (!BinaryFiles.isBinary(path == null ? "" : path)) {
            throw new IllegalArgumentException(Quoted.quote(path) + " is not a photo or a video");
        }
        existing(path, REMOVE);
        long revision = revisions.advance();
        Map<String, String> files = documents.publishedFiles();
        files.remove(path);
        try {
            FolderCheck.read(files, file -> false);
        } catch (ContentRejectedException refused) {
            refusal(REMOVE, path, refused);
            throw refused;
        }
        documents.remove(path);
        audit.record(REMOVE, path, "every version removed" + noteSuffix(reason));
        published.fire(new ContentPublished("removal of " + path, files, revision));
    }

    /** Saves an old version's text as the newest draft: history is never rewritten, only added to. */
    public Saved rollBack(String path, int toVersion, int baseVersion) throws ContentRejectedException, SaveConflict {
        DocumentAddress address = address(path, SAVE);
        requireMayEdit(address, SAVE);
        String sourceLanguage = isTranslation(address) ? sourceLanguage() : null;
        try {
            return SaveRace.settle(() -> writer.rollBack(address, toVersion, baseVersion, sourceLanguage),
                    () -> writer.head(path), baseVersion);
        } catch (ContentRejectedException refused) {
            refusal(SAVE, path, refused);
            throw refused;
        }
    }

    /** What an import changed. */
    /** Unpublished work on a file: a draft or a text waiting for review, and who saved it when. */
    public record DraftAtRisk(String path, WorkflowState state, String savedBy, Instant savedAt) {
    }

    /**
     * The unpublished drafts and texts in review that applying these files would supersede (a file the import changes)
     * or remove (a file the import no longer has). Files the import leaves as they are keep their drafts.
     */
    public List<DraftAtRisk> draftsAnImportWouldSupersede(Map<String, String> files) {
        return draftsSuperseded(contentFilesOf(files));
    }

    private List<DraftAtRisk> draftsSuperseded(Map<String, String> contentFiles) {
        Map<String, String> published = documents.publishedFiles();
        return documents.all().stream()
                .filter(document -> document.getState() != WorkflowState.PUBLISHED)
                .filter(document -> !contentFiles.containsKey(document.getPath())
                        || !contentFiles.get(document.getPath()).equals(published.get(document.getPath())))
                .map(document -> {
                    Optional<DocumentVersion> head = documents.version(document.getPath(), document.getHeadVersion());
                    return new DraftAtRisk(document.getPath(), document.getState(),
                            head.map(DocumentVersion::getSavedBy).orElse(""), head.map(DocumentVersion::getSavedAt).orElse(null));
                })
                .sorted(java.util.Comparator.comparing(DraftAtRisk::path))
                .toList();
    }

    private static Map<String, String> contentFilesOf(Map<String, String> files) {
        Map<String, String> contentFiles = new java.util.TreeMap<>();
        files.forEach((path, text) -> {
            if (DocumentKind.of(path).isPresent()) {
                contentFiles.put(path, normalize(text));
            }
        });
        return contentFiles;
    }

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
    public Imported importCity(Map<String, String> files, String origin, java.util.Set<String> draftsConfirmed)
            throws ContentRejectedException {
        require(IMPORT, origin, "importCity", Role.PUBLISHER, Role.ADMIN);
        Map<String, String> contentFiles = contentFilesOf(files);
        List<String> unconfirmed = draftsSuperseded(contentFiles).stream().map(DraftAtRisk::path)
                .filter(path -> !draftsConfirmed.contains(path)).toList();
        if (!unconfirmed.isEmpty()) {
            // Someone saved a draft after the check, or the publisher did not confirm: nothing is applied.
            throw new NotAllowedException(StaffWording.of("workflow.archive.supersedesUnconfirmed",
                    "paths", String.join(", ", unconfirmed)));
        }
        CityContent city;
        try {
            for (Map.Entry<String, String> file : contentFiles.entrySet()) {
                requireWithinLimits(file.getKey(), file.getValue());
            }
            city = FolderCheck.read(contentFiles, file -> true);
        } catch (ContentRejectedException refused) {
            refusal(IMPORT, origin, refused);
            throw refused;
        }
        long revision = revisions.advance();
        Map<String, String> before = documents.publishedFiles();
        String source = city.sourceLanguage();
        int added = 0, changed = 0, removed = 0, superseded = 0;
        // Source-language files first, so a translation can note the source version it was imported with.
        List<String> order = contentFiles.keySet().stream()
                .sorted(java.util.Comparator.comparing((String path) -> isTranslationIn(path, source)).thenComparing(path -> path))
                .toList();
        for (String path : order) {
            String text = contentFiles.get(path);
            Optional<ContentDocument> existing = documents.findForChange(path);
            if (existing.isPresent() && text.equals(before.get(path))) {
                // The import leaves this file as families see it: a draft or a text in review on it is kept as it is,
                // and a translation keeps the source version it was made from (it is not "up to date" by import).
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
        Imported result = new Imported(added, changed, removed, superseded);
        audit.record("content.import", origin, result.describe());
        published.fire(new ContentPublished("import of " + origin, contentFiles, revision));
        return result;
    }

    private static boolean isTranslationIn(String path, String source) {
        return DocumentKind.of(path).map(a -> a.kind().isTranslatable() && !source.equals(a.language())).orElse(false);
    }

    /** Whether the person signed in may save this file: a page shows a form only to those it would not refuse. */
    public boolean mayEdit(DocumentAddress address) {
        return isTranslation(address) ? user.hasAny(Role.TRANSLATOR, Role.COMMUNICATOR, Role.PUBLISHER, Role.ADMIN)
                : user.hasAny(Role.COMMUNICATOR, Role.PUBLISHER, Role.ADMIN);
    }

    private void requireMayEdit(DocumentAddress address, String action) {
        if (isTranslation(address)) {
            require(action, address.path(), "editTranslations", Role.TRANSLATOR, Role.COMMUNICATOR, Role.PUBLISHER, Role.ADMIN);
        } else {
            require(action, address.path(), StaffWording.of("security.action.editKind",
                    "kind", StaffWording.of("workflow.kind." + address.kind().name())), Role.COMMUNICATOR, Role.PUBLISHER, Role.ADMIN);
        }
    }

    /** The caller's roles allow the action, or it is refused and the refusal written in the audit log. */
    private void require(String action, String subject, String what, Role... roles) {
        require(action, subject, StaffWording.of("security.action." + what), roles);
    }

    private void require(String action, String subject, StaffWording what, Role... roles) {
        try {
            user.require(what, roles);
        } catch (NotAllowedException refused) {
            refusal(action, subject, refused);
            throw refused;
        }
    }

    /**
     * A text larger than a content file may be is refused before anything reads it: the same limit the folder
     * check applies, said at once and without a parse. The caller writes the refusal down.
     */
    private void requireWithinLimits(String path, String text) throws ContentRejectedException {
        int maxChars = BinaryFiles.isBinary(path) ? BinaryFiles.mostChars(path) + 1 : BoundedYaml.Limits.forFile(path).maxChars();
        if (text != null && text.length() > maxChars) {
            throw new ContentRejectedException(List.of(new ContentProblem(path, 0, "",
                    "is larger than " + String.format(java.util.Locale.ROOT, "%,d", maxChars)
                            + " characters, the limit for a file of this kind; split it or make it smaller")));
        }
    }

    /** Writes a refusal in the audit log, in a transaction of its own so the refused action's rollback keeps it. */
    private void refusal(String action, String subject, Exception why) {
        String detail = why instanceof ContentRejectedException rejected ? Refusals.summary(rejected) : why.getMessage();
        audit.recordRefusal(action + REFUSED, subject, detail);
    }

    private DocumentAddress address(String path, String action) {
        Optional<DocumentAddress> address = DocumentKind.of(path == null ? "" : path);
        if (address.isEmpty()) {
            IllegalArgumentException refused = new IllegalArgumentException(
                    Quoted.quote(path) + " is not a file of a content folder");
            refusal(action, String.valueOf(path), refused);
            throw refused;
        }
        return address.get();
    }

    /** A text file in another language than the city's source language. */
    public boolean isTranslation(DocumentAddress address) {
        return address.kind().isTranslatable() && !Objects.equals(address.language(), sourceLanguage());
    }

    /** The published city's source language (read from the city families see, not parsed again from city.yaml). */
    public String sourceLanguage() {
        return publishedCity.current().content().sourceLanguage();
    }

    private ContentDocument existing(String path, String action) {
        Optional<ContentDocument> document = documents.findForChange(path);
        if (document.isEmpty()) {
            IllegalArgumentException refused = new IllegalArgumentException("There is no file " + path);
            refusal(action, path, refused);
            throw refused;
        }
        return document.get();
    }

    static String normalize(String body) {
        String text = body == null ? "" : body.replace("\r\n", "\n");
        return text.endsWith("\n") ? text : text + "\n";
    }

    static String noteSuffix(String note) {
        return note == null || note.isBlank() ? "" : ": " + note.strip();
    }
}
