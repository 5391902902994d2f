package org.opendoors.school.web;

import org.opendoors.content.media.PhotoVariants;
import org.opendoors.school.domain.SchoolPhoto;

import java.util.stream.Collectors;

/**
 * A school photo as a profile shows it: WebP for browsers that take it, JPEG for the others, each in the widths of
 * {@link PhotoVariants#WIDTHS} so a phone downloads a phone-sized photo, with the text alternative in the page's
 * language. (Getters because Faces 4's EL does not read record components.)
 */
public record PhotoView(String alt, int width, int height, String webpSet, String jpegSet, String src, String large) {

    /** The widths a photo is shown at in the profile's strip: at most half a phone's screen, twice for sharp screens. */
    private static final int SHOWN = 480;

    static PhotoView of(SchoolPhoto photo, String alt, String contextPath) {
        String webp = PhotoVariants.webpAvailable() ? srcset(photo, PhotoVariants.Format.WEBP, contextPath) : "";
        return new PhotoView(alt, photo.getWidth(), photo.getHeight(), webp,
                srcset(photo, PhotoVariants.Format.JPEG, contextPath),
                contextPath + SchoolPhotoServlet.address(photo, SHOWN, PhotoVariants.Format.JPEG),
                contextPath + SchoolPhotoServlet.address(photo, PhotoVariants.WIDTHS.get(PhotoVariants.WIDTHS.size() - 1),
                        PhotoVariants.Format.JPEG));
    }

    private static String srcset(SchoolPhoto photo, PhotoVariants.Format format, String contextPath) {
        // The strip never shows a photo wider than SHOWN, so twice that covers the sharpest screens.
        return PhotoVariants.WIDTHS.stream().filter(width -> width <= SHOWN * 2)
                .map(width -> contextPath + SchoolPhotoServlet.address(photo, width, format) + " " + width + "w")
                .collect(Collectors.joining(", "));
    }

    public String getAlt() {
        return alt;
    }

    public int getWidth() {
        return width;
    }

    public int getHeight() {
        return height;
    }

    public String getWebpSet() {
        return webpSet;
    }

    public String getJpegSet() {
        return jpegSet;
    }

    public String getSrc() {
        return src;
    }

    /** The largest variant, for a family that wants to look closer. */
    public String getLarge() {
        return large;
    }
}
