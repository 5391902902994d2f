package org.opendoors.content.media;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The sizes and formats a kept photo is sent in, so a phone downloads a phone-sized photo ({@code srcset}) in WebP
 * where the browser takes it, JPEG elsewhere. Variants are made from the kept photo (which the portal wrote itself),
 * so nothing here reads an upload.
 */
public final class PhotoVariants {

    /** Widths for {@code srcset}: a phone, a phone at 2× or a tablet, a wide screen at 2×. */
    public static final List<Integer> WIDTHS = List.of(480, 960, 1600);

    private static final Logger LOG = Logger.getLogger(PhotoVariants.class.getName());
    private static final float VARIANT_QUALITY = 0.8f;
    private static final boolean WEBP = webpLoads();

    /** A variant's format. */
    public enum Format {
        WEBP("image/webp", "webp"), JPEG("image/jpeg", "jpg");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    private PhotoVariants() {
    }

    /** WebP variants are offered only where libwebp's bundled library loads (not on every processor and libc). */
    public static boolean webpAvailable() {
        return WEBP;
    }

    /** The kept photo at a width of {@link #WIDTHS} (never enlarged) in a format. */
    public static byte[] variant(byte[] keptJpeg, int width, Format format) {
        if (!WIDTHS.contains(width)) {
            throw new IllegalArgumentException("no variant " + width + " pixels wide");
        }
        BufferedImage image = PhotoPixels.toWidth(read(keptJpeg), width);
        return format == Format.WEBP ? PhotoPixels.webp(image, VARIANT_QUALITY) : PhotoPixels.jpeg(image, VARIANT_QUALITY);
    }

    private static BufferedImage read(byte[] jpeg) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
            if (image == null) {
                throw new IllegalArgumentException("not a kept photo");
            }
            return PhotoPixels.toRgb(image);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static boolean webpLoads() {
        try {
            PhotoPixels.webp(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), VARIANT_QUALITY);
            return true;
        } catch (LinkageError | RuntimeException notHere) {
            LOG.log(Level.WARNING, "WebP photos are off: libwebp does not load here ({0}); photos are sent as JPEG",
                    notHere.toString());
            return false;
        }
    }
}
