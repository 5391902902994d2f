package org.opendoors.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guide with targeted blocks, open-day calendar files, comparison, shortlist, and the page cache. */
class GuideCompareShortlistIT {

    private static PortalProcess portal;

    @BeforeAll
    static void startPortal() {
        portal = PortalProcess.shared();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ca", "es", "en", "fr", "ar", "ur", "zh", "ru"})
    void theGuideHasTheStepsWithDatesAndTheTwoQuestionsInEveryLanguage(String lang) throws Exception {
        HttpResponse<String> guide = Http.get(portal, "/" + lang + "/guide");
        assertEquals(200, guide.statusCode());
        assertTrue(guide.body().contains("id=\"diversity-and-learning\""));
        assertTrue(guide.body().contains("id=\"how-families-choose\""));
        assertTrue(guide.body().contains("datetime=\"2027-03-09\""), "the application dates from content/");
        assertTrue(guide.headers().allValues("Set-Cookie").isEmpty());
        assertFalse(guide.body().contains("id=\"block-welcome-newcomers\""), "no answers, no targeted block");
    }

    @Test
    void aNewcomerFamilySeesTheWelcomeClassAndTheHelpOfficeOnTheGuideAndOnEachProfile() throws Exception {
        String guide = Http.get(portal, "/en/guide?newcomer=yes").body();
        String profile = Http.get(portal, "/en/schools/escola-les-fonts?newcomer=yes").body();
        for (String page : new String[]{guide, profile}) {
            assertTrue(page.contains("id=\"block-welcome-newcomers\""));
            assertTrue(page.contains("welcome class"));
            assertTrue(page.contains("+34 930 41 00 10"), "the family help office's phone");
        }
        assertFalse(Http.get(portal, "/en/schools/escola-les-fonts").body().contains("block-welcome-newcomers"));
        assertFalse(Http.get(portal, "/en/guide?newcomer=no").body().contains("block-welcome-newcomers"));
    }

    @Test
    void readersOfArabicAndUrduAreToldAboutInterpretersWithoutAnswering() throws Exception {
        assertTrue(Http.get(portal, "/ar/guide").body().contains("id=\"block-interpreters\""));
        assertTrue(Http.get(portal, "/ur/schools/escola-la-sinia").body().contains("id=\"block-interpreters\""));
        assertFalse(Http.get(portal, "/ca/guide").body().contains("id=\"block-interpreters\""));
    }

    @Test
    void eachOpenDayDownloadsAsACalendarFile() throws Exception {
        HttpResponse<String> ics = Http.get(portal, "/fr/schools/escola-la-sinia/open-day-1.ics");
        assertEquals(200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(ics.body().contains("BEGIN:VEVENT"));
        assertTrue(ics.body().contains("SUMMARY;LANGUAGE=fr:"));
        assertTrue(ics.body().contains("DTSTART:20270130T090000Z"), ics.body());
        assertEquals(404, Http.get(portal, "/fr/schools/escola-la-sinia/open-day-9.ics").statusCode());
        assertTrue(Http.get(portal, "/fr/schools/escola-la-sinia").body().contains("/fr/schools/escola-la-sinia/open-day-1.ics"));
    }

    @Test
    void comparesTwoToFourSchoolsOnTheSameFacetsInTheChosenOrder() throws Exception {
        String page = Http.get(portal, "/en/compare?school=escola-la-sinia&school=institut-la-marina&school=escola-el-moli").body();
        int first = page.indexOf(">Escola La Sínia</a></th>");
        int second = page.indexOf(">Institut La Marina</a></th>");
        int third = page.indexOf(">Escola El Molí</a></th>");
        assertTrue(first > 0 && second > first && third > second, "the schools in the order chosen");
        assertTrue(page.contains("<th scope=\"row\">Languages spoken by the school's families</th>")
                || page.contains("<th scope=\"row\">Languages spoken by the school&#39;s families</th>"));
        assertTrue(Http.get(portal, "/en/compare?school=escola-la-sinia").body().contains("Choose two to four schools"));
        String five = Http.get(portal, "/en/compare?school=escola-la-sinia&school=escola-el-moli&school=escola-les-fonts"
                + "&school=escola-el-moll&school=institut-la-marina").body();
        assertTrue(five.contains("up to four schools"));
    }

    @Test
    void theShortlistPrintsOpenDaysAndAQrCodeOfEachProfile() throws Exception {
        String page = Http.get(portal, "/ca/shortlist?school=escola-la-sinia&school=escola-el-moll").body();
        assertTrue(page.contains("Escola La Sínia") && page.contains("Escola El Moll"));
        assertTrue(page.contains("<svg class=\"qr\""));
        assertTrue(page.contains("/ca/schools/escola-la-sinia</a>"));
        assertTrue(page.contains("media=\"print\""), "a print stylesheet");
    }

    @Test
    void repeatRequestsAreAnsweredFromThePublishedPageCache() throws Exception {
        HttpResponse<String> first = Http.get(portal, "/ru/schools/escola-el-moll");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = Http.get(portal, "/ru/schools/escola-el-moll", Map.of("If-None-Match", etag));
        assertEquals(304, again.statusCode());
        HttpResponse<byte[]> gzipped = Http.client().send(HttpRequest.newBuilder(portal.uri("/ru/schools/escola-el-moll"))
                .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", gzipped.headers().firstValue("Content-Encoding").orElse(""));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertEquals(first.body(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /**
     * The second request for a page is answered by the server's valve, ahead of the application's filters: it must
     * say exactly what the filter said when it rendered the page, and leave to the application what only it may
     * answer (a path parameter, a write).
     */
    @Test
    void aCachedPageIsAnsweredExactlyAsItsRenderWasAndNothingElseIsAnsweredEarly() throws Exception {
        // Pages no other test asks for, so that the first request renders.
        Map<String, String> pageByEncoding = Map.of("gzip", "/fr/schools?service=meals&stage=secondary",
                "identity", "/ur/schools?stage=secondary&service=meals");
        for (String encoding : pageByEncoding.keySet()) {
            String path = pageByEncoding.get(encoding);
            HttpResponse<byte[]> rendered = send(HttpRequest.newBuilder(portal.uri(path))
                    .header("Accept-Encoding", encoding).build());
            HttpResponse<byte[]> cached = send(HttpRequest.newBuilder(portal.uri(path))
                    .header("Accept-Encoding", encoding).build());
            assertEquals(200, cached.statusCode());
            assertEquals(headersWithoutDate(rendered), headersWithoutDate(cached), encoding);
            assertTrue(java.util.Arrays.equals(rendered.body(), cached.body()), encoding);
            HttpResponse<byte[]> head = send(HttpRequest.newBuilder(portal.uri(path))
                    .header("Accept-Encoding", encoding).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
            assertEquals(headersWithoutDate(cached), headersWithoutDate(head), "HEAD " + encoding);
            assertEquals(0, head.body().length);
        }
        assertEquals(400, send(HttpRequest.newBuilder(portal.uri("/fr/schools;a=b?service=meals&stage=secondary"))
                .build()).statusCode(), "a path parameter is refused (and audited) by the application");
        assertEquals(405, send(HttpRequest.newBuilder(portal.uri(pageByEncoding.get("gzip"))).POST(HttpRequest.BodyPublishers.ofString("a=b"))
                .build()).statusCode());
        assertEquals(302, send(HttpRequest.newBuilder(portal.uri("/admin/index.xhtml")).build()).statusCode(),
                "the back office still asks for a sign-in");
    }

    private static HttpResponse<byte[]> send(HttpRequest request) throws Exception {
        return Http.client().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, java.util.List<String>> headersWithoutDate(HttpResponse<?> response) {
        Map<String, java.util.List<String>> headers = new java.util.TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }

    /** A family's shortlist says when two of its schools hold open days at the same time, in the family's language. */
    @Test
    void theShortlistWarnsWhenTwoOfItsSchoolsHoldOpenDaysAtTheSameTime() throws Exception {
        String english = Http.get(portal, "/en/shortlist?school=escola-turo-alt&school=collegi-mare-de-deu-del-turo").body();
        assertTrue(english.contains("id=\"open-day-clashes\""), english);
        assertTrue(english.contains("Escola Turó Alt and Col·legi Mare de Déu del Turó hold open days at the same time"), english);
        assertTrue(english.contains("January 23, 2027"), english);
        String arabic = Http.get(portal, "/ar/shortlist?school=escola-turo-alt&school=collegi-mare-de-deu-del-turo").body();
        assertTrue(arabic.contains("أيام الأبواب المفتوحة في الوقت نفسه"), arabic);
        String apart = Http.get(portal, "/en/shortlist?school=escola-la-sinia&school=collegi-l-horta-nova").body();
        assertFalse(apart.contains("open-day-clashes"), apart);
    }
}
