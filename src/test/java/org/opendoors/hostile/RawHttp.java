package org.opendoors.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * HTTP/1.1 written by hand on a socket, as an attacker's tool would send it: any method, any header (the JDK client
 * refuses to set {@code Host}), a path exactly as given (no normalisation of {@code ..}, {@code ;} or {@code %2e}),
 * any body. One request per connection ({@code Connection: close}), so the answer ends where the socket does.
 */
public final class RawHttp {

    private static final int TIMEOUT_MILLIS = 60_000;

    private RawHttp() {
    }

    /** One answer: status, headers (names lower-cased, every value kept) and the body as text (gzip undone). */
    public record Response(int status, Map<String, List<String>> headers, byte[] bytes, long millis) {

        public Optional<String> header(String name) {
            List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
            return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        public List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
        }

        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            String text = body();
            return status + " " + headers + "\n" + (text.length() > 2000 ? text.substring(0, 2000) + "…" : text);
        }
    }

    public static Response get(int port, String path) {
        return send(port, "GET", path, Map.of(), null);
    }

    public static Response get(int port, String path, Map<String, String> headers) {
        return send(port, "GET", path, headers, null);
    }

    /**
     * Sends one request. {@code Host} defaults to {@code localhost:port} unless {@code headers} names one;
     * a body gets its {@code Content-Length} unless {@code headers} names one (to lie about it on purpose).
     */
    public static Response send(int port, String method, String path, Map<String, String> headers, byte[] body) {
        return send(null, port, method, path, headers, body);
    }

    /**
     * The same, from another source address of the loopback range ({@code 127.0.0.2}, …; null for the default), so a
     * test can be several machines to the server: what it counts per address (sign-in throttling) sees them apart.
     */
    public static Response send(String fromAddress, int port, String method, String path, Map<String, String> headers,
                                byte[] body) {
        Map<String, String> all = new LinkedHashMap<>();
        if (headers.keySet().stream().noneMatch(name -> name.equalsIgnoreCase("Host"))) {
            all.put("Host", "localhost:" + port);
        }
        all.putAll(headers);
        if (body != null && all.keySet().stream().noneMatch(name -> name.equalsIgnoreCase("Content-Length"))) {
            all.put("Content-Length", String.valueOf(body.length));
        }
        all.put("Connection", "close");
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        all.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        head.append("\r\n");
        return exchange(fromAddress, port, head.toString().getBytes(StandardCharsets.UTF_8), body);
    }

    /**
     * Sends bytes exactly as given (a malformed request line, a smuggling attempt) and reads the answer; a server
     * that waits for more than was sent is given 10 seconds.
     */
    public static Response raw(int port, byte[] request) {
        return exchange(null, port, request, null, 10_000);
    }

    private static Response exchange(String fromAddress, int port, byte[] head, byte[] body) {
        return exchange(fromAddress, port, head, body, TIMEOUT_MILLIS);
    }

    private static Response exchange(String fromAddress, int port, byte[] head, byte[] body, int timeoutMillis) {
        long start = System.nanoTime();
        try (Socket socket = new Socket()) {
            if (fromAddress != null) {
                socket.bind(new InetSocketAddress(fromAddress, 0));
            }
            socket.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MILLIS);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException closedEarly) {
                    // The server may answer (413) and close before reading a large body: read what it said.
                }
            }
            out.flush();
            byte[] answer = readAll(socket.getInputStream());
            return parse(answer, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("No answer on port " + port, e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                bytes.write(buffer, 0, n);
            }
        } catch (java.net.SocketException | java.net.SocketTimeoutException resetOrSilent) {
            // A server that closes with a reset after answering, or keeps the connection open: keep what arrived.
        }
        return bytes.toByteArray();
    }

    static Response parse(byte[] answer, long millis) throws IOException {
        int end = indexOf(answer, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            throw new IOException("Not an HTTP answer: " + new String(answer, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(answer, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        ignored -> new ArrayList<>()).add(lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(answer, end + 4, answer.length);
        if (headers.getOrDefault("transfer-encoding", List.of()).stream().anyMatch(v -> v.equalsIgnoreCase("chunked"))) {
            body = unchunk(body);
        }
        if (headers.getOrDefault("content-encoding", List.of()).contains("gzip") && body.length > 0) {
            try (GZIPInputStream gzip = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
                body = gzip.readAllBytes();
            }
        }
        return new Response(status, headers, body, millis);
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(java.util.Arrays.copyOfRange(chunked, at, chunked.length), new byte[]{'\r', '\n'});
            if (lineEnd < 0) {
                break;
            }
            String size = new String(chunked, at, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int length = Integer.parseInt(size, 16);
            at += lineEnd + 2;
            if (length == 0) {
                break;
            }
            out.write(chunked, at, Math.min(length, chunked.length - at));
            at += length + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
