package org.opendoors.web;

import org.junit.jupiter.api.Test;
import org.opendoors.content.domain.ContentPublished;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublishedPagesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    private final PublishedPages pages = new PublishedPages();

    private static PublishedPages.Key key(String path, String query) {
        return new PublishedPages.Key(path, query, DAY);
    }

    @Test
    void keepsThePageGzippedOnceWithAnEntityTagOfItsContent() throws IOException {
        byte[] html = "<html lang=\"ca\">Escola La Sínia</html>".getBytes(StandardCharsets.UTF_8);
        PublishedPage page = pages.keep(key("/ca/", ""), pages.revision(), html, "text/html;charset=UTF-8");
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(page.gzipped()))) {
            assertArrayEquals(html, gzip.readAllBytes());
        }
        assertEquals(page.etag(), pages.keep(key("/ca/", "q=again"), pages.revision(), html, "text/html").etag());
        assertNotEquals(page.etag(), pages.keep(key("/es/", ""), pages.revision(), "<html lang=\"es\"/>".getBytes(), "text/html").etag());
        assertTrue(pages.get(key("/ca/", "")).isPresent());
    }

    @Test
    void aPublishEmptiesTheCache() {
        pages.keep(key("/ca/", ""), pages.revision(), new byte[]{1}, "text/html");
        pages.keep(key("/ca/schools", "q=x"), pages.revision(), new byte[]{1}, "text/html");
        pages.onPublish(new ContentPublished("test"));
        assertEquals(0, pages.size());
    }

    @Test
    void aPageRenderedBeforeAPublishIsNeverKept() {
        long renderedAt = pages.revision();
        pages.onPublish(new ContentPublished("published while the page was rendering"));
        pages.keep(key("/ca/", ""), renderedAt, new byte[]{1}, "text/html");
        pages.keep(key("/ca/schools", "q=x"), renderedAt, new byte[]{1}, "text/html");
        assertTrue(pages.get(key("/ca/", "")).isEmpty());
        assertTrue(pages.get(key("/ca/schools", "q=x")).isEmpty());
    }

    @Test
    void aPageOfAnotherDayIsNotServed() {
        pages.keep(key("/ca/", ""), pages.revision(), new byte[]{1}, "text/html");
        assertTrue(pages.get(new PublishedPages.Key("/ca/", "", DAY.plusDays(1))).isEmpty());
    }

    @Test
    void aFloodOfOneOffSearchesNeverPushesOutPagesWithoutAQueryNorAPopularSearch() {
        byte[] page = new byte[16 * 1024];
        pages.keep(key("/ca/", ""), pages.revision(), page, "text/html");
        pages.keep(key("/ca/schools", "stage=primary"), pages.revision(), page, "text/html");
        long budgetInPages = PublishedPages.QUERIED_PAGES_BUDGET_BYTES / (page.length + 256);
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
}
