package org.opendoors.web;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.LanguageNegotiator;
import org.opendoors.i18n.service.Messages;
import org.opendoors.platform.web.Html;
import org.opendoors.platform.web.RequestRefused;
import org.opendoors.platform.web.SecurityHeadersFilter;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every error page the portal shows (web.xml sends 400, 403, 404, 405, 413, 500 and any uncaught exception here):
 * in the family's language, with the security headers, and nothing of what went wrong inside — no exception, no
 * class, no version. A server error gets a short reference that also stands in the log beside the full error, so
 * the city's IT can find it when a family or a communicator quotes it.
 */
@WebServlet(ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    public static final String PATH = "/internal/error";
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());
    private static final Pattern FAMILY_LANGUAGE = Pattern.compile("/([a-z]{2})(?:/.*)?");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern PATH_PARAMETERS = Pattern.compile("(?i)(;|%3b)[^/]*");
    /** The message keys' prefix of each status ({@code .title} and {@code .text}); the family 404 has its own. */
    private static final Map<Integer, String> MESSAGES = Map.of(
            400, "error.bad_request", 401, "error.forbidden", 403, "error.forbidden", 404, "not_found",
            405, "error.method",
            413, "error.too_large", 503, "error.unavailable");

    private final LanguageNegotiator negotiator = new LanguageNegotiator();

    @Inject
    private Messages messages;
    @Inject
    private Event<RequestRefused> refusals;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        int status = status(request);
        String uri = Objects.toString(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), request.getRequestURI());
        String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        boolean backOffice = path.startsWith("/admin");
        SupportedLanguage language = backOffice ? SupportedLanguage.EN : language(path, request);
        String messagesOf = MESSAGES.getOrDefault(status, status >= 500 ? "error.server" : "error.bad_request");
        Optional<String> reference = Optional.empty();
        if (status >= 500) {
            reference = Optional.of(HexFormat.of().formatHex(bytes()));
            Throwable error = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
            String logged = reference.get();
            LOG.log(Level.SEVERE, error, () -> "Error " + logged + " answering " + request.getMethod() + " " + uri
                    + " with " + status);
        }
        if (backOffice && status < 500 && status != HttpServletResponse.SC_NOT_FOUND) {
            // Path parameters are cut: one may be a session id, which the audit log must never keep.
            refusals.fire(new RequestRefused(request.getMethod(), PATH_PARAMETERS.matcher(path).replaceAll(""), status));
        }
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        SecurityHeadersFilter.apply(request, response);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Language", language.tag());
        response.setContentType("text/html;charset=UTF-8");
        String title = text(language, messagesOf + ".title");
        StringBuilder page = new StringBuilder(2048)
                .append("<!DOCTYPE html><html lang=\"").append(language.tag()).append("\" dir=\"")
                .append(language.direction()).append("\"><head><meta charset=\"utf-8\"/>")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>")
                .append(escape(title)).append(" · ").append(escape(text(language, "layout.site_name")))
                .append("</title><link rel=\"stylesheet\" href=\"").append(request.getContextPath())
                .append("/resources/css/family.css\"/></head><body><main id=\"main\" class=\"error-page\"><h1>")
                .append(escape(title)).append("</h1><p>").append(escape(text(language, messagesOf + ".text")))
                .append("</p>");
        reference.ifPresent(id -> page.append("<p class=\"error-page__reference\">")
                .append(escape(messages.format(language, "error.reference", Map.of("reference", "\u2068" + id + "\u2069")).text()))
                .append("</p>"));
        String home = backOffice ? request.getContextPath() + "/admin/" : request.getContextPath() + "/" + language.tag() + "/";
        page.append("<p><a href=\"").append(escape(home)).append("\">")
                .append(escape(text(language, backOffice ? "error.back_office" : "layout.nav_home")))
                .append("</a></p></main></body></html>");
        if (!"HEAD".equals(request.getMethod())) {
            response.getWriter().write(page.toString());
        }
    }

    private static byte[] bytes() {
        byte[] id = new byte[6];
        RANDOM.nextBytes(id);
        return id;
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : 500;
        return status < 400 || status > 599 ? 500 : status;
    }

    /** The language of the family URL that failed, or the browser's best when the URL names none. */
    private SupportedLanguage language(String path, HttpServletRequest request) {
        Matcher matcher = FAMILY_LANGUAGE.matcher(path);
        return (matcher.matches() ? SupportedLanguage.fromTag(matcher.group(1)) : Optional.<SupportedLanguage>empty())
                .orElseGet(() -> negotiator.negotiate(request.getHeader("Accept-Language")));
    }

    private String text(SupportedLanguage language, String key) {
        return messages.text(language, key).text();
    }

    static String escape(String text) {
        return Html.escape(text);
    }
}
