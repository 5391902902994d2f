package org.opendoors.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The scheme, host and port families reach the portal at, for the few links that leave the browser (hreflang,
 * QR codes on the printed list, calendar files). Never taken from the request's {@code Host} or
 * {@code X-Forwarded-*} headers: a page built from them would be cached and handed to every family with an
 * attacker's address in it. The city sets {@code OPENDOORS_PUBLIC_URL}; without it the portal names the port it
 * listens on at {@code localhost}, which is right for one person trying it on their own computer.
 */
public final class PublicOrigin {

    public static final String VARIABLE = "OPENDOORS_PUBLIC_URL";
    private static final String GIVEN = System.getenv(VARIABLE);
    /** Empty also when the variable is malformed: {@link #check()} stops the start before any page is served. */
    private static final Optional<String> CONFIGURED = parseOrNothing(GIVEN);

    private PublicOrigin() {
    }

    /**
     * Refuses a malformed {@code OPENDOORS_PUBLIC_URL}, for the start-up checks.
     *
     * @throws IllegalStateException naming the variable and what it must look like
     */
    public static void check() {
        parse(GIVEN);
    }

    private static Optional<String> parseOrNothing(String value) {
        try {
            return parse(value);
        } catch (IllegalStateException malformed) {
            return Optional.empty();
        }
    }

    /** The configured origin, for the session cookie's {@code Secure} flag. */
    public static Optional<String> configured() {
        return CONFIGURED;
    }

    /** The origin for links in a page answering this request. Reads only the socket's local port, never a header. */
    public static String of(HttpServletRequest request) {
        return CONFIGURED.orElseGet(() -> "http://localhost:" + request.getLocalPort());
    }

    /**
     * {@code https://escoles.vallmar.cat} from {@code https://escoles.vallmar.cat/} (a trailing slash or path is
     * dropped: the portal serves from the root). Refuses anything that is not an http(s) address with a host.
     */
    static Optional<String> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = Optional.ofNullable(uri.getScheme()).orElse("").toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
                    || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new IllegalStateException(notAnAddress(value));
            }
            boolean standard = uri.getPort() < 0 || (uri.getPort() == 80 && scheme.equals("http"))
                    || (uri.getPort() == 443 && scheme.equals("https"));
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                    + (standard ? "" : ":" + uri.getPort()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(notAnAddress(value));
        }
    }

    private static String notAnAddress(String value) {
        return VARIABLE + " must be the address families use, like https://schools.example.org, not '"
                + value.strip() + "'";
    }
}
