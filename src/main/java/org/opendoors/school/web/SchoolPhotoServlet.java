package org.opendoors.school.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendoors.content.media.PhotoVariants;
import org.opendoors.school.domain.SchoolPhoto;
import org.opendoors.school.service.PhotoVariantCache;
import org.opendoors.school.service.SchoolDirectory;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /photos/{sha256}-{width}.{webp|jpg}}: a school photo families may see, at one of the widths of
 * {@link PhotoVariants#WIDTHS}. The address names the photo's bytes, so what it answers never changes and browsers
 * keep it for a year; a photo that is not published and described in every language is not found.
 */
@WebServlet(SchoolPhotoServlet.PATH + "*")
public class SchoolPhotoServlet extends HttpServlet {

    public static final String PATH = "/photos/";
    private static final Pattern VARIANT = Pattern.compile("([0-9a-f]{64})-([0-9]{3,4})\\.(webp|jpg)");

    @Inject
    private SchoolDirectory schools;
    @Inject
    private PhotoVariantCache variants;

    /** The address of a photo's variant, below the site's context path. */
    public static String address(SchoolPhoto photo, int width, PhotoVariants.Format format) {
        return PATH + photo.getSha256() + "-" + width + "." + format.extension();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Matcher matcher = VARIANT.matcher(name);
        Optional<SchoolPhoto> photo = matcher.matches() ? schools.shownPhoto(matcher.group(1)) : Optional.empty();
        int width = photo.isPresent() ? Integer.parseInt(matcher.group(2)) : 0;
        PhotoVariants.Format format = photo.isPresent() && matcher.group(3).equals("webp") ? PhotoVariants.Format.WEBP
                : PhotoVariants.Format.JPEG;
        if (photo.isEmpty() || !PhotoVariants.WIDTHS.contains(width)
                || format == PhotoVariants.Format.WEBP && !PhotoVariants.webpAvailable()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + name + "\"";
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("ETag", etag);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] bytes = variants.variant(photo.get(), width, format);
        response.setContentType(format.mediaType());
        // web.xml gives every response UTF-8 for its text; an image has no character encoding.
        response.setCharacterEncoding(null);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
