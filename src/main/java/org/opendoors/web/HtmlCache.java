package org.opendoors.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.opendoors.editorial.service.PublishedCity;
import org.opendoors.editorial.service.SnapshotSwapped;
import org.opendoors.platform.web.FamilyQuery;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.GZIPOutputStream;

/**
 * The published-page cache. Family pages change only when content is published, yet rendering a Faces view costs
 * about twenty times what serving its bytes does; so each page is rendered once per canonical URL (see
 * {@link FamilyQuery}) and day, and served from memory until the next publish.
 * <p>
 * Two parts, so that no stream of odd URLs can push out the pages families read most: pages without a query
 * (home, lists, profiles, the guide, in eight languages) are few — as many as the city has pages — and are all
 * kept; pages with a query (a search, filters, a point on the map, answers) are kept within a byte budget, where
 * Caffeine admits a newcomer only if it is likely to be read more than the page it would push out.
 * <p>
 * Every page is kept only if it was rendered from the published city being served (see {@link PublishedCity}): the
 * filter hands over the revision of the snapshot it pinned for the render, and a page of an older snapshot is never
 * kept, so no family is served the old city after the publish has answered. Each swap empties the cache.
 * <p>
 * A page missing from the cache is rendered by one request at a time: after a publish every page is missing at
 * once, and dozens of families asking for the same list would otherwise render it dozens of times over, each render
 * slowing the others down. Those who ask while it is being rendered wait for that render (see {@link #renderOnce}).
 */
@ApplicationScoped
public class HtmlCache {

    /** Pages with a query: about 2,000 list pages of 16 KB plus their gzipped copies. */
    static final long QUERIED_PAGES_BUDGET_BYTES = 48L * 1024 * 1024;

    /** Where a page is kept: its path, its canonical query (empty for none) and the day it was rendered for. */
    public record Key(String path, String query, LocalDate day) {
    }

    private record Kept(CachedHtml page, LocalDate day) {
    }

    /** A render of the page at {@code key} from the snapshot of {@code revision}. */
    private record Render(Key key, long revision) {
    }

    /** What a render gave that may be kept: a 200 HTML page. */
    public record Rendered(byte[] html, String contentType) {
    }

    /** Renders a page; empty when the render answered the request itself (an error, a redirect, not HTML). */
    @FunctionalInterface
    public interface Renderer {
        Optional<Rendered> render() throws IOException, jakarta.servlet.ServletException;
    }

    /**
     * How long a request waits for another's render of the same page before rendering it itself: far above a
     * render's time (milliseconds), so only a render that is stuck is not waited for.
     */
    static final long LONGEST_WAIT_FOR_ANOTHER_RENDER_MS = 5_000;

    private final Map<Render, CompletableFuture<CachedHtml>> rendering = new ConcurrentHashMap<>();

    private final Map<String, Kept> plainPages = new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder renders = new LongAdder();
    private final Cache<Key, CachedHtml> queriedPages;
    @Inject
    private PublishedCity publishedCity;

    /** For the container. */
    protected HtmlCache() {
        this.queriedPages = queriedPagesWithin(QUERIED_PAGES_BUDGET_BYTES);
    }

    /** Outside a container: pages of {@code publishedCity}'s snapshots, pages with a query kept within a budget. */
    HtmlCache(PublishedCity publishedCity, long queriedPagesBudgetBytes) {
        this.publishedCity = publishedCity;
        this.queriedPages = queriedPagesWithin(queriedPagesBudgetBytes);
    }

    private static Cache<Key, CachedHtml> queriedPagesWithin(long budgetBytes) {
        return Caffeine.newBuilder()
                .maximumWeight(budgetBytes)
                .weigher((Key key, CachedHtml page) -> (int) weight(page))
                // Evictions on the calling thread: a burst cannot outrun a background clean-up and overshoot the budget.
                .executor(Runnable::run)
                .build();
    }

    /** The revision of the published city being served now. */
    public long revision() {
        return publishedCity.current().revision();
    }

    public Optional<CachedHtml> get(Key key) {
        Optional<CachedHtml> page = find(key);
        (page.isPresent() ? hits : misses).increment();
        return page;
    }

    /**
     * The page at {@code key} if it is kept, counted as a hit; nothing is counted otherwise, since the request then
     * goes on to {@link #get} (the cached answer in front of the application, {@link PublishedPageValve}).
     */
    public Optional<CachedHtml> hit(Key key) {
        Optional<CachedHtml> page = find(key);
        if (page.isPresent()) {
            hits.increment();
        }
        return page;
    }

    private Optional<CachedHtml> find(Key key) {
        if (key.query().isEmpty()) {
            Kept kept = plainPages.get(key.path());
            return kept != null && kept.day().equals(key.day()) ? Optional.of(kept.page()) : Optional.empty();
        }
        return Optional.ofNullable(queriedPages.getIfPresent(key));
    }

    /** What the cache has done since the node started, and what it holds now, for the metrics. */
    public record Stats(long hits, long misses, long renders, long pages, long bytes) {
    }

    public Stats stats() {
        long plainBytes = plainPages.values().stream().mapToLong(kept -> weight(kept.page())).sum();
        long queriedBytes = queriedPages.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0)).orElse(0L);
        return new Stats(hits.sum(), misses.sum(), renders.sum(), size(), plainBytes + queriedBytes);
    }

    private static long weight(CachedHtml page) {
        return page.html().length + page.gzipped().length + 256L;
    }

    /**
     * The page at {@code key} rendered from the snapshot of {@code revision}: by {@code renderer}, unless another
     * request is rendering that very page of that very snapshot — then that render's page, once it is done. Empty
     * when the render answered its request itself (nothing to share: the caller has answered). If the other render
     * fails, gives nothing to keep or takes too long, this request renders on its own.
     */
    public Optional<CachedHtml> renderOnce(Key key, long revision, Renderer renderer)
            throws IOException, jakarta.servlet.ServletException {
        Render render = new Render(key, revision);
        CompletableFuture<CachedHtml> mine = new CompletableFuture<>();
        CompletableFuture<CachedHtml> theirs = rendering.putIfAbsent(render, mine);
        if (theirs != null) {
            CachedHtml shared = awaitPage(theirs);
            return shared != null ? Optional.of(shared) : renderAlone(key, revision, renderer);
        }
        try {
            Optional<CachedHtml> page = renderAlone(key, revision, renderer);
            mine.complete(page.orElse(null));
            return page;
        } catch (IOException | jakarta.servlet.ServletException | RuntimeException | Error failed) {
            mine.completeExceptionally(failed);
            throw failed;
        } finally {
            rendering.remove(render, mine);
        }
    }

    private static CachedHtml awaitPage(CompletableFuture<CachedHtml> render) {
        try {
            return render.get(LONGEST_WAIT_FOR_ANOTHER_RENDER_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException notShared) {
            return null;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private Optional<CachedHtml> renderAlone(Key key, long revision, Renderer renderer)
            throws IOException, jakarta.servlet.ServletException {
        renders.increment();
        Optional<Rendered> rendered = renderer.render();
        return rendered.map(page -> keep(key, revision, page.html(), page.contentType()));
    }

    /**
     * Makes the page that will be sent, and keeps it only if {@code renderedAtRevision} — the revision of the
     * snapshot the page was rendered from — is still the one served. Checked again after storing, so a swap racing
     * with the store removes it (the swap's own clearing may have run just before the store).
     */
    public CachedHtml keep(Key key, long renderedAtRevision, byte[] html, String contentType) {
        CachedHtml page = new CachedHtml(html, gzip(html), contentType, etag(html));
        if (revision() != renderedAtRevision) {
            return page;
        }
        if (key.query().isEmpty()) {
            plainPages.put(key.path(), new Kept(page, key.day()));
        } else {
            queriedPages.put(key, page);
        }
        if (revision() != renderedAtRevision) {
            forget(key, page);
        }
        return page;
    }

    private void forget(Key key, CachedHtml page) {
        if (key.query().isEmpty()) {
            plainPages.computeIfPresent(key.path(), (path, kept) -> kept.page() == page ? null : kept);
        } else {
            queriedPages.asMap().remove(key, page);
        }
    }

    public void clear() {
        plainPages.clear();
        queriedPages.invalidateAll();
    }

    public long size() {
        queriedPages.cleanUp();
        return plainPages.size() + queriedPages.estimatedSize();
    }

    /**
     * Right after the published city was swapped, on the swapping thread: every page kept so far shows an older
     * snapshot, and {@link #keep} already refuses pages rendered from one.
     */
    void onSwap(@Observes SnapshotSwapped swapped) {
        clear();
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String etag(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
