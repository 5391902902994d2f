package org.opendoors.content.archive;

import org.opendoors.i18n.domain.StaffWording;

/**
 * How much of an uploaded archive the portal is willing to read, so that a zip bomb (a few kilobytes that unpack
 * into gigabytes, or millions of entries) is refused before it fills the disk or the memory.
 *
 * @param maxArchiveBytes      the upload itself, compressed
 * @param maxEntries           entries in the archive, folders and ignored files included
 * @param maxTotalBytes        the content files together, uncompressed (ignored files are never unpacked)
 * @param maxFileBytes         one content file, uncompressed
 * @param maxRatio             how many times smaller than its text a content file may be packed: YAML and GeoJSON
 *                             pack 3 to 10 times; a bomb (a megabyte of one repeated byte) a thousand times
 */
public record ArchiveLimits(long maxArchiveBytes, int maxEntries, long maxTotalBytes, long maxFileBytes, int maxRatio) {

    private static final long MB = 1024 * 1024;
    /** Generous for text, and far below what only a bomb reaches. */
    private static final int DEFAULT_RATIO = 100;
    /**
     * Below this size a file is read whatever its ratio: a small file cannot hurt, and a short file of repeated
     * lines may pack very well.
     */
    static final long RATIO_FLOOR = 64 * 1024;

    /**
     * The sample city is about 14 MB in about 550 files (the guard's example sentences 8 MB, its 84 drawn photos
     * 3 MB); a zipped git checkout also carries its {@code .git} folder (thousands of entries, never unpacked). A city
     * with six real photos per school (about 300 KB each, as the portal keeps them) and a video guide stays under the
     * 100 MB an upload may have; photos do not pack, so the unpacked files may be as large as the upload.
     */
    public static ArchiveLimits defaults() {
        return new ArchiveLimits(100 * MB, 20_000, 100 * MB, 10 * MB, DEFAULT_RATIO);
    }

    public ArchiveLimits(long maxArchiveBytes, int maxEntries, long maxTotalBytes, long maxFileBytes) {
        this(maxArchiveBytes, maxEntries, maxTotalBytes, maxFileBytes, DEFAULT_RATIO);
    }

    public ArchiveLimits {
        if (maxArchiveBytes <= 0 || maxEntries <= 0 || maxTotalBytes <= 0 || maxFileBytes <= 0 || maxRatio <= 0) {
            throw new IllegalArgumentException("archive limits must be positive");
        }
    }

    /** A size for messages: "10 MB", or bytes when smaller than a megabyte (small limits are set by tests). */
    static String size(long bytes) {
        return bytes >= MB && bytes % MB == 0 ? bytes / MB + " MB" : bytes + " bytes";
    }

    /** The same size as a back-office sentence ({@code content.archive.size}). */
    static StaffWording sizeWording(long bytes) {
        boolean megabytes = bytes >= MB && bytes % MB == 0;
        return StaffWording.of("content.archive.size", "unit", megabytes ? "mb" : "bytes",
                "amount", megabytes ? bytes / MB : bytes);
    }
}
