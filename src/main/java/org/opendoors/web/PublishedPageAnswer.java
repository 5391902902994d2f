package org.opendoors.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.opendoors.city.domain.CityDescription;
import org.opendoors.city.service.CityClock;
import org.opendoors.content.snapshot.CitySnapshot;
import org.opendoors.editorial.service.PublishedCity;
import org.opendoors.platform.cdi.ApplicationInstances;
import org.opendoors.platform.startup.PortalReadiness;
import org.opendoors.platform.web.FamilyQuery;
import org.opendoors.platform.web.FamilyRoute;
import org.opendoors.platform.web.FamilyRouter;
import org.opendoors.platform.web.FamilyView;
import org.opendoors.platform.web.SecurityHeadersFilter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;

/**
 * How a published family page is answered from the page cache: which key a request reads, and the answer itself
 * (entity tag, 304, gzip or not). {@link FamilyRoutingFilter} answers this way after a render, and the server's
 * {@link org.opendoors.platform.valve.CachedPageValve} answers a cached page this way before the request enters the
 * application at all.
 */
@ApplicationScoped
public class PublishedPageAnswer {

    private static final String BACK_OFFICE = "/admin";
    /**
     * Addresses as sent, with what they mean, within about 4 MB: tens of thousands of ordinary addresses, far more
     * than families follow between two publishes, and a flood of long made-up queries stays within it.
     */
    static final long ADDRESSES_BUDGET_BYTES = 4L * 1024 * 1024;

    /** What an address as sent means: the family page, its canonical query and the path it is kept under. */
    private record Address(FamilyRoute route, FamilyQuery query, String keptUnder) {
    }

    /**
     * Routing and reading a query are pure functions of the address as sent; families send the same addresses over
     * and over, so each is read once. Bounded by size (Caffeine admits an address sent once only in place of one
     * sent as rarely).
     */
    private final Cache<String, Address> addresses = Caffeine.newBuilder()
            .maximumWeight(ADDRESSES_BUDGET_BYTES)
            .weigher((String sent, Address address) -> 2 * (sent.length() + address.query().canonical().length()) + 256)
            .build();

    @Inject
    private HtmlCache pages;
    @Inject
    private CityClock clock;
    @Inject
    private PublishedCity publishedCity;
    @Inject
    private PortalReadiness readiness;
    @Inject
    private BeanManager beans;

    /** For the container. */
    protected PublishedPageAnswer() {
    }

    /**
     * Holds the collaborators themselves rather than the container's proxies of them: all four are application-scoped
     * (one instance each for the life of the application), and {@link #answerIfCached} calls each of them for every
     * request the server receives.
     */
    @PostConstruct
    void holdInstancesRatherThanProxies() {
        pages = ApplicationInstances.of(beans, HtmlCache.class);
        clock = ApplicationInstances.of(beans, CityClock.class);
        publishedCity = ApplicationInstances.of(beans, PublishedCity.class);
        readiness = ApplicationInstances.of(beans, PortalReadiness.class);
    }

    /** Where the page of {@code route} with {@code query} is kept while {@code served} is the published city. */
    HtmlCache.Key keyFor(String contextPath, FamilyRoute route, FamilyQuery query, CitySnapshot served) {
        return new HtmlCache.Key(keptUnder(contextPath, route), query.canonical(), today(served));
    }

    private static String keptUnder(String contextPath, FamilyRoute route) {
        return contextPath + route.pathIn(route.language());
    }

    private LocalDate today(CitySnapshot served) {
        return clock.today(served.part(CityDescription.class).city());
    }

    /**
     * {@link #answerIfCached} for the server's valve, bound to this instance rather than to the container's proxy of
     * it: the valve calls it for every request the server receives, and each call through the proxy looked the bean
     * up in its context again (about a thirtieth of a cached answer). The bean lives as long as the application.
     */
    public BiPredicate<HttpServletRequest, HttpServletResponse> atTheDoor() {
        return (request, response) -> {
            try {
                return answerIfCached(request, response);
            } catch (IOException writing) {
                throw new UncheckedIOException(writing);
            }
        };
    }

    /**
     * Answers {@code request} if it reads a family page the cache holds, exactly as {@link FamilyRoutingFilter}
     * would; {@code false}, having written nothing, for anything else (another method or path, an address with a
     * {@code ;}, a query too long to read, a page not kept yet), which the application then handles.
     * Nothing before the portal is ready: the start-up's own first page lands in the cache a moment before the
     * portal counts as ready, and until then every family gets the readiness filter's 503, as the probe says.
     */
    public boolean answerIfCached(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!readiness.isReady()) {
            return false;
        }
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return false;
        }
        String uri = request.getRequestURI();
        if (request.isRequestedSessionIdFromURL() || uri.indexOf(';') >= 0 || uri.indexOf('%') >= 0) {
            // Path parameters (the container takes a session id out of the address before anyone sees it) are
            // refused and audited by the application; encoded paths are left to it too.
            return false;
        }
        String query = request.getQueryString();
        String sent = query == null ? uri : uri + '?' + query;
        Address address = addresses.getIfPresent(sent);
        if (address == null) {
            address = read(request.getContextPath(), uri.substring(request.getContextPath().length()), query);
            if (address == null) {
                return false;
            }
            addresses.put(sent, address);
        }
        FamilyRoute route = address.route();
        Optional<CachedHtml> page = pages.hit(new HtmlCache.Key(address.keptUnder(), address.query().canonical(),
                today(publishedCity.current())));
        if (page.isEmpty()) {
            return false;
        }
        // A response nobody has written to yet: its headers are added, not looked for first.
        SecurityHeadersFilter.writeFamilyPageHeaders(response::addHeader);
        write(page.get(), route, request, response, response::addHeader);
        return true;
    }

    /** The family page {@code path} with {@code rawQuery} asks for; null for anything else. */
    private static Address read(String contextPath, String path, String rawQuery) {
        if (path.equals(BACK_OFFICE) || path.startsWith(BACK_OFFICE + "/")
                || !(FamilyRouter.route(path) instanceof FamilyRouter.Render render)
                || render.route().page() == FamilyView.NOT_FOUND) {
            return null;
        }
        try {
            FamilyRoute route = render.route();
            return new Address(route, FamilyQuery.read(rawQuery, route.page().parameters()),
                    keptUnder(contextPath, route));
        } catch (IllegalArgumentException tooLong) {
            return null;
        }
    }

    /** The answer with {@code page}: its bytes (gzipped if the browser takes gzip), or 304 if the browser has them. */
    void write(CachedHtml page, FamilyRoute route, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        write(page, route, request, response, response::setHeader);
    }

    private static void write(CachedHtml page, FamilyRoute route, HttpServletRequest request,
            HttpServletResponse response, BiConsumer<String, String> header) throws IOException {
        header.accept("ETag", page.etag());
        header.accept("Cache-Control", "no-cache");
        header.accept("Vary", "Accept-Encoding");
        header.accept("Content-Language", route.language().tag());
        if (page.etag().equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType());
        boolean gzip = Objects.toString(request.getHeader("Accept-Encoding"), "").contains("gzip");
        byte[] body = gzip ? page.gzipped() : page.html();
        if (gzip) {
            header.accept("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }
}
