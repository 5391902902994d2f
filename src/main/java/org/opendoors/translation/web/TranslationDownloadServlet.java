package org.opendoors.translation.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendoors.translation.service.UiTranslations;

import java.io.IOException;

/**
 * The UI bundles with every saved translation written in, as {@code i18n.zip}: unpacked at the top of the
 * repository it replaces {@code i18n/} with files in the repository's own format, ready to commit.
 */
@WebServlet("/admin/translation/download")
public class TranslationDownloadServlet extends HttpServlet {

    @Inject
    private UiTranslations translations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] zip = translations.download();
        response.setContentType("application/zip");
        response.setHeader("Content-Disposition", "attachment; filename=\"i18n.zip\"");
        response.setContentLength(zip.length);
        response.getOutputStream().write(zip);
    }
}
