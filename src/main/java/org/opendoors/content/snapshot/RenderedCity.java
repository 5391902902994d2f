package org.opendoors.content.snapshot;

import java.util.Optional;

/**
 * The city one request renders, pinned on its thread for the whole render: every repository read of that request
 * answers from the same snapshot, so a page is never half the old city and half the new one, and the page cache
 * knows exactly which publish a page shows (its snapshot's revision).
 */
public final class RenderedCity {

    private static final ThreadLocal<CitySnapshot> PINNED = new ThreadLocal<>();

    private RenderedCity() {
    }

    /** The snapshot pinned on this thread, if a render is under way. */
    public static Optional<CitySnapshot> pinned() {
        return Optional.ofNullable(PINNED.get());
    }

    /** Runs the rendering with the city pinned, and puts back whatever was pinned before (nothing, normally). */
    public static void during(CitySnapshot city, Rendering rendering) throws Exception {
        CitySnapshot before = PINNED.get();
        PINNED.set(city);
        try {
            rendering.render();
        } finally {
            if (before == null) {
                PINNED.remove();
            } else {
                PINNED.set(before);
            }
        }
    }

    @FunctionalInterface
    public interface Rendering {
        void render() throws Exception;
    }
}
