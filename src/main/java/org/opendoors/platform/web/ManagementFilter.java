package org.opendoors.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Keeps Payara Micro's MicroProfile Metrics ({@code /metrics}: the JVM, the connection pool, the portal's own
 * counts) from everyone but the city's monitoring, which sends {@code Authorization: Bearer <OPENDOORS_METRICS_TOKEN>}.
 * Without the variable, or without the right token, {@code /metrics} does not exist (404): a family, or someone
 * probing, learns nothing from it, not even that it is there.
 */
public class ManagementFilter extends HttpFilter {

    public static final String VARIABLE = "OPENDOORS_METRICS_TOKEN";
    /** Long enough that guessing it is hopeless; the README shows how to make one. */
    static final int SHORTEST_TOKEN = 32;
    private static final String TOKEN = System.getenv(VARIABLE);

    /**
     * Refuses a token too short to keep anyone out, for the start-up checks.
     *
     * @throws IllegalStateException saying what is wrong
     */
    public static void check() {
        if (TOKEN != null && !TOKEN.isEmpty() && TOKEN.strip().length() < SHORTEST_TOKEN) {
            throw new IllegalStateException("The metrics token has " + TOKEN.strip().length() + " characters; it needs at least "
                    + SHORTEST_TOKEN);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (allowed(TOKEN, request.getHeader("Authorization"))) {
            chain.doFilter(request, response);
            return;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    static boolean allowed(String token, String authorization) {
        if (token == null || token.strip().length() < SHORTEST_TOKEN || authorization == null) {
            return false;
        }
        byte[] expected = ("Bearer " + token.strip()).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, authorization.strip().getBytes(StandardCharsets.UTF_8));
    }
}
