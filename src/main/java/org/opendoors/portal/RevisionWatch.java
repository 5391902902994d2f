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
import org.opendoors.platform.persistence.PublishedRevisions;
import org.opendoors.translation.service.UiTranslations;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps this node serving the newest published revision when several nodes share one database: twice a second it
 * asks the database for its published revision (one indexed row), and when another node has published, imported or
 * saved a UI text since, reads the translators' texts and the published files again. So a change made on any node
 * is served by every node within about a second, and a node that was cut off catches up by itself, with nothing
 * but the database to rely on. On a single node the question costs a few microseconds and the answer is always
 * "up to date".
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

    private ScheduledFuture<?> watching;
    private volatile boolean databaseUnanswered;
    /** When the watch last ran (System.nanoTime), or 0 before it has started. */
    private volatile long lastRun;

    /** Once the first city is served (PublishedCity starts at +700). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 800) @Initialized(ApplicationScoped.class)
                 Object applicationStarted) {
        watching = scheduler.scheduleWithFixedDelay(this::check, INTERVAL_MS, INTERVAL_MS, TimeUnit.MILLISECONDS);
    }

    /** Catches up now, if the database is ahead. */
    public void check() {
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
                    LOG.info(() -> "Caught up with revision " + latest + ", published on another node");
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
