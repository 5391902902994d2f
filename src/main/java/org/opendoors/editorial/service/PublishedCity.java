package org.opendoors.editorial.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.opendoors.content.domain.CityContent;
import org.opendoors.content.domain.ContentPublished;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.reader.FolderCheck;
import org.opendoors.content.snapshot.CitySnapshot;
import org.opendoors.content.snapshot.RenderedCity;
import org.opendoors.i18n.domain.UiTextsSaved;
import org.opendoors.platform.persistence.PublishedRevisions;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The city families are served: an immutable {@link CitySnapshot} read from the published version of every content
 * file, swapped for the next one in a single assignment after each publish has committed. Family requests only ever
 * read a snapshot in memory — never the database — so a publishing transaction, its row locks and EclipseLink's
 * cache locks are nothing a family request can wait on; the next city is built beside the one being served.
 * <p>
 * Built at start-up, then again after every successful publish or import; a UI text a translator saves brings a
 * new snapshot of the same city, so what features derive with UI texts is made again. A build that fails keeps
 * the snapshot being served. Each swap is announced with {@link SnapshotSwapped} so the page cache drops what it
 * kept from older snapshots.
 * <p>
 * On several nodes, the database's published revision (see {@link PublishedRevisions}) says which city is the
 * newest: each publish, import or UI text counts one, and each snapshot records the revision it was built for. A
 * node whose revision is behind {@linkplain #catchUp catches up} by reading the published files again; a change this
 * node made itself is built from its event and never read twice.
 */
@ApplicationScoped
public class PublishedCity {

    private static final Logger LOG = Logger.getLogger(PublishedCity.class.getName());

    @Inject
    private ContentLibrary library;
    /** The city chosen for the request being served, when there is one (null outside a container). */
    @Inject
    private RenderedCity renderedCity;
    @Inject
    private Event<SnapshotSwapped> swapped;

    @Inject
    private PublishedRevisions revisions;

    private final AtomicReference<CitySnapshot> current = new AtomicReference<>();
    /** The database's published revision the snapshot being served was built for; guarded by this. */
    private long servedRevision;
    /** A revision whose files would not build: not tried again on every poll, only when a newer one comes. */
    private long failedRevision;
    private Consumer<SnapshotSwapped> announce;
    /** The published files as the database holds them now. */
    private Supplier<Map<String, String>> databaseFiles;

    /** For the container. */
    protected PublishedCity() {
    }

    /** Outside a container: each swap told to {@code announce}; no request, so {@link #rendered()} is current. */
    PublishedCity(Consumer<SnapshotSwapped> announce) {
        this(announce, (RenderedCity) null);
    }

    /** Outside a container: each swap told to {@code announce}, the database's published files from {@code databaseFiles}. */
    PublishedCity(Consumer<SnapshotSwapped> announce, Supplier<Map<String, String>> databaseFiles) {
        this(announce, (RenderedCity) null);
        this.databaseFiles = databaseFiles;
    }

    /** Outside a container, with a request's chosen city. */
    PublishedCity(Consumer<SnapshotSwapped> announce, RenderedCity renderedCity) {
        this.announce = announce;
        this.renderedCity = renderedCity;
    }

    @PostConstruct
    void connect() {
        announce = swapped::fire;
        databaseFiles = library::publishedFiles;
    }

    /** The published city being served now. */
    public CitySnapshot current() {
        CitySnapshot snapshot = current.get();
        if (snapshot == null) {
            throw new IllegalStateException("No city has been published yet");
        }
        return snapshot;
    }

    /**
     * The city this request renders: a preview's unpublished city, or the published snapshot pinned when its render
     * began, or — outside a render (back office, calendar files) — the published city being served now.
     */
    public CitySnapshot rendered() {
        if (renderedCity == null) {
            return current();
        }
        try {
            return renderedCity.chosen().orElseGet(this::current);
        } catch (ContextNotActiveException outsideARequest) {
            return current();
        }
    }

    /**
     * Reads the files as the published city and serves it from now on, or throws and keeps serving the previous one.
     * The files passed the guard when they were saved and published, so they are not guarded again.
     */
    public synchronized CitySnapshot replaceWith(Map<String, String> publishedFiles, String reason)
            throws ContentRejectedException {
        long started = System.nanoTime();
        CityContent content = FolderCheck.read(publishedFiles, file -> false);
        CitySnapshot next = swapIn(content, reason);
        LOG.info(() -> "Families see revision " + next.revision() + " (" + reason + "): " + publishedFiles.size()
                + " files, built in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return next;
    }

    /**
     * Builds the city of a change committed as {@code revision}, unless this node serves that revision or a newer
     * one already (another node's change caught up through {@link #catchUp} before this one's event arrived).
     */
    public synchronized void replaceWith(Map<String, String> publishedFiles, String reason, long revision)
            throws ContentRejectedException {
        if (revision <= servedRevision) {
            return;
        }
        replaceWith(publishedFiles, reason);
        servedRevision = revision;
    }

    /**
     * Serves the database's newest published revision, {@code latest}, if this node is behind it: a publish, import
     * or UI text committed on another node (or while this one was cut off). The files are read from the database,
     * so the city is exactly what was published up to that revision. A build that fails keeps the city being served
     * and is logged once; the next revision is tried again.
     *
     * @return whether a new city is served
     */
    public synchronized boolean catchUp(long latest) {
        if (latest <= servedRevision || latest == failedRevision) {
            return false;
        }
        String reason = "revision " + latest + " committed elsewhere";
        try {
            replaceWith(databaseFiles.get(), reason);
            servedRevision = latest;
            return true;
        } catch (ContentRejectedException | RuntimeException failed) {
            failedRevision = latest;
            keepServing(reason, failed);
            return false;
        }
    }

    /** The database's published revision the city being served was built for (0 before the first). */
    public synchronized long servedRevision() {
        return servedRevision;
    }

    /**
     * The same city as a new snapshot, served from now on, so that what features derived from it with today's UI
     * texts (the search words hold the names of approaches and services) is made again.
     */
    public synchronized CitySnapshot rederive(String reason) {
        CitySnapshot next = swapIn(current().content(), reason);
        LOG.fine(() -> "Families see revision " + next.revision() + " (" + reason + ")");
        return next;
    }

    /** A city never published: what a back-office preview renders. */
    public CitySnapshot preview(CityContent content) {
        return new CitySnapshot(CitySnapshot.PREVIEW, content);
    }

    private CitySnapshot swapIn(CityContent content, String reason) {
        CitySnapshot previous = current.get();
        CitySnapshot next = new CitySnapshot(previous == null ? 1 : previous.revision() + 1, content);
        current.set(next);
        announce.accept(new SnapshotSwapped(next.revision(), reason));
        return next;
    }



    /**
     * After PortalStartup (default priority) has filled an empty database and the back office's files, and after
     * UiTranslations (+600) has laid the translators' texts over the bundles the search words are made from.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) @Initialized(ApplicationScoped.class)
                 Object applicationStarted) {
        try {
            // The revision before the files: a publish committed in between is then caught up, never missed.
            long revision = revisions.latest();
            replaceWith(databaseFiles.get(), "start-up", revision);
        } catch (ContentRejectedException rejected) {
            LOG.log(Level.SEVERE, rejected.getMessage());
            throw new IllegalStateException("The published content files do not make a city; families would see "
                    + "nothing, so the portal does not start", rejected);
        }
    }

    /**
     * After the publishing transaction committed (never before: a rolled-back publish changes nothing). Builds from
     * the files the event carries, without touching the database: this runs while the transaction completes, and
     * the committed rows are exactly these files.
     */
    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentPublished published) {
        try {
            replaceWith(published.publishedFiles(), published.reason(), published.revision());
        } catch (ContentRejectedException | RuntimeException failed) {
            keepServing(published.reason(), failed);
        }
    }

    /** After a UI text's save committed: the same city again, so what was made with UI texts is made again. */
    void onUiTextsSaved(@Observes(during = TransactionPhase.AFTER_SUCCESS) UiTextsSaved saved) {
        try {
            synchronized (this) {
                if (saved.revision() > servedRevision) {
                    rederive(saved.reason());
                    servedRevision = saved.revision();
                }
            }
        } catch (RuntimeException failed) {
            keepServing(saved.reason(), failed);
        }
    }

    private void keepServing(String reason, Exception failed) {
        CitySnapshot kept = current.get();
        LOG.log(Level.SEVERE, "The published city could not be rebuilt after the " + reason
                + "; families keep seeing " + (kept == null ? "nothing" : "revision " + kept.revision())
                + " until the next publish. Why: " + failed.getMessage(), failed);
    }
}
