package org.opendoors.content.media;

import org.opendoors.i18n.domain.StaffWording;

import java.util.Optional;

/**
 * The image formats a photo may be uploaded in, told apart by the bytes the file starts with, never by its name or
 * the type a browser claims: an SVG (which can carry script) or an HTML page named {@code .jpg} is refused.
 */
public enum ImageType {
    JPEG("image/jpeg"), PNG("image/png");

    private final String mediaType;

    ImageType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type the bytes are, when they are one the portal reads. */
    public static Optional<ImageType> sniff(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        return Optional.empty();
    }

    /**
     * What a file that is no photo the portal reads probably is, to say so in the refusal: {@code content.photo.kind}.
     */
    static StaffWording wording(byte[] bytes) {
        return StaffWording.of("content.photo.kind", "kind", kindOf(bytes));
    }

    private static String kindOf(byte[] bytes) {
        if (bytes.length >= 12 && startsWith(bytes, 'R', 'I', 'F', 'F') && bytes[8] == 'W' && bytes[9] == 'E') {
            return "webp";
        }
        if (bytes.length >= 12 && bytes[4] == 'f' && bytes[5] == 't' && bytes[6] == 'y' && bytes[7] == 'p') {
            return "heic";
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return "gif";
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return "pdf";
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 256), java.nio.charset.StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(java.util.Locale.ROOT);
        return start.startsWith("<") ? "text" : "unknown";
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
