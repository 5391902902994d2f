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
        if (isBackOfficeView(request)) {
            // The strict policy first; a page PrimeFaces renders replaces it with the same policy and its nonce
            // (primefaces.CSP_POLICY in web.xml). A refusal answered before it renders keeps the strict one.
            apply(request, response);
            chain.doFilter(request, new PolicyWithNonce(response));
            return;
        }
        apply(request, response);
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Sets the headers; error pages call it again, since the container may reset a response before showing one. */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        applyToFamilyPage(response);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/admin")) {
            // Drafts, accounts and the audit log must not linger in a shared computer's cache or history.
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** A back-office page rendered by Faces, where PrimeFaces may run: everything else keeps the strict policy. */
    static boolean isBackOfficeView(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/admin/") && path.endsWith(".xhtml");
    }

    /** PrimeFaces adds its policy: it replaces ours rather than joining it (two policies would both apply). */
    private static final class PolicyWithNonce extends jakarta.servlet.http.HttpServletResponseWrapper {
        PolicyWithNonce(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if ("Content-Security-Policy".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }

    /**
     * Family pages keep exactly the policy above. PrimeFaces' policy listener runs for every Faces view, family
     * pages included; the second policy it would add (with a nonce no family page uses) is dropped here.
     */
    private static final class OnePolicy extends jakarta.servlet.http.HttpServletResponseWrapper {
        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (!isPolicy(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!isPolicy(name) || value.equals(CONTENT_SECURITY_POLICY)) {
                super.setHeader(name, value);
            }
        }

        private static boolean isPolicy(String name) {
            return "Content-Security-Policy".equalsIgnoreCase(name);
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
