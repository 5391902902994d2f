package org.opendoors.platform.startup;

import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Whether the portal serves families yet. It turns ready once, when start-up has finished and a real family page
 * has rendered through the whole stack (see {@link FirstPageCheck}); until then {@link ReadinessFilter} answers
 * every request with 503 and {@code Retry-After}.
 */
@ApplicationScoped
public class PortalReadiness {

    /** The header that lets the start-up's own request for a family page through before the portal is ready. */
    public static final String FIRST_PAGE_HEADER = "X-Open-Doors-First-Page";

    /** Known only inside this process, so nobody outside can pass the readiness filter with the header. */
    private final String firstPageToken = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    private volatile boolean ready;

    public boolean isReady() {
        return ready;
    }

    void markReady() {
        ready = true;
    }

    String firstPageToken() {
        return firstPageToken;
    }

    /** The start-up's own request: the right token, and from this machine. */
    boolean isFirstPageCheck(String token, String remoteAddress) {
        return token != null && java.security.MessageDigest.isEqual(token.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                firstPageToken.getBytes(java.nio.charset.StandardCharsets.US_ASCII)) && isLoopback(remoteAddress);
    }

    static boolean isLoopback(String address) {
        return address != null && (address.startsWith("127.") || address.equals("::1") || address.equals("0:0:0:0:0:0:0:1"));
    }
}
