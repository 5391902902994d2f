package org.opendoors.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.LanguageNegotiator;

import java.io.IOException;

/**
 * Serves the clean family URLs: sends {@code /} to the browser's best language, forwards {@code /{lang}/…} to
 * its Faces view, and hides the views' own {@code .xhtml} addresses so each page has exactly one URL.
 */
public class FamilyRoutingFilter extends HttpFilter {

    private static final String FACES_VIEW_SUFFIX = ".xhtml";
    /** Where {@code OpenDayCalendarServlet} listens; only reached by forward from here. */
    public static final String OPEN_DAY_SERVLET = "/internal/open-day.ics";
    private final LanguageNegotiator negotiator = new LanguageNegotiator();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.isEmpty() || path.equals("/")) {
            redirectToBestLanguage(request, response);
            return;
        }
        FamilyRouter.Decision decision = FamilyRouter.route(path);
        if (decision instanceof FamilyRouter.Redirect redirect) {
            response.sendRedirect(request.getContextPath() + redirect.location() + query(request));
        } else if (decision instanceof FamilyRouter.OpenDayFile file) {
            request.setAttribute(FamilyRouter.OpenDayFile.class.getName(), file);
            request.getRequestDispatcher(OPEN_DAY_SERVLET).forward(request, response);
        } else if (decision instanceof FamilyRouter.Render render) {
            FamilyRoute route = render.route();
            request.setAttribute(FamilyRoute.REQUEST_ATTRIBUTE, route);
            if (route.page() == FamilyPage.NOT_FOUND) {
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            }
            request.getRequestDispatcher(route.page().view()).forward(request, response);
        } else if ((path.endsWith(FACES_VIEW_SUFFIX) && !path.startsWith("/jakarta.faces.resource/"))
                || path.startsWith("/internal/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void redirectToBestLanguage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SupportedLanguage best = negotiator.negotiate(request.getHeader("Accept-Language"));
        // The answer depends on the header: shared caches must not hand one family's language to another.
        response.setHeader("Vary", "Accept-Language");
        response.sendRedirect(request.getContextPath() + "/" + best.tag() + "/");
    }

    private static String query(HttpServletRequest request) {
        return request.getQueryString() == null ? "" : "?" + request.getQueryString();
    }
}
