package org.opendoors.translation.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import org.opendoors.translation.service.KeyUsages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each UI string is used in this build: the Faces views (and templates, includes) that name its key, and the
 * compiled classes that do (labels formatted in Java). Read once from the web application's own resources; the
 * views of a running portal do not change.
 */
@ApplicationScoped
public class KeyUsageIndex {

    private static final String CLASSES = "/WEB-INF/classes/";

    @Inject
    private ServletContext servletContext;

    private volatile KeyUsages usages;

    public List<String> placesUsing(String key) {
        KeyUsages current = usages;
        if (current == null) {
            current = new KeyUsages(scan());
            usages = current;
        }
        return current.placesUsing(key);
    }

    private Map<String, String> scan() {
        Map<String, String> texts = new HashMap<>();
        Deque<String> folders = new ArrayDeque<>(List.of("/"));
        while (!folders.isEmpty()) {
            Set<String> paths = servletContext.getResourcePaths(folders.pop());
            if (paths == null) {
                continue;
            }
            for (String path : paths) {
                if (path.endsWith("/")) {
                    if (!path.startsWith("/resources/") && !path.startsWith("/WEB-INF/lib/")) {
                        folders.push(path);
                    }
                } else if (path.endsWith(".xhtml")) {
                    texts.put(path, read(path, StandardCharsets.UTF_8));
                } else if (path.startsWith(CLASSES) && path.endsWith(".class")) {
                    // Keys are ASCII: in a class file's constant pool they are the same bytes as in the source.
                    String className = path.substring(CLASSES.length(), path.length() - ".class".length()).replace('/', '.');
                    texts.put(className, read(path, StandardCharsets.ISO_8859_1));
                }
            }
        }
        return texts;
    }

    private String read(String path, java.nio.charset.Charset charset) {
        try (InputStream in = servletContext.getResourceAsStream(path)) {
            return in == null ? "" : new String(in.readAllBytes(), charset);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
