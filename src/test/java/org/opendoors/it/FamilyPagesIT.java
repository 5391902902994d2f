package org.opendoors.it;

import com.ibm.icu.text.Collator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.opendoors.i18n.domain.SupportedLanguage;
import org.opendoors.i18n.service.MessageCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Family pages over HTTP from the running bundle, in all eight languages. */
class FamilyPagesIT {

    private static final String PROFILE = "/schools/escola-la-sinia";
    private static final Pattern HTML_TAG = Pattern.compile("<html[^>]*\\blang=\"([^\"]+)\"[^>]*\\bdir=\"([^\"]+)\"");
    private static final Pattern SCHOOL_NAME = Pattern.compile("class=\"school-card__name\"><a href=\"[^\"]+\">([^<]+)</a>");

    private static PortalProcess portal;
    private final HttpClient client = Http.client();

    @BeforeAll
    static void startPortal() {
        portal = PortalProcess.shared();
    }

    static Stream<Arguments> pagesInEveryLanguage() {
        return SupportedLanguage.all().stream()
                .flatMap(language -> Stream.of("/", "/schools", PROFILE).map(page -> Arguments.of(language, page)));
    }

    @ParameterizedTest(name = "/{0}{1}")
    @MethodSource("pagesInEveryLanguage")
    void servesEachPageInEachLanguageWithoutASession(SupportedLanguage language, String page) throws Exception {
        HttpResponse<String> response = get("/" + language.tag() + page, Map.of());

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("UTF-8"));
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), "a family page set a cookie");
        Matcher html = HTML_TAG.matcher(response.body());
        assertTrue(html.find(), "no <html lang dir>");
        assertEquals(language.tag(), html.group(1));
        assertEquals(language.isRightToLeft() ? "rtl" : "ltr", html.group(2));
        String schools = bundle(language).get("layout.nav_schools");
        assertTrue(response.body().contains(">" + schools + "</a>"), "no translated menu item '" + schools + "'");
        for (SupportedLanguage other : SupportedLanguage.values()) {
            assertTrue(response.body().contains("hreflang=\"" + other.tag() + "\""), "no hreflang for " + other.tag());
        }
    }

    @Test
    void theRootSendsEachBrowserToItsBestLanguage() throws Exception {
        assertRedirect("ur,en;q=0.5", "/ur/");
        assertRedirect("ar-MA", "/ar/");
        assertRedirect("zh-CN,zh;q=0.9", "/zh/");
        assertRedirect("de-DE", "/en/");
    }

    @Test
    void theSchoolListIsAlphabeticalByEachSchoolsOwnNameInThePageLanguage() throws Exception {
        for (SupportedLanguage language : List.of(SupportedLanguage.CA, SupportedLanguage.ZH, SupportedLanguage.AR)) {
            List<String> names = new ArrayList<>();
            Matcher matcher = SCHOOL_NAME.matcher(get("/" + language.tag() + "/schools", Map.of()).body());
            while (matcher.find()) {
                names.add(matcher.group(1).replace("&#39;", "'").replace("&amp;", "&"));
            }
            assertTrue(names.size() >= 40, names.size() + " schools listed");
            // The sample city's school_type_words: the word naming a school's kind does not order the list.
            java.util.function.Function<String, String> ownName = name -> name.replaceFirst(
                    "^(Escola Bressol i Infantil|Institut Escola|Escola|Institut|Col·legi) ", "");
            Collator collator = Collator.getInstance(language.locale());
            List<String> sorted = new ArrayList<>(names);
            sorted.sort((a, b) -> collator.compare(ownName.apply(a), ownName.apply(b)) != 0
                    ? collator.compare(ownName.apply(a), ownName.apply(b)) : collator.compare(a, b));
            assertEquals(sorted, names);
        }
    }

    @Test
    void theProfileShowsThePedagogicalProjectFirstAndNoFigureAboutPupils() throws Exception {
        String body = get("/en" + PROFILE, Map.of()).body();
        int project = body.indexOf("id=\"pedagogical-project\"");
        int diversity = body.indexOf("id=\"diversity-inclusion\"");
        assertTrue(project > 0 && diversity > project, "pedagogical project must come first");
        assertTrue(body.contains("Escola La Sínia"));
        // What a family reads, not the page's links (a map link's name is %-encoded).
        String text = body.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]*>", " ");
        assertFalse(text.contains("%") || text.contains("٪"), "a percentage on a profile");
    }

    @Test
    void easyReadIsASwitchTheUrlKeepsThroughLanguagesAndAnswers() throws Exception {
        String full = get("/ar/guide?newcomer=yes", Map.of()).body();
        assertTrue(full.contains("href=\"/ar/guide?newcomer=yes&amp;read=easy\""), "no link to the easy-read guide");
        assertTrue(full.contains("id=\"criteria-heading\""));

        String easy = get("/ar/guide?read=easy&newcomer=yes", Map.of()).body();
        assertTrue(easy.contains("class=\"easy-read\""), "the easy-read guide shows no easy-read text");
        assertFalse(easy.contains("id=\"criteria-heading\""), "easy read is the short version: no criteria section");
        assertTrue(easy.contains("href=\"/ar/guide?newcomer=yes\" class=\"reading-switch__link\""), "no way back to the full text");
        assertTrue(easy.contains("hreflang=\"ur\"") && easy.contains("href=\"/ur/guide?newcomer=yes&amp;read=easy\""),
                "the language switcher forgets easy read");
        assertTrue(easy.contains("<input type=\"hidden\" name=\"read\" value=\"easy\""),
                "answering the questions would leave easy read");
        assertEquals(7, count(easy, "<div class=\"easy-read\">"), "the introduction and every step in easy read");

        String profile = get("/ur" + PROFILE + "?read=easy", Map.of()).body();
        assertTrue(profile.contains("lead easy-read"), "no easy-read summary on the profile");
        assertFalse(profile.contains("id=\"pedagogical-project\""), "the easy-read profile is the short version");
        assertTrue(profile.contains("id=\"open-days\"") && profile.contains("id=\"contact\""),
                "open days and contact stay in easy read");
        assertTrue(get("/ur" + PROFILE, Map.of()).body().contains("href=\"/ur" + PROFILE + "?read=easy\""));
    }

    @Test
    void schoolPhotosComeInSizesAndFormatsUnderAddressesThatNeverChange() throws Exception {
        String profile = get("/ur" + PROFILE, Map.of()).body();
        Matcher webp = Pattern.compile("<source type=\"image/webp\" srcset=\"(/photos/([0-9a-f]{64})-480\\.webp) 480w")
                .matcher(profile);
        assertTrue(webp.find(), "no WebP photo on the profile");
        assertTrue(profile.contains("alt=\"ڈرائنگ: سڑک کی طرف سے اسکول کی عمارت"), "the photo is not described in Urdu");
        assertTrue(profile.contains("loading=\"lazy\"") && profile.contains("width=\"1200\" height=\"800\""),
                "photos load lazily and keep their place while loading");

        HttpResponse<byte[]> photo = client.send(HttpRequest.newBuilder(portal.uri(webp.group(1))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, photo.statusCode());
        assertEquals("image/webp", photo.headers().firstValue("Content-Type").orElse(""));
        assertEquals("public, max-age=31536000, immutable", photo.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("RIFF", new String(photo.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        String etag = photo.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, get(webp.group(1), Map.of("If-None-Match", etag)).statusCode());
        HttpResponse<byte[]> jpeg = client.send(HttpRequest.newBuilder(portal.uri("/photos/" + webp.group(2) + "-960.jpg"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("image/jpeg", jpeg.headers().firstValue("Content-Type").orElse(""));
        assertEquals(960, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg.body())).getWidth());

        for (String wrong : List.of("/photos/" + "0".repeat(64) + "-480.webp", "/photos/" + webp.group(2) + "-481.jpg",
                "/photos/" + webp.group(2) + "-480.png", "/photos/..%2FWEB-INF%2Fweb.xml", "/photos/")) {
            HttpResponse<String> refused = get(wrong, Map.of());
            assertTrue(refused.statusCode() == 404 || refused.statusCode() == 400, wrong + ": " + refused.statusCode());
            assertFalse(refused.body().contains("web-app"), wrong);
        }
    }

    @Test
    void theVideoGuideIsServedInPartsWithCaptionsInEveryLanguage() throws Exception {
        String guide = get("/ur/guide", Map.of()).body();
        Matcher video = Pattern.compile("<source src=\"(/video/[0-9a-f]{64}\\.webm)\" type=\"video/webm\"").matcher(guide);
        assertTrue(video.find(), "no video on the guide");
        assertTrue(guide.contains("preload=\"none\""), "the video costs nothing until it is played");
        Matcher tracks = Pattern.compile("<track kind=\"captions\" srclang=\"([a-z]+)\" label=\"[^\"]+\" src=\"([^\"]+)\"( default=\"default\")?")
                .matcher(guide);
        List<String> languages = new ArrayList<>();
        String urdu = null;
        while (tracks.find()) {
            languages.add(tracks.group(1) + (tracks.group(3) == null ? "" : "*"));
            if (tracks.group(1).equals("ur")) {
                urdu = tracks.group(2);
            }
        }
        assertEquals(List.of("ca", "es", "en", "fr", "ar", "ur*", "zh", "ru"), languages, "Urdu chosen on the Urdu page");
        assertTrue(guide.contains("class=\"transcript\""));

        HttpResponse<String> captions = get(urdu, Map.of());
        assertEquals(200, captions.statusCode());
        assertTrue(captions.headers().firstValue("Content-Type").orElse("").startsWith("text/vtt"));
        assertTrue(captions.body().startsWith("WEBVTT\n\nwelcome\n00:00:00.000 --> "), captions.body());

        HttpResponse<byte[]> part = client.send(HttpRequest.newBuilder(portal.uri(video.group(1)))
                .header("Range", "bytes=100-199").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, part.statusCode());
        assertEquals(100, part.body().length);
        assertTrue(part.headers().firstValue("Content-Range").orElse("").matches("bytes 100-199/[0-9]+"));
        assertEquals("video/webm", part.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<byte[]> beyond = client.send(HttpRequest.newBuilder(portal.uri(video.group(1)))
                .header("Range", "bytes=999999999-").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(416, beyond.statusCode());
        assertEquals(404, get("/video/" + "a".repeat(64) + ".webm", Map.of()).statusCode());
        assertEquals(404, get(urdu.replace("/ur-", "/de-"), Map.of()).statusCode());
        assertEquals(404, get("/video/ur-0000000000000000.vtt", Map.of()).statusCode(), "captions that are not the published ones");
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void unknownPagesAndSchoolsAreNotFoundInTheFamilysLanguage() throws Exception {
        HttpResponse<String> school = get("/fr/schools/escola-que-no-existeix", Map.of());
        assertEquals(404, school.statusCode());
        assertTrue(school.body().contains("lang=\"fr\""));
        assertEquals(404, get("/ru/nowhere", Map.of()).statusCode());
        HttpResponse<String> german = get("/de/", Map.of("Accept-Language", "de-DE,ar;q=0.5"));
        assertEquals(404, german.statusCode(), "a language the portal does not speak");
        assertTrue(german.body().contains("lang=\"ar\"") && !german.body().contains("Payara"),
                "our own page, in the browser's best language: " + german.body());
        assertEquals(404, get("/school/profile.xhtml", Map.of()).statusCode());
    }

    @Test
    void pagesAreServedWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> response = get("/ca/", Map.of());
        String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("script-src 'self'"), policy);
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(response.body());
        while (scripts.find()) {
            assertTrue(scripts.group(1).contains("src=\"/"), "an inline script or one from another host: " + scripts.group());
        }
        assertFalse(response.body().matches("(?s).*\\son[a-z]+=\".*"), "an inline event handler");
        assertFalse(response.body().contains("style=\""), "an inline style");
    }

    @Test
    void theMapLibraryIsKeptByBrowsersUnderItsVersion() throws Exception {
        HttpResponse<String> page = get("/en/schools", Map.of());
        Matcher base = Pattern.compile("name=\"opendoors:leaflet\" content=\"([^\"]+)\"").matcher(page.body());
        assertTrue(base.find(), "the page names the map library's folder");
        HttpResponse<String> library = get(base.group(1) + "leaflet.js", Map.of());
        assertEquals(200, library.statusCode());
        assertEquals("public, max-age=31536000, immutable", library.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> missing = get(base.group(1) + "no-such-file.js", Map.of());
        assertEquals(404, missing.statusCode());
        assertFalse(missing.headers().firstValue("Cache-Control").orElse("").contains("immutable"));
    }

    private void assertRedirect(String acceptLanguage, String expectedPath) throws Exception {
        HttpResponse<String> response = get("/", Map.of("Accept-Language", acceptLanguage));
        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith(expectedPath),
                acceptLanguage + " went to " + response.headers().firstValue("Location"));
        assertEquals("Accept-Language", response.headers().firstValue("Vary").orElse(""));
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(portal.uri(path));
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, String> bundle(SupportedLanguage language) throws IOException {
        String file = language == MessageCatalog.SOURCE ? MessageCatalog.SOURCE_FILE
                : "messages_" + language.tag() + ".properties";
        try (InputStream in = Files.newInputStream(Path.of("i18n", file))) {
            return MessageCatalog.read(in);
        }
    }
}
