package org.opendoors.content.media;

/**
 * A photo as the portal keeps it: a JPEG of the pixels only (no EXIF, GPS, camera or owner data, turned upright),
 * named by the SHA-256 of its bytes so that its variants can be cached for good.
 */
public record PreparedPhoto(byte[] jpeg, int width, int height, String sha256) {
}
