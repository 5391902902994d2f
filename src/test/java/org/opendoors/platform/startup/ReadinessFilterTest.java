package org.opendoors.platform.startup;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadinessFilterTest {

    private final PortalReadiness readiness = new PortalReadiness();
    private final ReadinessFilter filter = filterWith(readiness);

    @Test
    void beforeTheFirstPageRendersEveryRequestIs503WithRetryAfter() throws Exception {
        for (String path : new String[]{"/en/", "/", "/admin/index.xhtml", "/ar/schools/escola-la-sinia", "/jakarta.faces.resource/x.js"}) {
            Answer answer = send(path, Map.of(), "203.0.113.9");
            assertFalse(answer.passedOn, path + " reached the portal before it was ready");
            assertEquals(503, answer.status, path);
            assertEquals(ReadinessFilter.RETRY_AFTER_SECONDS, answer.headers.get("Retry-After"), path);
            assertEquals("no-store", answer.headers.get("Cache-Control"), path);
            assertTrue(answer.body.startsWith("Open Doors is starting"), answer.body);
        }
    }

    @Test
    void microProfileHealthIsReachedWhileStartingSoItsReadinessCanSayDown() throws Exception {
        for (String path : new String[]{"/health", "/health/ready", "/health/live", "/health/started"}) {
            assertTrue(send(path, Map.of(), "10.0.0.5").passedOn, path);
        }
        for (String path : new String[]{"/healthy", "/health-check", "/healthx/ready"}) {
            assertFalse(send(path, Map.of(), "10.0.0.5").passedOn, path + " is not the health endpoint");
        }
    }

    @Test
    void onceReadyEveryRequestGoesOn() throws Exception {
        readiness.markReady();
        Answer answer = send("/en/", Map.of(), "203.0.113.9");
        assertTrue(answer.passedOn);
        assertEquals(200, answer.status);
    }

    @Test
    void onlyTheStartupsOwnRequestWithItsTokenFromThisMachinePassesEarly() throws Exception {
        String token = readiness.firstPageToken();
        assertTrue(send("/en/", Map.of(PortalReadiness.FIRST_PAGE_HEADER, token), "127.0.0.1").passedOn);
        assertTrue(send("/en/", Map.of(PortalReadiness.FIRST_PAGE_HEADER, token), "0:0:0:0:0:0:0:1").passedOn);
        assertFalse(send("/en/", Map.of(PortalReadiness.FIRST_PAGE_HEADER, token), "203.0.113.9").passedOn,
                "the token from another machine");
        assertFalse(send("/en/", Map.of(PortalReadiness.FIRST_PAGE_HEADER, "guess"), "127.0.0.1").passedOn,
                "a guessed token");
        assertFalse(send("/en/", Map.of(PortalReadiness.FIRST_PAGE_HEADER, ""), "127.0.0.1").passedOn);
    }

    /** What the filter answered, and whether it passed the request on to the rest of the chain. */
    private record Answer(int status, Map<String, String> headers, String body, boolean passedOn) {
    }

    private Answer send(String path, Map<String, String> headers, String remoteAddress) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> path;
                    case "getContextPath" -> "";
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getRemoteAddr" -> remoteAddress;
                    case "getMethod" -> "GET";
                    default -> null;
                });
        int[] status = {200};
        Map<String, String> written = new HashMap<>();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        };
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setStatus" -> status[0] = (Integer) args[0];
                        case "setHeader" -> written.put((String) args[0], (String) args[1]);
                        case "getOutputStream" -> {
                            return out;
                        }
                        default -> {
                        }
                    }
                    return null;
                });
        AtomicBoolean passedOn = new AtomicBoolean();
        FilterChain chain = (req, res) -> passedOn.set(true);
        filter.doFilter(request, response, chain);
        return new Answer(status[0], written, body.toString(StandardCharsets.UTF_8), passedOn.get());
    }

    private static ReadinessFilter filterWith(PortalReadiness readiness) {
        try {
            ReadinessFilter filter = new ReadinessFilter();
            Field injected = ReadinessFilter.class.getDeclaredField("readiness");
            injected.setAccessible(true);
            injected.set(filter, readiness);
            return filter;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
