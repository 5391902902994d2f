package org.opendoors.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendoors.content.domain.ContentRejectedException;
import org.opendoors.content.snapshot.CitySnapshot;
import org.opendoors.content.snapshot.FamilyPreview;
import org.opendoors.content.snapshot.RenderedCity;
import org.opendoors.editorial.service.PreviewCity;
import org.opendoors.editorial.service.PublishedCity;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.LanguageNegotiator;
import org.opendoors.platform.valve.CachedPageValve;
import org.opendoors.platform.web.FamilyView;
import org.opendoors.platform.web.FamilyQuery;
import org.opendoors.platform.web.FamilyRoute;
import org.opendoors.platform.web.FamilyRouter;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Serves the clean family URLs: sends {@code /} to the browser's best language, answers {@code /{lang}/…} from
 * the published-page cache or by rendering its Faces view, and hides the views' own {@code .xhtml} addresses so
 * each page has exactly one URL.
 */
public class FamilyRoutingFilter extends HttpFilter {

    private static final String FACES_VIEW_SUFFIX = ".xhtml";
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");
    private static final String BACK_OFFICE = "/admin";
    private static final String BACK_OFFICE_HOME = "/admin/index.xhtml";
    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    private static final String FORM_REFUSED = "/admin-form-refused";
    private static final long LARGEST_UPLOAD_BYTES = 105_906_176L;
    private static final long LARGEST_FORM_BYTES = 2L * 1024 * 1024;
    private final LanguageNegotiator negotiator = new LanguageNegotiator();

    @Inject
    private HtmlCache pages;
    @Inject
    private PublishedPageAnswer answer;
    @Inject
    private PreviewCity previewCity;
    @Inject
    private PublishedCity publishedCity;
    @Inject
    private RenderedCity renderedCity;

    /**
     * From now on the server's {@link CachedPageValve} answers the pages this filter has kept, before the request
     * enters the application.
     */
    @Override
    public void init() {
        getServletContext().setAttribute(CachedPageValve.ANSWER, answer.atTheDoor());
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean backOffice = path.equals(BACK_OFFICE) || path.startsWith(BACK_OFFICE + "/");
        if (!backOffice && !READ_METHODS.contains(request.getMethod())) {
            // Family pages and their files are only ever read: a POST would carry a body nobody needs to parse.
            response.setHeader("Allow", "GET, HEAD");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (path.isEmpty() || path.equals("/")) {
            redirectToBestLanguage(request, response);
            return;
        }
        if (path.equals(BACK_OFFICE + "/")) {
            redirect(response, request.getContextPath() + BACK_OFFICE_HOME);
            return;
        }
        if (path.startsWith(FamilyPreview.PATH + "/")) {
            preview(path.substring(FamilyPreview.PATH.length()), request, response);
            return;
        }
        if (path.startsWith(BACK_OFFICE + "/") && path.endsWith(FACES_VIEW_SUFFIX)) {
            // Back office views keep their Faces addresses; web.xml protects them and the sign-in form guards them.
            if ("POST".equals(request.getMethod()) && tooLarge(request)) {
                // Refused before a byte of the body is read or parsed, and the connection closed rather than drained.
                response.setHeader("Connection", "close");
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                return;
            }
            if ("POST".equals(request.getMethod()) && !isServerViewState(request.getParameter(VIEW_STATE))) {
                // Not a form of ours: without a view state Faces would take it for a first visit and act on nothing;
                // Mojarra's "stateless" marker would make it look for a view no back-office page has. Say so plainly.
                request.getRequestDispatcher(FORM_REFUSED).forward(request, response);
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        FamilyRouter.Decision decision = FamilyRouter.route(path);
        if (decision instanceof FamilyRouter.Redirect redirect) {
            redirect(response, request.getContextPath() + redirect.location() + query(request));
        } else if (decision instanceof FamilyRouter.OpenDayFile file) {
            request.setAttribute(FamilyRouter.OpenDayFile.class.getName(), file);
            forwardPinned(publishedCity.current(), FamilyRouter.OPEN_DAY_SERVLET, request, response);
        } else if (decision instanceof FamilyRouter.Render render) {
            FamilyRoute route = render.route();
            request.setAttribute(FamilyRoute.REQUEST_ATTRIBUTE, route);
            if (route.page() == FamilyView.NOT_FOUND) {
                request.setAttribute(FamilyQuery.REQUEST_ATTRIBUTE, FamilyQuery.read(null, route.page().parameters()));
                response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                forwardPinned(publishedCity.current(), route.page().view(), request, response);
                return;
            }
            FamilyQuery query;
            try {
                query = FamilyQuery.read(request.getQueryString(), route.page().parameters());
            } catch (IllegalArgumentException tooLong) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
            request.setAttribute(FamilyQuery.REQUEST_ATTRIBUTE, query);
            servePublished(new CanonicalRequest(request, query), response, route, query);
        } else if ((path.endsWith(FACES_VIEW_SUFFIX) && !path.startsWith("/jakarta.faces.resource/"))
                || path.startsWith("/internal/")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else {
            chain.doFilter(request, response);
        }
    }

    /** Back-office views keep their state on the server: a posted view state is an id, never missing nor "stateless". */
    private static boolean isServerViewState(String viewState) {
        return viewState != null && !viewState.isBlank() && !"stateless".equals(viewState);
    }

    /**
     * A back-office post larger than any form of ours sends: an upload of a whole city is at most 100 MB (web.xml's
     * multipart limit), any other form at most 2 MB (the server's limit for form fields).
     */
    private static boolean tooLarge(HttpServletRequest request) {
        long length = request.getContentLengthLong();
        boolean upload = Objects.toString(request.getContentType(), "").toLowerCase(java.util.Locale.ROOT)
                .startsWith("multipart/form-data");
        return length > (upload ? LARGEST_UPLOAD_BYTES : LARGEST_FORM_BYTES);
    }

    /**
     * Answers from the published-page cache, rendering the view only on the first request for a canonical URL (per
     * day, since profiles say "in 3 days"). Browsers revalidate with the entity tag and get a 304 while nothing
     * changed.
     */
    private void servePublished(HttpServletRequest request, HttpServletResponse response, FamilyRoute route,
                                FamilyQuery query) throws IOException, ServletException {
        CitySnapshot served = publishedCity.current();
        HtmlCache.Key key = answer.keyFor(request.getContextPath(), route, query, served);
        Optional<CachedHtml> cached = pages.get(key);
        CachedHtml page;
        if (cached.isPresent()) {
            page = cached.get();
        } else {
            // One snapshot for the key and the whole render; its revision decides whether the page may be kept.
            Optional<CachedHtml> rendered = pages.renderOnce(key, served.revision(),
                    () -> render(served, route, request, response));
            if (rendered.isEmpty()) {
                return;
            }
            page = rendered.get();
        }
        answer.write(page, route, request, response);
    }

    /**
     * Renders the route's view from {@code city}: a 200 HTML page to keep, or — for anything else — the answer sent
     * as it is, and nothing to keep.
     */
    private Optional<HtmlCache.Rendered> render(CitySnapshot city, FamilyRoute route, HttpServletRequest request,
                                                     HttpServletResponse response) throws IOException, ServletException {
        CapturedResponse capture = new CapturedResponse(response);
        forwardPinned(city, route.page().view(), request, capture);
        byte[] html = capture.captured();
        String contentType = Objects.toString(capture.getContentType(), "text/html;charset=UTF-8");
        if (capture.getStatus() != HttpServletResponse.SC_OK || !contentType.startsWith("text/html")) {
            response.setContentLength(html.length);
            response.getOutputStream().write(html);
            return Optional.empty();
        }
        return Optional.of(new HtmlCache.Rendered(html, contentType));
    }

    /**
     * A family page rendered from the newest versions, drafts included, for staff (web.xml requires a sign-in for
     * everything under /admin). Never cached: the published-page cache only ever holds what families see.
     */
    private void preview(String familyPath, HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        FamilyRouter.Decision decision = FamilyRouter.route(familyPath);
        if (decision instanceof FamilyRouter.Redirect redirect) {
            redirect(response, request.getContextPath() + FamilyPreview.PATH + redirect.location() + query(request));
            return;
        }
        if (!(decision instanceof FamilyRouter.Render render)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        CitySnapshot city;
        try {
            city = previewCity.current();
        } catch (ContentRejectedException refused) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("The newest versions do not make a valid city yet, so there is nothing to "
                    + "preview:\n" + refused.getMessage());
            return;
        }
        request.setAttribute(FamilyRoute.REQUEST_ATTRIBUTE, render.route());
        if (render.route().page() == FamilyView.NOT_FOUND) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
        FamilyQuery query;
        try {
            query = FamilyQuery.read(request.getQueryString(), render.route().page().parameters());
        } catch (IllegalArgumentException tooLong) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        request.setAttribute(FamilyQuery.REQUEST_ATTRIBUTE, query);
        HttpServletRequest canonical = new CanonicalRequest(request, query);
        forwardPinned(city, render.route().page().view(), canonical, response);
    }

    /**
     * Forwards with the city pinned as the one this request renders (a preview's, or the published snapshot), so
     * every read of the render answers from it, from memory, whatever is published meanwhile.
     */
    private void forwardPinned(CitySnapshot city, String path, HttpServletRequest request,
                               HttpServletResponse response) throws IOException, ServletException {
        renderedCity.choose(city);
        request.getRequestDispatcher(path).forward(request, response);
    }

    private void redirectToBestLanguage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SupportedLanguage best = negotiator.negotiate(request.getHeader("Accept-Language"));
        // The answer depends on the header: shared caches must not hand one family's language to another.
        response.setHeader("Vary", "Accept-Language");
        redirect(response, request.getContextPath() + "/" + best.tag() + "/");
    }

    /**
     * A redirect to a path of this site, sent as the path itself: {@code sendRedirect} would make it absolute from
     * the request's {@code Host} header, which an attacker chooses.
     */
    static void redirect(HttpServletResponse response, String path) {
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader("Location", path);
    }

    private static String query(HttpServletRequest request) {
        return request.getQueryString() == null ? "" : "?" + request.getQueryString();
    }
}
