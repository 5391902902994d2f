package org.opendoors.web;

import org.junit.jupiter.api.Test;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.editorial.service.PublishedCities;
import org.opendoors.editorial.service.PublishedCity;
import org.opendoors.editorial.service.SnapshotSwapped;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlCacheTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    /** About 120 list pages: the portal's own budget holds 2,000, and hashing that many three times costs seconds. */
    private static final long QUERIED_PAGES_BUDGET_BYTES = 2L * 1024 * 1024;
    /** The city the pages are rendered from: each swap reaches the cache as it does in the server. */
    private final PublishedCity city = PublishedCities.serving(this::swapped);
    private final HtmlCache pages = new HtmlCache(city, QUERIED_PAGES_BUDGET_BYTES);

    private void swapped(SnapshotSwapped swap) {
        if (pages != null) { // the first city is served before the cache exists
            pages.onSwap(swap);
        }
    }

    private static HtmlCache.Key key(String path, String query) {
        return new HtmlCache.Key(path, query, DAY);
    }

    @Test
    void keepsThePageGzippedOnceWithAnEntityTagOfItsContent() throws IOException {
        byte[] html = "<html lang=\"ca\">Escola La Sínia</html>".getBytes(StandardCharsets.UTF_8);
        CachedHtml page = pages.keep(key("/ca/", ""), pages.revision(), html, "text/html;charset=UTF-8");
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(page.gzipped()))) {
            assertArrayEquals(html, gzip.readAllBytes());
        }
        assertEquals(page.etag(), pages.keep(key("/ca/", "q=again"), pages.revision(), html, "text/html").etag());
        assertNotEquals(page.etag(), pages.keep(key("/es/", ""), pages.revision(), "<html lang=\"es\"/>".getBytes(), "text/html").etag());
        assertTrue(pages.get(key("/ca/", "")).isPresent());
    }

    @Test
    void aPublishEmptiesTheCache() throws ContentRejectedException {
        pages.keep(key("/ca/", ""), pages.revision(), new byte[]{1}, "text/html");
        pages.keep(key("/ca/schools", "q=x"), pages.revision(), new byte[]{1}, "text/html");
        city.replaceWith(PublishedCities.files(PublishedCities.GOOD), "test publish");
        assertEquals(0, pages.size());
    }

    @Test
    void aSavedUiTextEmptiesTheCacheToo() {
        pages.keep(key("/ca/", ""), pages.revision(), new byte[]{1}, "text/html");
        city.rederive("translation of a UI text");
        assertEquals(0, pages.size());
    }

    @Test
    void aPublishThatFailsToBuildKeepsThePagesOfTheCityStillServed() {
        pages.keep(key("/ca/", ""), pages.revision(), new byte[]{1}, "text/html");
        Map<String, String> broken = PublishedCities.files(PublishedCities.GOOD);
        broken.remove("city.yaml");
        assertThrows(ContentRejectedException.class, () -> city.replaceWith(broken, "a publish that does not read"));
        assertTrue(pages.get(key("/ca/", "")).isPresent());
    }

    @Test
    void aPageRenderedFromAnOlderSnapshotIsNeverKept() throws ContentRejectedException {
        long renderedAt = city.current().revision();
        city.replaceWith(PublishedCities.files(PublishedCities.GOOD), "published while the page was rendering");
        pages.keep(key("/ca/", ""), renderedAt, new byte[]{1}, "text/html");
        pages.keep(key("/ca/schools", "q=x"), renderedAt, new byte[]{1}, "text/html");
        assertTrue(pages.get(key("/ca/", "")).isEmpty());
        assertTrue(pages.get(key("/ca/schools", "q=x")).isEmpty());

        pages.keep(key("/ca/", ""), city.current().revision(), new byte[]{2}, "text/html");
        assertTrue(pages.get(key("/ca/", "")).isPresent(), "a page of the city served now is kept");
    }

    @Test
    void aPageOfAnotherDayIsNotServed() {
        pages.keep(key("/ca/", ""), pages.revision(), new byte[]{1}, "text/html");
        assertTrue(pages.get(new HtmlCache.Key("/ca/", "", DAY.plusDays(1))).isEmpty());
    }

    @Test
    void aFloodOfOneOffSearchesNeverPushesOutPagesWithoutAQueryNorAPopularSearch() {
        byte[] page = new byte[16 * 1024];
        pages.keep(key("/ca/", ""), pages.revision(), page, "text/html");
        pages.keep(key("/ca/schools", "stage=primary"), pages.revision(), page, "text/html");
        long budgetInPages = QUERIED_PAGES_BUDGET_BYTES / (page.length + 256);
        for (int i = 0; i < budgetInPages / 2 + 10; i++) {
            pages.keep(key("/ca/schools", "district=d" + i), pages.revision(), page, "text/html");
        }
        for (int i = 0; i < 30; i++) {
            pages.get(key("/ca/schools", "stage=primary"));
        }
        // More one-off searches than the budget holds between two reads: a least-recently-used map would drop it.
        for (int i = 0; i < budgetInPages * 3; i++) {
            pages.keep(key("/ca/schools", "q=junk" + i), pages.revision(), page, "text/html");
            if (i % (budgetInPages * 3 / 2) == 0) {
                pages.get(key("/ca/schools", "stage=primary"));
            }
        }
        assertTrue(pages.get(key("/ca/", "")).isPresent(), "a page without a query is always kept");
        assertTrue(pages.get(key("/ca/schools", "stage=primary")).isPresent(), "a page families read stays");
        assertTrue(pages.size() <= budgetInPages + 1, "the queried pages stay within their byte budget: " + pages.size());
    }

    @Test
    void familiesAskingForAPageBeingRenderedWaitForThatRenderInsteadOfRenderingItAgain() throws Exception {
        AtomicInteger renders = new AtomicInteger();
        CountDownLatch renderStarted = new CountDownLatch(1);
        CountDownLatch finishRender = new CountDownLatch(1);
        HtmlCache.Renderer slowRender = () -> {
            renders.incrementAndGet();
            renderStarted.countDown();
            try {
                finishRender.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
            return Optional.of(new HtmlCache.Rendered("<html/>".getBytes(), "text/html"));
        };
        ExecutorService families = Executors.newFixedThreadPool(6);
        try {
            Future<Optional<CachedHtml>> first = families.submit(
                    () -> pages.renderOnce(key("/ca/schools", "stage=primary"), pages.revision(), slowRender));
            assertTrue(renderStarted.await(10, TimeUnit.SECONDS));
            java.util.List<Future<Optional<CachedHtml>>> followers = new java.util.ArrayList<>();
            for (int i = 0; i < 5; i++) {
                followers.add(families.submit(
                        () -> pages.renderOnce(key("/ca/schools", "stage=primary"), pages.revision(), slowRender)));
            }
            Thread.sleep(200); // the followers are waiting now; none of them may have started a render
            assertEquals(1, renders.get());
            finishRender.countDown();
            String etag = first.get(10, TimeUnit.SECONDS).orElseThrow().etag();
            for (Future<Optional<CachedHtml>> follower : followers) {
                assertEquals(etag, follower.get(10, TimeUnit.SECONDS).orElseThrow().etag());
            }
            assertEquals(1, renders.get(), "one render for six families");
            assertTrue(pages.get(key("/ca/schools", "stage=primary")).isPresent());
        } finally {
            families.shutdownNow();
        }
    }

    @Test
    void aRenderThatAnsweredItsOwnRequestOrFailedLeavesTheNextFamilyToRenderOnItsOwn() throws Exception {
        assertTrue(pages.renderOnce(key("/ca/school/x", ""), pages.revision(), Optional::empty).isEmpty());
        assertThrows(IOException.class, () -> pages.renderOnce(key("/ca/school/x", ""), pages.revision(), () -> {
            throw new IOException("client went away");
        }));
        Optional<CachedHtml> page = pages.renderOnce(key("/ca/school/x", ""), pages.revision(),
                () -> Optional.of(new HtmlCache.Rendered("<html/>".getBytes(), "text/html")));
        assertTrue(page.isPresent(), "nothing of the failed renders is left over");
    }

    @Test
    void aRenderOfAnOlderSnapshotIsNeitherSharedWithTheNewOneNorKept() throws Exception {
        long before = pages.revision();
        city.replaceWith(PublishedCities.files(PublishedCities.GOOD), "test publish");
        Optional<CachedHtml> old = pages.renderOnce(key("/ca/", ""), before,
                () -> Optional.of(new HtmlCache.Rendered("<html>old</html>".getBytes(), "text/html")));
        assertTrue(old.isPresent(), "the request that rendered it is still answered");
        assertTrue(pages.get(key("/ca/", "")).isEmpty(), "but the old city's page is not kept");
    }
}
