package org.opendoors.translation.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.security.domain.NotAllowedException;
import org.opendoors.translation.domain.XliffKind;
import org.opendoors.translation.service.XliffWorkspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language's texts as XLIFF 2.0 for a translation tool: {@code /admin/translation/xliff/ui-ar.xliff} (the
 * interface texts) or {@code content-ar.xliff} (the content texts), the address naming the file it saves as. Under
 * {@code /admin/translation/}, so web.xml lets only translators, publishers and admins in.
 */
@WebServlet("/admin/translation/xliff/*")
public class XliffDownloadServlet extends HttpServlet {

    private static final Pattern FILE = Pattern.compile("/([a-z]+)-([a-z]{2})\\.xliff");

    @Inject
    private XliffWorkspace workspace;

    /** The download's address under the context path, for the page's links. */
    static String address(XliffKind kind, SupportedLanguage language) {
        return "/admin/translation/xliff/" + kind.fileName(language.tag());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher file = FILE.matcher(String.valueOf(request.getPathInfo()));
        Optional<XliffKind> kind = file.matches() ? XliffKind.fromCode(file.group(1)) : Optional.empty();
        Optional<SupportedLanguage> language = file.matches() ? SupportedLanguage.fromTag(file.group(2)) : Optional.empty();
        if (kind.isEmpty() || language.isEmpty() || !workspace.languages(kind.get()).contains(language.get())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] xliff;
        try {
            xliff = workspace.export(kind.get(), language.get()).getBytes(StandardCharsets.UTF_8);
        } catch (NotAllowedException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (ContentRejectedException unreadable) {
            // The drafts together do not read as a city: nothing consistent to translate from until that is fixed.
            response.sendError(HttpServletResponse.SC_CONFLICT);
            return;
        }
        response.setContentType("application/xliff+xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + kind.get().fileName(language.get().tag()) + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(xliff.length);
        response.getOutputStream().write(xliff);
    }
}
