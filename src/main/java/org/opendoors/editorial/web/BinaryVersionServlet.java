package org.opendoors.editorial.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendoors.content.reader.BinaryFiles;
import org.opendoors.editorial.domain.DocumentKind;
import org.opendoors.editorial.domain.DocumentVersion;
import org.opendoors.editorial.service.ContentLibrary;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code /admin/content/file?path=schools/x/photos/garden.jpg[&version=3]}: a version of a binary content file (a
 * photo) for staff, drafts included — what the item, review and history pages show in place of a text. Families
 * only ever get published photos, from the feature that owns them. Behind the back office's sign-in like every
 * {@code /admin} address; only binary files of a known kind are answered.
 */
@WebServlet(BinaryVersionServlet.PATH)
public class BinaryVersionServlet extends HttpServlet {

    public static final String PATH = "/admin/content/file";

    @Inject
    private ContentLibrary library;

    /** The address of a version of a binary file, below the site's context path. */
    public static String address(String path, int version) {
        return PATH + "?path=" + path + "&version=" + version;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getParameter("path");
        Optional<DocumentVersion> version = Optional.empty();
        if (path != null && BinaryFiles.isBinary(path) && DocumentKind.of(path).isPresent()) {
            String number = request.getParameter("version");
            version = number == null || !number.matches("[0-9]{1,9}") ? library.head(path)
                    : library.version(path, Integer.parseInt(number));
        }
        Optional<byte[]> bytes = version.flatMap(v -> BinaryFiles.fromStored(v.getBody()));
        if (bytes.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(BinaryFiles.mediaType(path));
        // web.xml gives every response UTF-8 for its text; an image has no character encoding.
        response.setCharacterEncoding(null);
        response.setContentLength(bytes.get().length);
        response.getOutputStream().write(bytes.get());
    }
}
