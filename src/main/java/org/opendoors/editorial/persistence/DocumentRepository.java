package org.opendoors.editorial.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.opendoors.editorial.domain.ContentDocument;
import org.opendoors.editorial.domain.DocumentVersion;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Content files and all their versions in the portal's database. Callers own the transaction. */
@ApplicationScoped
public class DocumentRepository {

    @PersistenceContext(unitName = "opendoors")
    private EntityManager entityManager;

    public Optional<ContentDocument> find(String path) {
        return Optional.ofNullable(entityManager.find(ContentDocument.class, path));
    }

    /** The document, locked against a concurrent save or publish until the transaction ends. */
    public Optional<ContentDocument> findForChange(String path) {
        return Optional.ofNullable(entityManager.find(ContentDocument.class, path, LockModeType.OPTIMISTIC_FORCE_INCREMENT));
    }

    public List<ContentDocument> all() {
        return entityManager.createQuery("select d from ContentDocument d order by d.path", ContentDocument.class)
                .getResultList();
    }

    public List<ContentDocument> ofItem(String item) {
        return entityManager.createQuery("select d from ContentDocument d where d.item = :item order by d.path",
                ContentDocument.class).setParameter("item", item).getResultList();
    }

    public long count() {
        return entityManager.createQuery("select count(d) from ContentDocument d", Long.class).getSingleResult();
    }

    public Optional<DocumentVersion> version(String path, int number) {
        return Optional.ofNullable(entityManager.find(DocumentVersion.class, new DocumentVersion.Key(path, number)));
    }

    /** Newest first. */
    public List<DocumentVersion> history(String path) {
        return entityManager.createQuery("select v from DocumentVersion v where v.path = :path order by v.number desc",
                DocumentVersion.class).setParameter("path", path).getResultList();
    }

    /** Who saved a version, and when: what a list of work needs, without the text (a photo's is megabytes). */
    public record Saved(String savedBy, java.time.Instant savedAt) {
    }

    /** Path → who saved the newest version of every file families do not see as it is yet, in one query. */
    public Map<String, Saved> headsNotPublished() {
        Map<String, Saved> heads = new TreeMap<>();
        entityManager.createQuery("select v.path, v.savedBy, v.savedAt from DocumentVersion v, ContentDocument d "
                        + "where v.path = d.path and v.number = d.headVersion and d.state <> :published", Object[].class)
                .setParameter("published", org.opendoors.editorial.domain.WorkflowState.PUBLISHED)
                .getResultList().forEach(row -> heads.put((String) row[0], new Saved((String) row[1], (java.time.Instant) row[2])));
        return heads;
    }

    /** Path → text of the versions families see. */
    public Map<String, String> publishedFiles() {
        return files("d.publishedVersion");
    }

    /** Path → text of the newest version of every file, drafts included: the city as it will be. */
    public Map<String, String> headFiles() {
        return files("d.headVersion");
    }

    /** Path → the source version each translation's newest version was made from, in one query. */
    public Map<String, Integer> headSourceVersions() {
        Map<String, Integer> versions = new TreeMap<>();
        entityManager.createQuery("select v.path, v.basedOnSource from DocumentVersion v, ContentDocument d "
                        + "where v.path = d.path and v.number = d.headVersion and v.basedOnSource is not null", Object[].class)
                .getResultList()
                .forEach(row -> versions.put((String) row[0], ((Number) row[1]).intValue()));
        return versions;
    }

    private Map<String, String> files(String versionColumn) {
        Map<String, String> files = new TreeMap<>();
        entityManager.createQuery("select v.path, v.body from DocumentVersion v, ContentDocument d "
                        + "where v.path = d.path and v.number = " + versionColumn, Object[].class)
                .getResultList()
                .forEach(row -> files.put((String) row[0], (String) row[1]));
        return files;
    }

    /** Forgets a file and its versions: only an import that no longer has the file does this. */
    public void remove(String path) {
        entityManager.createQuery("delete from DocumentVersion v where v.path = :path").setParameter("path", path).executeUpdate();
        entityManager.createQuery("delete from ContentDocument d where d.path = :path").setParameter("path", path).executeUpdate();
    }

    public void add(ContentDocument document) {
        entityManager.persist(document);
    }

    public void add(DocumentVersion version) {
        entityManager.persist(version);
    }

    /** Writes what the transaction changed so far, so a conflicting write fails here rather than at commit. */
    public void flush() {
        entityManager.flush();
    }
}
