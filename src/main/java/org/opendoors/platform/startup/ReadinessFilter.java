package org.opendoors.platform.startup;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Nothing is served before the portal is ready: while it starts, every request is answered 503 with
 * {@code Retry-After} (a proxy or a browser tries again), never a half-started page or a 500. Only MicroProfile
 * Health ({@value #HEALTH_PATH} and below) is always let through: the portal's readiness check reads the same
 * {@link PortalReadiness} and says DOWN until this filter lets families in. Mapped before the family routing, so no
 * feature's code runs for a request the portal is not ready for.
 */
public class ReadinessFilter extends HttpFilter {

    /** Where Payara Micro's MicroProfile Health answers: {@code /health}, {@code /health/ready}, {@code /health/live}. */
    public static final String HEALTH_PATH = "/health";
    /** Seconds: start-up takes tens of seconds on a small machine; asking every few seconds is enough. */
    static final String RETRY_AFTER_SECONDS = "5";

    @Inject
    private PortalReadiness readiness;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean ready = readiness.isReady();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean health = path.equals(HEALTH_PATH) || path.startsWith(HEALTH_PATH + "/");
        if (ready || health
                || readiness.isFirstPageCheck(request.getHeader(PortalReadiness.FIRST_PAGE_HEADER), request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        answer(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                "Open Doors is starting. Please try again in a few seconds.");
    }

    private static void answer(HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        // A "starting" answer must never be kept by a cache in place of the page.
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/plain;charset=UTF-8");
        byte[] body = (text + "\n").getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
