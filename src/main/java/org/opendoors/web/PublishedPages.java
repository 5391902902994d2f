package org.opendoors.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.opendoors.content.domain.ContentPublished;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * The published-page cache. Family pages change only when content is published, yet rendering a Faces view costs
 * about twenty times what serving its bytes does; so each page is rendered once per URL (language, filters and
 * "About your family" answers are all in the URL) and day, and served from memory until the next publish.
 * Bounded: the least recently used pages make room, so odd query strings cannot fill the memory.
 */
@ApplicationScoped
public class PublishedPages {

    static final int CAPACITY = 2000;

    private final Map<String, PublishedPage> pages = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PublishedPage> eldest) {
            return size() > CAPACITY;
        }
    };

    public synchronized Optional<PublishedPage> get(String key) {
        return Optional.ofNullable(pages.get(key));
    }

    public PublishedPage keep(String key, byte[] html, String contentType) {
        PublishedPage page = new PublishedPage(html, gzip(html), contentType, etag(html));
        synchronized (this) {
            pages.put(key, page);
        }
        return page;
    }

    public synchronized void clear() {
        pages.clear();
    }

    public synchronized int size() {
        return pages.size();
    }

    /** After the commit: a family request served between an earlier clear and the commit would cache the old city. */
    void onPublish(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentPublished published) {
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
