package org.opendoors.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.LanguageNegotiator;
import org.opendoors.i18n.service.StaffMessages;
import org.opendoors.platform.web.Html;
import org.opendoors.platform.web.SecurityHeadersFilter;

import java.io.IOException;

/**
 * Answers a back-office form whose view state the server does not know: the session expired, or the post was
 * forged. Nothing of it was applied; the page says so and how to go on.
 */
@WebServlet(FormRefusedServlet.PATH)
public class FormRefusedServlet extends HttpServlet {

    public static final String PATH = "/admin-form-refused";
    private static final LanguageNegotiator NEGOTIATOR = new LanguageNegotiator();

    @Inject
    private StaffMessages messages;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // Reached as an error page too, after the container reset the response: the headers are set again here.
        SecurityHeadersFilter.apply(request, response);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/html;charset=UTF-8");
        // The account's language is not looked up: the form may have come from no session at all.
        SupportedLanguage language = NEGOTIATOR.negotiate(request.getHeader("Accept-Language"));
        String home = request.getContextPath() + "/admin/";
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + language.tag() + "\" dir=\"" + language.direction()
                + "\"><head><meta charset=\"utf-8\"><title>" + text(language, "backoffice.formRefused.title") + " · "
                + text(language, "backoffice.title") + "</title></head><body><main>"
                + "<h1>" + text(language, "backoffice.formRefused.title") + "</h1>"
                + "<p>" + text(language, "backoffice.formRefused.why") + "</p>"
                + "<p><a href=\"" + home + "\">" + text(language, "backoffice.formRefused.again") + "</a></p>"
                + "</main></body></html>");
    }

    /** The bundle's texts are ours, but written into HTML by hand here: escaped all the same. */
    private String text(SupportedLanguage language, String key) {
        return Html.escape(messages.text(language, key));
    }
}
