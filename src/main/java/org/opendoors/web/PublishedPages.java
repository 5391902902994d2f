package org.opendoors.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.opendoors.editorial.service.PublishedCity;
import org.opendoors.editorial.service.SnapshotSwapped;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 */
@ApplicationScoped
public class PublishedPages {

    /** Pages with a query: about 2,000 list pages of 16 KB plus their gzipped copies. */
    static final long QUERIED_PAGES_BUDGET_BYTES = 48L * 1024 * 1024;

    /** Where a page is kept: its path, its canonical query (empty for none) and the day it was rendered for. */
    public record Key(String path, String query, LocalDate day) {
    }

    private record Kept(PublishedPage page, LocalDate day) {
    }

    private final Map<String, Kept> plainPages = new ConcurrentHashMap<>();
    private final Cache<Key, PublishedPage> queriedPages = Caffeine.newBuilder()
            .maximumWeight(QUERIED_PAGES_BUDGET_BYTES)
            .weigher((Key key, PublishedPage page) -> page.html().length + page.gzipped().length + 256)
            // Evictions on the calling thread: a burst cannot outrun a background clean-up and overshoot the budget.
            .executor(Runnable::run)
            .build();
    @Inject
    private PublishedCity publishedCity;

    /** For the container. */
    protected PublishedPages() {
    }

    /** Outside a container: pages of {@code publishedCity}'s snapshots. */
    PublishedPages(PublishedCity publishedCity) {
        this.publishedCity = publishedCity;
    }

    /** The revision of the published city being served now. */
    public long revision() {
        return publishedCity.current().revision();
    }

    public Optional<PublishedPage> get(Key key) {
        if (key.query().isEmpty()) {
            Kept kept = plainPages.get(key.path());
            return kept != null && kept.day().equals(key.day()) ? Optional.of(kept.page()) : Optional.empty();
        }
        return Optional.ofNullable(queriedPages.getIfPresent(key));
    }

    /**
     * Makes the page that will be sent, and keeps it only if {@code renderedAtRevision} — the revision of the
     * snapshot the page was rendered from — is still the one served. Checked again after storing, so a swap racing
     * with the store removes it (the swap's own clearing may have run just before the store).
     */
    public PublishedPage keep(Key key, long renderedAtRevision, byte[] html, String contentType) {
        PublishedPage page = new PublishedPage(html, gzip(html), contentType, etag(html));
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

    private void forget(Key key, PublishedPage page) {
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
