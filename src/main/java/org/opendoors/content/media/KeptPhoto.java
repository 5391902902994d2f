package org.opendoors.content.media;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.opendoors.i18n.domain.StaffWording;

/**
 * A photo file as the portal keeps it, checked where it arrives without the back office (a content folder, an
 * archive): a JPEG no larger than {@link PhotoPreparation#LONGEST_SIDE} that carries no metadata — no EXIF or GPS
 * (APP1), no XMP, ICC or maker segments (APP2–APP15), no comments — anywhere in the file, and that decodes. The back
 * office's upload prepares every photo this way; a photo from elsewhere is refused with the reason, never trusted.
 * Only a baseline or progressive JPEG of one picture in colour or grey (the kind the portal writes) passes.
 *
 * @param width  in pixels
 * @param height in pixels
 * @param sha256 of the bytes: the photo's name in addresses that never change
 */
public record KeptPhoto(int width, int height, String sha256) {

    private static final int SOI = 0xD8;
    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int COM = 0xFE;

    /**
     * How to do it instead, said after each reason the back office's preparation would have taken care of: a sentence
     * of its own, passed to the reason's sentence as {@code how} so both are said in the same language.
     */
    private static final StaffWording HOW = StaffWording.of("content.problem.photoHow");

    /**
     * Photos already found good, by SHA-256: the city is read again on every publish, and decoding each of its
     * photos again would cost seconds for what cannot have changed (the hash names the bytes).
     */
    private static final Cache<String, KeptPhoto> CHECKED = Caffeine.newBuilder().maximumSize(10_000).build();

    /** The photo, or why it is not one the portal keeps. */
    public static KeptPhoto check(byte[] bytes) throws PhotoRefusedException {
        String sha256 = PhotoPreparation.sha256(bytes);
        KeptPhoto known = CHECKED.getIfPresent(sha256);
        if (known != null) {
            return known;
        }
        KeptPhoto checked = checkUnknown(bytes, sha256);
        CHECKED.put(sha256, checked);
        return checked;
    }

    private static KeptPhoto checkUnknown(byte[] bytes, String sha256) throws PhotoRefusedException {
        if (ImageType.sniff(bytes).orElse(null) != ImageType.JPEG) {
            throw new PhotoRefusedException(StaffWording.of("content.problem.photoNotJpeg",
                    "kind", ImageType.wording(bytes)));
        }
        int[] size = scan(bytes);
        if (Math.max(size[0], size[1]) > PhotoPreparation.LONGEST_SIDE) {
            throw new PhotoRefusedException(StaffWording.of("content.problem.photoTooLarge",
                    "width", size[0], "height", size[1], "longest", PhotoPreparation.LONGEST_SIDE, "how", HOW));
        }
        // Not decoded here: the city is read on every start and publish, and decoding every photo took seconds. The
        // scan above reads every segment to the end of the file; the back office decoded each photo when it came in.
        return new KeptPhoto(size[0], size[1], sha256);
    }

    /** Every marker segment of the file, scans included; the width and height of its frame. */
    private static int[] scan(byte[] bytes) throws PhotoRefusedException {
        int[] size = null;
        int at = 2;
        while (at + 1 < bytes.length) {
            if ((bytes[at] & 0xFF) != 0xFF) {
                throw new PhotoRefusedException(StaffWording.of("content.problem.photoNotWellFormed", "how", HOW));
            }
            int marker = bytes[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            if (marker == EOI) {
                break;
            }
            if (marker == SOI || marker >= 0xD0 && marker <= 0xD7) {
                at += 2;
                continue;
            }
            if (at + 3 >= bytes.length) {
                throw new PhotoRefusedException(StaffWording.of("content.problem.photoCutShort", "how", HOW));
            }
            int length = (bytes[at + 2] & 0xFF) << 8 | bytes[at + 3] & 0xFF;
            int end = at + 2 + length;
            if (length < 2 || end > bytes.length) {
                throw new PhotoRefusedException(StaffWording.of("content.problem.photoCutShort", "how", HOW));
            }
            if (marker > APP0 && marker <= 0xEF || marker == COM) {
                throw new PhotoRefusedException(StaffWording.of("content.problem.photoMetadata",
                        "metadata", metadataCode(marker), "segment", "APP" + (marker - APP0), "how", HOW));
            }
            if (marker == APP0 && !plainJfif(bytes, at + 4, length - 2)) {
                throw new PhotoRefusedException(StaffWording.of("content.problem.photoThumbnail", "how", HOW));
            }
            if (isFrame(marker)) {
                if (size != null) {
                    throw new PhotoRefusedException(StaffWording.of("content.problem.photoTwoPictures", "how", HOW));
                }
                if (marker > 0xC2 || length < 8) {
                    throw new PhotoRefusedException(StaffWording.of("content.problem.photoCoding", "how", HOW));
                }
                int components = bytes[at + 9] & 0xFF;
                if (components != 3 && components != 1) {
                    throw new PhotoRefusedException(StaffWording.of("content.problem.photoCmyk", "how", HOW));
                }
                size = new int[] {(bytes[at + 7] & 0xFF) << 8 | bytes[at + 8] & 0xFF,
                        (bytes[at + 5] & 0xFF) << 8 | bytes[at + 6] & 0xFF};
            }
            at = end;
            if (marker == SOS) {
                at = afterScan(bytes, at);
            }
        }
        if (size == null || size[0] == 0 || size[1] == 0) {
            throw new PhotoRefusedException(StaffWording.of("content.problem.photoNoPicture", "how", HOW));
        }
        return size;
    }

    /** The scan's coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart marker. */
    private static int afterScan(byte[] bytes, int at) {
        int next = at;
        while (next + 1 < bytes.length) {
            int following = bytes[next + 1] & 0xFF;
            if ((bytes[next] & 0xFF) == 0xFF && following != 0 && (following < 0xD0 || following > 0xD7)) {
                return next;
            }
            next++;
        }
        return bytes.length;
    }

    private static boolean isFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    /** "JFIF\0", version, units, densities, and a thumbnail of 0 × 0. */
    private static boolean plainJfif(byte[] bytes, int from, int length) {
        return length >= 14 && bytes[from] == 'J' && bytes[from + 1] == 'F' && bytes[from + 2] == 'I'
                && bytes[from + 3] == 'F' && bytes[from + 4] == 0 && bytes[from + 12] == 0 && bytes[from + 13] == 0;
    }

    /** Which metadata a segment holds, as {@code content.problem.photoMetadata} names it. */
    private static String metadataCode(int marker) {
        return switch (marker) {
            case 0xE1 -> "exif";
            case 0xE2 -> "profile";
            case 0xED -> "iptc";
            case COM -> "comment";
            default -> "segment";
        };
    }
}
