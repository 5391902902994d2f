package org.opendoors.content.media;

import org.opendoors.i18n.domain.StaffWording;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;

/**
 * Turns an uploaded photo into the one the portal keeps. Children's privacy is kept by construction, not by
 * deleting known tags: only the decoded pixels survive, written into a new JPEG, so no EXIF, GPS position, camera
 * serial, owner name or embedded thumbnail can reach a family, whatever the upload carried. Before anything is
 * decoded the file is bounded (bytes, then the width and height its header declares), so a small file that would
 * unpack into gigabytes of pixels is refused unread.
 */
public final class PhotoPreparation {

    /** More than a phone's full-resolution photo; a bigger file is a scan or a video. */
    public static final int MOST_BYTES = 15 * 1024 * 1024;
    /** A 50-megapixel camera; decoding more would take over a gigabyte of memory for one upload. */
    public static final long MOST_PIXELS = 50_000_000L;
    /** Too small to show anything to a family on a phone's screen. */
    public static final int FEWEST_PIXELS_ON_THE_SHORT_SIDE = 400;
    /** The longest side kept: the widest variant families are sent ({@link PhotoVariants#WIDTHS}). */
    public static final int LONGEST_SIDE = 1600;

    private PhotoPreparation() {
    }

    public static PreparedPhoto prepare(byte[] upload) throws PhotoRefusedException {
        if (upload.length > MOST_BYTES) {
            throw new PhotoRefusedException(StaffWording.of("content.photo.tooLarge",
                    "size", megabytes(upload.length), "most", megabytes(MOST_BYTES)));
        }
        ImageType type = ImageType.sniff(upload).orElseThrow(() -> new PhotoRefusedException(
                StaffWording.of("content.photo.notPhoto", "kind", ImageType.wording(upload))));
        BufferedImage decoded = decode(upload, type);
        int orientation = type == ImageType.JPEG ? exifOrientation(upload) : 1;
        BufferedImage upright = PhotoPixels.upright(PhotoPixels.toRgb(PhotoPixels.fitWithin(decoded, LONGEST_SIDE)), orientation);
        byte[] jpeg = PhotoPixels.jpeg(upright, PhotoPixels.KEPT_QUALITY);
        return new PreparedPhoto(jpeg, upright.getWidth(), upright.getHeight(), sha256(jpeg));
    }

    private static BufferedImage decode(byte[] upload, ImageType type) throws PhotoRefusedException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.mediaType());
            if (!readers.hasNext()) {
                throw new IllegalStateException("Java reads no " + type);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MOST_PIXELS) {
                    throw new PhotoRefusedException(StaffWording.of("content.photo.tooManyPixels",
                            "width", width, "height", height, "megapixels", MOST_PIXELS / 1_000_000));
                }
                if (Math.min(width, height) < FEWEST_PIXELS_ON_THE_SHORT_SIDE) {
                    throw new PhotoRefusedException(StaffWording.of("content.photo.tooFewPixels",
                            "width", width, "height", height, "fewest", FEWEST_PIXELS_ON_THE_SHORT_SIDE));
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            throw new PhotoRefusedException(StaffWording.of("content.photo.unreadable", "type", type.name()));
        }
    }

    /**
     * The turn a phone asked for in EXIF instead of turning the pixels (1 = upright); read before the metadata is
     * dropped, so a photo taken sideways is not shown sideways. Unreadable EXIF is treated as upright.
     */
    static int exifOrientation(byte[] jpeg) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(jpeg), jpeg.length);
            ExifIFD0Directory exif = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif != null && exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                return orientation >= 1 && orientation <= 8 ? orientation : 1;
            }
        } catch (ImageProcessingException | MetadataException | IOException | RuntimeException unreadable) {
            return 1;
        }
        return 1;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static double megabytes(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
