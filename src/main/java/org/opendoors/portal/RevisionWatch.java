package org.opendoors.portal;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.opendoors.editorial.service.PublishedCity;
import org.opendoors.platform.grid.RevisionNotices;
import org.opendoors.platform.persistence.PublishedRevisions;
import org.opendoors.translation.service.UiTranslations;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps this node serving the newest published revision when several nodes share one database. When another node
 * has published, imported or saved a UI text, this one reads the translators' texts and the published files again:
 * at once when that node announces it on the data grid ({@link RevisionNotices}), and otherwise at its next look at
 * the database's published revision (one indexed row, twice a second). So a change made on any node is served by
 * every node within milliseconds on the grid and within about a second without it, and a node that was cut off, or
 * started after the announcement, catches up by itself, with nothing but the database to rely on. On a single node
 * the look costs a few microseconds and the answer is always "up to date".
 */
@ApplicationScoped
public class RevisionWatch {

    private static final Logger LOG = Logger.getLogger(RevisionWatch.class.getName());
    static final long INTERVAL_MS = 500;

    @Resource
    private ManagedScheduledExecutorService scheduler;
    @Inject
    private PublishedRevisions revisions;
    @Inject
    private PublishedCity publishedCity;
    @Inject
    private UiTranslations uiTranslations;
    @Inject
    private RevisionNotices notices;

    private ScheduledFuture<?> watching;
    private volatile boolean databaseUnanswered;
    /** When the watch last ran (System.nanoTime), or 0 before it has started. */
    private volatile long lastRun;

    /** Once the first city is served (PublishedCity starts at +700). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 800) @Initialized(ApplicationScoped.class)
                 Object applicationStarted) {
        watching = scheduler.scheduleWithFixedDelay(this::check, INTERVAL_MS, INTERVAL_MS, TimeUnit.MILLISECONDS);
        // The grid's event thread only hands the work over: reading a city must not hold up the grid's other events.
        notices.onAnnouncedElsewhere(revision -> scheduler.execute(() -> catchUp(revision)));
    }

    /** Catches up now, if the database is ahead. */
    public void check() {
        catchUp(-1);
    }

    /**
     * Reads the database's revision and catches up with it; {@code announced} is the revision another node announced
     * on the grid, or -1 for a regular look. One at a time: an announcement and a regular look arriving together
     * would otherwise read the same city twice.
     */
    private synchronized void catchUp(long announced) {
        lastRun = System.nanoTime();
        try {
            long latest = revisions.latest();
            if (databaseUnanswered) {
                databaseUnanswered = false;
                LOG.info("The database answers again; this node checks for changes made elsewhere again");
            }
            if (latest > publishedCity.servedRevision()) {
                uiTranslations.refresh();
                if (publishedCity.catchUp(latest)) {
                    LOG.info(() -> "Caught up with revision " + latest + ", published on another node ("
                            + (announced >= latest ? "announced on the data grid" : "found in the database") + ")");
                }
            }
        } catch (RuntimeException unanswered) {
            // Families keep being served the city in memory; the next check tries again.
            if (!databaseUnanswered) {
                databaseUnanswered = true;
                LOG.log(Level.WARNING, "The database did not answer this node's check for changes made elsewhere; "
                        + "it keeps serving revision " + publishedCity.servedRevision() + " and asks again", unanswered);
            }
        }
    }

    /** Whether the watch ran within the last {@code millis}, or has not started yet (the node is starting). */
    boolean ranWithin(long millis) {
        long last = lastRun;
        return last == 0 || System.nanoTime() - last < millis * 1_000_000;
    }

    @PreDestroy
    void stop() {
        if (watching != null) {
            watching.cancel(false);
        }
    }
}
