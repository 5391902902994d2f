package org.opendoors.school.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import org.opendoors.content.media.PhotoVariants;
import org.opendoors.school.domain.SchoolPhoto;

/**
 * The photo variants families were sent, kept so that each is encoded once per node (a WebP takes tens of
 * milliseconds of processor time). Keyed by the photo's SHA-256, so a replaced photo never meets its old variants,
 * and bounded by bytes: the variants of a city of 250 photos fit, a flood of them cannot take the memory.
 */
@ApplicationScoped
public class PhotoVariantCache {

    /** About all variants of a sample-sized city; older ones are encoded again when asked for. */
    private static final long MOST_BYTES = 64L * 1024 * 1024;

    private final Cache<String, byte[]> variants = Caffeine.newBuilder()
            .maximumWeight(MOST_BYTES)
            .weigher((String key, byte[] bytes) -> bytes.length)
            .build();

    public byte[] variant(SchoolPhoto photo, int width, PhotoVariants.Format format) {
        return variants.get(photo.getSha256() + "-" + width + "." + format.extension(),
                key -> PhotoVariants.variant(photo.jpeg(), width, format));
    }
}
