package org.opendoors.web;

import org.junit.jupiter.api.Test;
import org.opendoors.content.domain.ContentPublished;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublishedPagesTest {

    private final PublishedPages pages = new PublishedPages();

    @Test
    void keepsThePageGzippedOnceWithAnEntityTagOfItsContent() throws IOException {
        byte[] html = "<html lang=\"ca\">Escola La Sínia</html>".getBytes(StandardCharsets.UTF_8);
        PublishedPage page = pages.keep("/ca/|2026-11-23", html, "text/html;charset=UTF-8");

        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(page.gzipped()))) {
            assertArrayEquals(html, in.readAllBytes());
        }
        assertEquals(page.etag(), pages.keep("/ca/?again|2026-11-23", html, "text/html").etag());
        assertNotEquals(page.etag(), pages.keep("/es/|2026-11-23", "<html lang=\"es\"/>".getBytes(), "text/html").etag());
        assertTrue(pages.get("/ca/|2026-11-23").isPresent());
    }

    @Test
    void aPublishDropsEveryPage() {
        pages.keep("/ca/|today", new byte[]{1}, "text/html");
        pages.onPublish(new ContentPublished("test"));
        assertEquals(0, pages.size());
    }

    @Test
    void theLeastRecentlyUsedPagesMakeRoom() {
        pages.keep("/ca/|first", new byte[]{1}, "text/html");
        for (int i = 0; i < PublishedPages.CAPACITY; i++) {
            pages.get("/ca/|first");
            pages.keep("/ca/schools?q=" + i, new byte[]{2}, "text/html");
        }
        assertEquals(PublishedPages.CAPACITY, pages.size());
        assertTrue(pages.get("/ca/|first").isPresent(), "a page in use stays");
        assertTrue(pages.get("/ca/schools?q=0").isEmpty(), "the oldest unused page went");
    }
}
