package org.opendoors.hostile;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opendoors.it.Browser;
import org.opendoors.it.PortalProcess;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What anyone on the internet can try against family pages, without an account: headers that would put their
 * address into cached pages, junk and markup in every parameter, other methods, oversized and malformed requests,
 * internal endpoints, the cluster port — and markup in a school's or district's name reaching the map.
 * Hostile tests own the ports from the integration port + 10 (this class) to + 19.
 */
class FamilyRequestsIT {

    private static final String EVIL = "evil.example";
    /** A name as an import or the facts form could bring it; it must stay text everywhere, the map included. */
    private static final String MARKED_SCHOOL = "Escola El Moll <img src=x id=pwned-img> <a id=pwned-link href=https://pwned.example>x</a>";
    private static final String MARKED_DISTRICT = "El Pla <b id=pwned-b>x</b>";
    private static final List<String> PAGES = List.of("/en/", "/en/schools", "/ar/schools/escola-la-sinia", "/zh/guide",
            "/ru/compare?school=escola-la-sinia&school=escola-el-moll", "/ur/shortlist?school=escola-la-sinia",
            "/fr/why", "/ca/schools/escola-la-sinia/open-day-1.ics");
    private static PortalProcess portal;
    private static int port;

    @BeforeAll
    static void start() {
        portal = HostilePortal.start("family", 10, Map.of(), content -> {
            replace(content.resolve("schools/escola-el-moll/school.yaml"), "name: Escola El Moll", "name: \"" + MARKED_SCHOOL + "\"");
            replace(content.resolve("city.yaml"), "    name: El Pla\n", "    name: \"" + MARKED_DISTRICT + "\"\n");
        });
        port = HostilePortal.port(portal);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " lacks " + from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    @Test
    void hostAndForwardedHeadersNeverReachAPageOrARedirect() {
        List<Map<String, String>> poisons = List.of(
                Map.of("Host", EVIL),
                Map.of("Host", EVIL + ":443"),
                Map.of("X-Forwarded-Host", EVIL, "X-Forwarded-Proto", "https", "X-Forwarded-Port", "443"),
                Map.of("Forwarded", "for=1.2.3.4;host=" + EVIL + ";proto=https"),
                Map.of("X-Original-URL", "/admin/users/index.xhtml", "X-Rewrite-URL", "/admin/", "X-Host", EVIL));
        for (String page : PAGES) {
            for (Map<String, String> poison : poisons) {
                RawHttp.Response poisoned = RawHttp.get(port, page, poison);
                Leaks.assertClean(poisoned, page + " with " + poison);
                assertFalse(poisoned.body().contains(EVIL), page + " with " + poison + " shows the attacker's host");
            }
            RawHttp.Response family = RawHttp.get(port, page);
            assertEquals(200, family.status(), page);
            assertFalse(family.body().contains(EVIL), page + " was cached with the attacker's host");
        }
        for (String redirect : List.of("/", "/en", "/en/schools/", "/admin/")) {
            RawHttp.Response answer = RawHttp.get(port, redirect, Map.of("Host", EVIL, "Accept-Language", "ar"));
            assertEquals(302, answer.status(), redirect);
            assertFalse(answer.header("location").orElse("").contains(EVIL), redirect + " redirects to " + answer.header("location"));
            Leaks.assertSecurityHeaders(answer, redirect);
        }
        for (String folder : List.of("/admin", "/resources", "/resources/css", "/school", "/WEB-INF", "/WEB-INF/classes")) {
            RawHttp.Response answer = RawHttp.get(port, folder, Map.of("Host", EVIL));
            assertNotEquals(301, answer.status(), folder + " gets the container's cacheable redirect");
            assertFalse(answer.header("location").orElse("").contains(EVIL), folder + ": " + answer);
        }
    }

    @Test
    void junkInTheQueryMakesNoNewPageAndNeverReachesOne() {
        RawHttp.Response home = RawHttp.get(port, "/en/");
        String etag = home.header("etag").orElseThrow();
        for (int i = 0; i < 2500; i++) {
            RawHttp.Response junk = RawHttp.get(port, "/en/?utm_" + i + "=%3Cscript%3E" + i + "&x" + i + "=1");
            assertEquals(etag, junk.header("etag").orElse(""), "junk made another page of /en/ (request " + i + ")");
        }
        for (String query : List.of("stage=primary&junk=1", "junk=1&stage=primary", "stage=primary&stage=primary&stage=%3Cb%3E")) {
            RawHttp.Response list = RawHttp.get(port, "/en/schools?" + query);
            assertEquals(RawHttp.get(port, "/en/schools?stage=primary").header("etag"), list.header("etag"), query);
            assertFalse(list.body().contains("junk"), query);
        }
    }

    @Test
    void markupInEveryParameterStaysText() {
        List<String> payloads = List.of("\"><script>alert(1)</script>", "'><img src=x onerror=alert(1)>",
                "javascript:alert(1)", "</textarea><svg onload=alert(1)>", "{{71*71}}${71*71}#{71*71}", "%00%0d%0aSet-Cookie:x=1");
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("/en/schools", List.of("q", "stage", "district", "ownership", "service", "language", "approach", "place", "near"));
        parameters.put("/ar/compare", List.of("school"));
        parameters.put("/zh/shortlist", List.of("school"));
        parameters.put("/ru/guide", List.of("newcomer", "first", "child_stage", "costs"));
        parameters.put("/fr/schools/escola-la-sinia", List.of("newcomer", "child_stage"));
        parameters.put("/ur/", List.of("q", "lang"));
        for (Map.Entry<String, List<String>> page : parameters.entrySet()) {
            for (String name : page.getValue()) {
                for (String payload : payloads) {
                    String path = page.getKey() + "?" + name + "=" + java.net.URLEncoder.encode(payload, StandardCharsets.UTF_8);
                    RawHttp.Response answer = RawHttp.get(port, path);
                    Leaks.assertClean(answer, path);
                    String body = answer.body();
                    assertFalse(body.contains("<script>alert"), path);
                    assertFalse(body.contains("<img src=x"), path);
                    assertFalse(body.contains("<svg onload"), path);
                    assertFalse(body.contains("5041"), path + " evaluated an expression");
                    assertFalse(answer.headers("set-cookie").stream().anyMatch(c -> c.startsWith("x=")), path);
                    assertTrue(answer.headers("set-cookie").isEmpty(), path + " started a session");
                }
            }
        }
    }

    @Test
    void familyAddressesAnswerOnlyGetAndHead() {
        byte[] big = ("q=" + "a".repeat(1_900_000)).getBytes(StandardCharsets.US_ASCII);
        for (String path : List.of("/", "/en/", "/en/schools", "/ar/schools/escola-la-sinia", "/resources/css/family.css",
                "/ca/schools/escola-la-sinia/open-day-1.ics", "/nothing")) {
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND", "TRACE")) {
                boolean withBody = List.of("POST", "PUT", "PATCH").contains(method);
                RawHttp.Response answer = RawHttp.send(port, method, path,
                        withBody ? Map.of("Content-Type", "application/x-www-form-urlencoded") : Map.of(),
                        withBody ? "q=x".getBytes(StandardCharsets.US_ASCII) : null);
                assertEquals(405, answer.status(), method + " " + path + ": " + answer);
                Leaks.assertNoInternals(answer, method + " " + path);
            }
            RawHttp.Response bigPost = RawHttp.send(port, "POST", path,
                    Map.of("Content-Type", "application/x-www-form-urlencoded"), big);
            assertEquals(405, bigPost.status(), "a 1.9 MB POST to " + path);
            assertTrue(bigPost.millis() < 3000, "a 1.9 MB POST to " + path + " took " + bigPost.millis() + " ms");
            int head = RawHttp.send(port, "HEAD", path, Map.of(), null).status();
            assertTrue(head == 200 || head == 302 || (path.equals("/nothing") && head == 404), "HEAD " + path + ": " + head);
        }
    }

    @Test
    void oversizedAndMalformedRequestsGetOurOwnAnswer() {
        List<String> paths = List.of("/en/schools?q=" + "a".repeat(5000), "/en/schools?q=%zz%E0%A4&stage=%",
                "/en/schools?" + "stage=primary&".repeat(400), "/en/schools/" + "a".repeat(3000), "/en/schools/%00",
                "/en/..%2f..%2fWEB-INF/web.xml", "/%2e%2e/%2e%2e/etc/passwd", "/resources/..;/WEB-INF/web.xml",
                "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/internal/error", "/internal/open-day.ics",
                "/school/list.xhtml", "/jakarta.faces.resource/../../WEB-INF/web.xml.xhtml", "/en/schools;jsessionid=1");
        for (String path : paths) {
            RawHttp.Response answer = RawHttp.get(port, path, Map.of("Accept-Language", "ru"));
            Leaks.assertClean(answer, path);
            assertFalse(answer.body().contains("<web-app") || answer.body().contains("root:x:0"), path + " served a file");
        }
        RawHttp.Response tooLong = RawHttp.get(port, "/ar/schools?q=" + "a".repeat(5000));
        assertEquals(400, tooLong.status());
        assertTrue(tooLong.body().contains("lang=\"ar\" dir=\"rtl\""), "the error page speaks the URL's language");
        RawHttp.Response noLanguage = RawHttp.get(port, "/nothing-here", Map.of("Accept-Language", "zh-CN,zh;q=0.9"));
        assertEquals(404, noLanguage.status());
        assertTrue(noLanguage.body().contains("lang=\"zh\""), "the error page speaks the browser's language: " + noLanguage);
        RawHttp.Response hugeHeader = RawHttp.get(port, "/en/", Map.of("X-Junk", "a".repeat(20_000)));
        assertTrue(hugeHeader.status() < 500, "a 20 KB header: " + hugeHeader.status());
        for (String garbage : List.of("GARBAGE\r\n\r\n", "GET /en/ HTTP/9.9\r\nHost: x\r\n\r\n",
                "GET /en/\u0000 HTTP/1.1\r\nHost: x\r\n\r\n", "GET /en/ HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
                "GET /en/ HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n0\r\n\r\n")) {
            try {
                RawHttp.Response answer = RawHttp.raw(port, garbage.getBytes(StandardCharsets.ISO_8859_1));
                // 505 is the protocol's own answer to an HTTP version that does not exist; it comes empty.
                assertTrue(answer.status() < 500 || (answer.status() == 505 && answer.bytes().length == 0), garbage + " -> " + answer);
                assertFalse(answer.body().matches("(?s).*(Exception|Payara|Grizzly|GlassFish).*"), garbage + " -> " + answer);
            } catch (java.io.UncheckedIOException closed) {
                // The server closed the connection without an answer: nothing leaked.
            }
        }
    }

    @Test
    void aBackOfficePageARoleMayNotOpenIsOurRefusalAndIsAudited() {
        StaffSession admin = HostilePortal.admin(portal);
        HostilePortal.createStaff(admin, "refused-translator", "Quiet-river-lantern-2026", "translator");
        StaffSession translator = StaffSession.signIn(port, "refused-translator", "Quiet-river-lantern-2026");
        for (String page : List.of("/admin/review/index.xhtml", "/admin/users/index.xhtml", "/admin/audit/index.xhtml")) {
            RawHttp.Response refused = translator.get(page);
            assertEquals(403, refused.status(), page);
            assertTrue(refused.body().contains("This page is not open to you"), page + ": " + refused);
            Leaks.assertNoInternals(refused, page);
        }
        AuditRows rows = AuditRows.read(admin, "request.refused");
        List<AuditRows.Row> byTranslator = rows.withAction("request.refused").stream()
                .filter(row -> row.actor().equals("refused-translator")).toList();
        assertEquals(3, byTranslator.size(), "every refused page is audited: " + rows);
        assertTrue(byTranslator.stream().allMatch(row -> row.address().contains("127.")), "with the address: " + byTranslator);
    }

    @Test
    void oversizedAndForgedBackOfficeRequestsGetOurOwnAnswer() {
        StaffSession admin = HostilePortal.admin(portal);
        for (String page : List.of("/admin/content/history.xhtml?older=abc&newer=-1&path=city.yaml",
                "/admin/content/edit.xhtml?path=no/such/file.yaml", "/admin/content/edit.xhtml?path=../../etc/passwd",
                "/admin/content/item.xhtml?item=%00", "/admin/translation/message.xhtml?lang=xx&key=%3Cb%3E")) {
            Leaks.assertClean(admin.get(page), page);
        }
        StaffSession.FacesForm account = admin.form("/admin/account.xhtml", "password");
        for (String viewState : List.of("stateless", "", "-1:-1", "x".repeat(5000))) {
            RawHttp.Response forged = admin.post("/admin/account.xhtml", Map.of("password", "password",
                    "jakarta.faces.ViewState", viewState));
            Leaks.assertClean(forged, "view state '" + viewState.substring(0, Math.min(20, viewState.length())) + "'");
        }
        RawHttp.Response bigForm = admin.post("/admin/account.xhtml",
                Map.of("jakarta.faces.ViewState", account.value("jakarta.faces.ViewState"), "filler", "a".repeat(3_000_000)));
        assertEquals(413, bigForm.status(), "a 3 MB form");
        Leaks.assertNoInternals(bigForm, "a 3 MB form");
        RawHttp.Response hugeUpload = RawHttp.send(port, "POST", "/admin/content/archive.xhtml",
                Map.of("Cookie", StaffSession.SESSION_COOKIE + "=" + admin.sessionId(),
                        "Content-Type", "multipart/form-data; boundary=x", "Content-Length", String.valueOf(110_000_000L)),
                "--x\r\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(413, hugeUpload.status(), "an upload announced at 110 MB");
        assertTrue(admin.isSignedIn(), "the session survives the refusals");
    }

    @Test
    void internalEndpointsShowNothingInternal() {
        RawHttp.Response metrics = RawHttp.get(port, "/metrics");
        assertNotEquals(200, metrics.status(), "metrics are not public");
        Leaks.assertNoInternals(metrics, "/metrics");
        for (String path : List.of("/metrics/base", "/metrics/vendor", "/openapi", "/health/live", "/health/ready", "/health")) {
            RawHttp.Response answer = RawHttp.get(port, path);
            assertFalse(answer.body().matches("(?s).*(jvm|heap|pool|thread|H2|connection|memory|classloader).*"),
                    path + " shows internals: " + answer);
        }
    }

    @Test
    void theDataGridListensOnLoopbackOnly() throws IOException {
        Set<String> sockets = socketInodes(portal.pid());
        List<String> listening = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            // Read once: other processes open and close sockets between two reads of the table.
            List<String> rows = Files.readAllLines(Path.of(table));
            for (String line : rows.subList(1, rows.size())) {
                String[] fields = line.trim().split("\\s+");
                if (fields[3].equals("0A") && sockets.contains(fields[9])) {
                    listening.add(fields[1]);
                }
            }
        }
        String httpPort = String.format("%04X", port);
        List<String> others = listening.stream().filter(local -> !local.endsWith(":" + httpPort)).toList();
        assertFalse(others.isEmpty(), "the portal's data grid was not found listening: " + listening);
        for (String local : others) {
            String address = local.substring(0, local.indexOf(':'));
            boolean loopback = address.equals("0100007F") || address.equals("0000000000000000FFFF00000100007F")
                    || address.equals("00000000000000000000000001000000");
            assertTrue(loopback, "the portal listens on " + local + " beyond loopback (all listening: " + listening + ")");
        }
    }

    private static Set<String> socketInodes(long pid) throws IOException {
        Set<String> inodes = new HashSet<>();
        Pattern socket = Pattern.compile("socket:\\[(\\d+)]");
        try (var fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    Matcher matcher = socket.matcher(Files.readSymbolicLink(fd).toString());
                    if (matcher.matches()) {
                        inodes.add(matcher.group(1));
                    }
                } catch (IOException closedMeanwhile) {
                    // A descriptor closed while we looked.
                }
            }
        }
        return inodes;
    }

    @Test
    void namesWithMarkupStayTextOnPagesAndOnTheMap() {
        for (String path : List.of("/ca/schools/escola-el-moll", "/ca/schools", "/ca/compare?school=escola-el-moll", "/ca/")) {
            String body = RawHttp.get(port, path).body();
            assertFalse(body.contains("<img src=x id=pwned-img>"), path);
            assertFalse(body.contains("<b id=pwned-b>"), path);
        }
        ChromeDriver browser = Browser.open("ca", 1280, 900);
        try {
            for (String path : List.of("/ca/schools/escola-el-moll", "/ca/schools?stage=primary")) {
                browser.get(portal.uri(path).toString());
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                wait.until(d -> !d.findElements(By.cssSelector("path.leaflet-interactive")).isEmpty());
                JavascriptExecutor js = browser;
                // Hover every district outline and school marker, as a family would, so Leaflet opens each tooltip.
                js.executeScript("document.querySelectorAll('.leaflet-interactive').forEach(function (shape) {"
                        + " shape.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}));"
                        + " shape.dispatchEvent(new MouseEvent('mouseout', {bubbles: true})); });");
                Object injected = js.executeScript("return document.querySelectorAll('#pwned-img, #pwned-link, #pwned-b').length;");
                assertEquals(0L, injected, path + ": a name became markup on the map");
                Object shown = js.executeScript("return Array.from(document.querySelectorAll('.leaflet-tooltip'))"
                        + ".map(function (t) { return t.textContent; }).join(' | ');");
                if (path.contains("el-moll")) {
                    assertTrue(String.valueOf(shown).contains("<img src=x id=pwned-img>"), path + ": the tooltip shows the name as text: " + shown);
                }
            }
        } finally {
            browser.quit();
        }
    }
}
