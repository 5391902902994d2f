package org.opendoors.content.reader;

import java.util.Base64;
import java.util.Optional;

/**
 * Content files that are not text — photos, the video guide — and how they travel with the text files. Every content file is kept
 * as text in one versioned store (the back office's versions, reviews, publishing, rollback, export and audit know
 * one kind of file); a binary file is kept there as the Base64 of its bytes and turned back into bytes at the edges:
 * reading a folder, unpacking or packing an archive, and reading the photo itself.
 */
public final class BinaryFiles {

    /** A photo as the portal keeps it (1,600 pixels, JPEG) is well under a megabyte; twice that is a generous cap. */
    public static final int MOST_PHOTO_BYTES = 2 * 1024 * 1024;
    /**
     * A video guide of a few minutes, made for phones (360p, VP9 and Opus in WebM, a few hundred kilobits a
     * second); a longer or sharper film belongs on the city's video service, linked from the guide.
     */
    public static final int MOST_VIDEO_BYTES = 7 * 1024 * 1024;
    /** The characters of the Base64 of the largest binary file. */
    public static final int MOST_CHARS = chars(MOST_VIDEO_BYTES);

    private BinaryFiles() {
    }

    /** Whether a content file is binary, by its name (the content folder's layout fixes what each name holds). */
    public static boolean isBinary(String path) {
        return path.endsWith(".jpg") || path.endsWith(".webm");
    }

    /** The most bytes a binary file of this name may have. */
    public static int mostBytes(String path) {
        return path.endsWith(".webm") ? MOST_VIDEO_BYTES : MOST_PHOTO_BYTES;
    }

    /** The most characters a binary file of this name takes in the store. */
    public static int mostChars(String path) {
        return chars(mostBytes(path));
    }

    private static int chars(int bytes) {
        return (bytes + 2) / 3 * 4;
    }

    /** The media type of a binary file, by its name. */
    public static String mediaType(String path) {
        if (path.endsWith(".jpg")) {
            return "image/jpeg";
        }
        if (path.endsWith(".webm")) {
            return "video/webm";
        }
        throw new IllegalArgumentException("not a binary content file: " + path);
    }

    /** The bytes as the store keeps them. */
    public static String toStored(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /**
     * The bytes of a stored binary file; empty when the text is no Base64 (a damaged or hand-made row). The line end
     * the store puts after every file's text is not part of it.
     */
    public static Optional<byte[]> fromStored(String stored) {
        String base64 = stored == null ? null : stored.strip();
        if (base64 == null || base64.length() > MOST_CHARS) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
