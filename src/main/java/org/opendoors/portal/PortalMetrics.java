package org.opendoors.portal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.opendoors.content.domain.ContentPublished;
import org.opendoors.editorial.domain.VersionSaved;
import org.opendoors.editorial.service.PublishedCity;
import org.opendoors.platform.grid.RevisionNotices;
import org.opendoors.web.HtmlCache;

import java.util.function.ToLongFunction;

/**
 * The portal's own MicroProfile Metrics, in the application registry: the page cache (hits, misses, renders, pages
 * and bytes held), publishes (and imports) and saves, the published revision this node serves (compare nodes to
 * see one lagging) and the nodes of its data grid (fewer than the nodes started: one has lost the grid). Read at {@code /metrics} by those who hold {@code OPENDOORS_METRICS_TOKEN} (see
 * {@code ManagementFilter}); families never reach it.
 */
@ApplicationScoped
public class PortalMetrics {

    @Inject
    private MetricRegistry registry;
    @Inject
    private HtmlCache htmlCache;
    @Inject
    private PublishedCity publishedCity;
    @Inject
    private RevisionNotices notices;

    private Counter publishes;
    private Counter saves;

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) @Initialized(ApplicationScoped.class)
                 Object applicationStarted) {
        cacheGauge("opendoors.pageCache.hits", "Family pages served from the page cache since this node started",
                HtmlCache.Stats::hits);
        cacheGauge("opendoors.pageCache.misses", "Family pages not in the page cache when asked for, since this node started",
                HtmlCache.Stats::misses);
        cacheGauge("opendoors.pageCache.renders", "Family pages rendered since this node started", HtmlCache.Stats::renders);
        cacheGauge("opendoors.pageCache.pages", "Pages in the page cache now", HtmlCache.Stats::pages);
        cacheGauge("opendoors.pageCache.bytes", "Bytes the page cache holds now (pages and their gzipped copies)",
                HtmlCache.Stats::bytes);
        registry.gauge(described("opendoors.publishedRevision", "The database's published revision this node serves"),
                publishedCity, PublishedCity::servedRevision);
        registry.gauge(described("opendoors.grid.nodes", "The nodes of this node's data grid, itself included"),
                notices, RevisionNotices::members);
        publishes = registry.counter(described("opendoors.publishes", "Publishes and imports committed on this node"));
        saves = registry.counter(described("opendoors.saves", "New versions of content files saved on this node"));
    }

    private void cacheGauge(String name, String description, ToLongFunction<HtmlCache.Stats> value) {
        registry.gauge(described(name, description), htmlCache, cache -> value.applyAsLong(cache.stats()));
    }

    private static Metadata described(String name, String description) {
        return Metadata.builder().withName(name).withDescription(description).build();
    }

    void onPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentPublished published) {
        if (publishes != null) {
            publishes.inc();
        }
    }

    void onSaved(@Observes VersionSaved saved) {
        if (saves != null) {
            saves.inc();
        }
    }
}
