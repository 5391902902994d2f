package org.opendoors.editorial.service;

import org.opendoors.content.domain.CityContent;

import java.util.Optional;

/**
 * The unpublished city a back-office preview is rendering, for the duration of that one request on its thread.
 * Repositories answer from it instead of the database (see the Preview*Repository decorators), and caches that
 * serve families must not keep anything computed from it.
 */
public final class FamilyPreview {

    /** Family URLs under this path show the unpublished city: /admin/preview/ur/guide?newcomer=yes. */
    public static final String PATH = "/admin/preview";
    private static final ThreadLocal<CityContent> CURRENT = new ThreadLocal<>();

    private FamilyPreview() {
    }

    public static Optional<CityContent> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static boolean isActive() {
        return CURRENT.get() != null;
    }

    /** Runs the rendering with the preview city in place, and always clears it afterwards. */
    public static void during(CityContent content, PreviewRendering rendering) throws Exception {
        CURRENT.set(content);
        try {
            rendering.render();
        } finally {
            CURRENT.remove();
        }
    }

    @FunctionalInterface
    public interface PreviewRendering {
        void render() throws Exception;
    }
}
