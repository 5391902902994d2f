package org.opendoors.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.function.BiConsumer;

/**
 * Headers every response carries. Family pages load nothing from another host and run no inline script, so the
 * Content Security Policy can be strict: a script slipped into content would not run.
 */
public class SecurityHeadersFilter extends HttpFilter {

    /** Images from this site, inline SVG/data, and the city's map tile server when one is configured. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:" + org.opendoors.platform.web.MapSettings.tileOrigin().map(origin -> " " + origin).orElse("")
            + "; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /** Sets the headers; error pages call it again, since the container may reset a response before showing one. */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        applyToFamilyPage(response);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/admin")) {
            // Drafts, accounts and the audit log must not linger in a shared computer's cache or history.
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** The headers of a page that is known to be a family page (answered from the page cache). */
    public static void applyToFamilyPage(HttpServletResponse response) {
        writeFamilyPageHeaders(response::setHeader);
    }

    /**
     * The headers of a family page, each given to {@code header}: {@code response::addHeader} for a response known to
     * carry none of them yet saves a search of the headers already set, on every cached answer.
     */
    public static void writeFamilyPageHeaders(BiConsumer<String, String> header) {
        header.accept("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("Referrer-Policy", "strict-origin-when-cross-origin");
        header.accept("X-Frame-Options", "DENY");
    }
}
