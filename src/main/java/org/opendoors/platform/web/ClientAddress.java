package org.opendoors.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The address a request came from, for the sign-in throttle and the audit log. Behind a proxy every request
 * arrives from the proxy, which would make every member of staff one machine to the throttle (and the audit log
 * name only the proxy). So when {@code OPENDOORS_TRUSTED_PROXIES} lists the proxies' addresses (single addresses or
 * CIDR ranges, comma-separated), a request from one of them is taken to come from the address the proxies appended
 * to {@code X-Forwarded-For}: the rightmost one that is not itself a trusted proxy. Anything a client wrote into the
 * header itself stands to the left of that and is never read; a request that does not come from a trusted proxy is
 * taken at its socket address whatever its headers say.
 */
public final class ClientAddress {

    public static final String VARIABLE = "OPENDOORS_TRUSTED_PROXIES";
    private static final Pattern LITERAL = Pattern.compile("[0-9a-fA-F:.]+");
    private static final List<Range> TRUSTED = parseOrNothing(System.getenv(VARIABLE));

    private ClientAddress() {
    }

    /** A single address or a CIDR range of trusted proxies. */
    record Range(byte[] network, int prefixLength) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int bits = prefixLength;
            for (int i = 0; i < network.length && bits > 0; i++, bits -= 8) {
                int mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
                if ((address[i] & mask) != (network[i] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Refuses a malformed {@code OPENDOORS_TRUSTED_PROXIES}, for the start-up checks.
     *
     * @throws IllegalStateException saying which entry is not an address or range
     */
    public static void check() {
        parse(System.getenv(VARIABLE));
    }

    /** Whether any proxy is trusted, for the start-up log. */
    public static boolean trustsProxies() {
        return !TRUSTED.isEmpty();
    }

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")), TRUSTED);
    }

    static String of(String socketAddress, List<String> forwardedFor, List<Range> trusted) {
        if (trusted.isEmpty() || !isTrusted(socketAddress, trusted)) {
            return socketAddress;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (literal(hop) == null) {
                // Garbage where a proxy writes an address: nothing to the left of it can be believed.
                return socketAddress;
            }
            if (!isTrusted(hop, trusted)) {
                return hop;
            }
        }
        return socketAddress;
    }

    private static boolean isTrusted(String address, List<Range> trusted) {
        byte[] bytes = literal(address);
        return bytes != null && trusted.stream().anyMatch(range -> range.contains(bytes));
    }

    /** The bytes of an IP address written as a literal; null for anything else (never a name lookup). */
    static byte[] literal(String text) {
        if (text == null || text.isEmpty() || text.length() > 45 || !LITERAL.matcher(text).matches()) {
            return null;
        }
        if (text.indexOf(':') < 0) {
            return ipv4(text);
        }
        try {
            // In brackets the JDK reads it as an IPv6 literal or refuses it; it never asks a name server.
            return InetAddress.getByName("[" + text + "]").getAddress();
        } catch (UnknownHostException | SecurityException notAnAddress) {
            return null;
        }
    }

    private static byte[] ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 3 || !parts[i].chars().allMatch(Character::isDigit)) {
                return null;
            }
            int value = Integer.parseInt(parts[i]);
            if (value > 255) {
                return null;
            }
            bytes[i] = (byte) value;
        }
        return bytes;
    }

    private static List<Range> parseOrNothing(String value) {
        try {
            return parse(value);
        } catch (IllegalStateException malformed) {
            return List.of();
        }
    }

    static List<Range> parse(String value) {
        List<Range> ranges = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return ranges;
        }
        for (String entry : value.split(",")) {
            String given = entry.strip().toLowerCase(Locale.ROOT);
            if (given.isEmpty()) {
                continue;
            }
            int slash = given.indexOf('/');
            byte[] network = literal(slash < 0 ? given : given.substring(0, slash));
            if (network == null) {
                throw new IllegalStateException("'" + entry.strip() + "' is not an IP address or a CIDR range");
            }
            int prefix = network.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(given.substring(slash + 1));
                } catch (NumberFormatException notANumber) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > network.length * 8) {
                    throw new IllegalStateException("'" + entry.strip() + "' has a prefix length outside 0–"
                            + network.length * 8);
                }
            }
            ranges.add(new Range(network, prefix));
        }
        return List.copyOf(ranges);
    }
}
