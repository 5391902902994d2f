package org.opendoors.it;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opendoors.platform.persistence.DatabaseMigration;
import org.opendoors.platform.persistence.DatabaseSettings;
import org.opendoors.security.domain.Role;
import org.opendoors.translation.service.BundleChecker;
import org.opendoors.translation.service.BundleFolder;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A translator fixes a stale Arabic plural message in the back office and families see it at once, and after a
 * restart. The staleness is arranged as it happens: an Arabic text saved in the workspace when the English source
 * had no "=0" case; the English source has one now, so the saved text was made from an older English text.
 * <p>
 * Then another translator exchanges the Arabic interface texts as an XLIFF file. In this order: the first test
 * counts the Arabic texts waiting for review, and the upload adds one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TranslatorWorkspaceIT {

    private static final String KEY = "school_list.count";
    /** The English source as it was when the old Arabic text was saved: before "No school matches" was added. */
    private static final String OLDER_ENGLISH = "{count, plural, one {# school} other {# schools}}";
    private static final String OLD_ARABIC = "{count, plural, zero {# مدرسة} one {مدرسة واحدة} two {مدرستان} "
            + "few {# مدارس} many {# مدرسة} other {# مدرسة}}";
    private static final String MARK = "في فالمار";
    private static final String FIXED_ARABIC = "{count, plural, =0 {لا توجد مدرسة مطابقة. جرّبوا خيارات تصفية أقل.} "
            + "zero {# مدرسة " + MARK + "} one {مدرسة واحدة " + MARK + "} two {مدرستان " + MARK + "} "
            + "few {# مدارس " + MARK + "} many {# مدرسة " + MARK + "} other {# مدرسة " + MARK + "}}";
    private static final String BROKEN_ARABIC = "{count, plural, =0 {لا توجد مدرسة} one {مدرسة واحدة} other {# مدرسة";
    /** Well-formed, but markup: families would see the tags as typed. */
    private static final String BOLD_ARABIC = FIXED_ARABIC.replace(MARK, "<b>" + MARK + "</b>");
    /** Well-formed, but a ranking in the school count every list page shows. */
    private static final String RANKING_ARABIC = FIXED_ARABIC.replace(MARK, "من أفضل مدارس المدينة");
    private static final String TRANSLATOR = "amira";
    private static final String TRANSLATOR_PASSWORD = "Arabic-translator-2026";
    /** Works in a translation tool: downloads XLIFF, uploads it translated. */
    private static final String XLIFF_TRANSLATOR = "yusuf";
    private static final String XLIFF_TRANSLATOR_PASSWORD = "Arabic-xliff-translator-2026";
    private static final String XLIFF_KEY = "home.title";
    private static final String XLIFF_ARABIC = "ابحثوا عن مدرستكم في {city}";
    private static final String BROKEN_KEY = "layout.nav_home";

    private static Path data;
    private static PortalProcess portal;

    @BeforeAll
    static void startWithAStaleArabicText() throws Exception {
        data = PortalProcess.target().resolve("it-translator-data");
        PortalProcess.deleteRecursively(data);
        storeOldArabicText(data);
        portal = start();
    }

    @AfterAll
    static void stop() {
        if (portal != null) {
            portal.close();
        }
    }

    @Test
    @Order(1)
    void aTranslatorFixesAStaleArabicPluralAndFamiliesSeeItOnceAnotherHasReviewedItAndAfterARestart() throws Exception {
        assertTrue(arabicSchoolList().contains("42 مدرسة</h2>"), "the saved Arabic text is what families see");
        ChromeDriver browser = Browser.open("en", 1280, 1000);
        try {
            String base = portal.uri("").toString();
            BackOffice.signIn(browser, base, BackOffice.ADMIN, PortalProcess.ADMIN_PASSWORD);
            BackOffice.createUser(browser, base, TRANSLATOR, TRANSLATOR_PASSWORD, Role.TRANSLATOR);
            BackOffice.signOut(browser);
            BackOffice.signIn(browser, base, TRANSLATOR, TRANSLATOR_PASSWORD);

            browser.get(base + "/admin/translation/index.xhtml");
            WebElement stale = browser.findElement(By.cssSelector("#counts-ar td[data-state=stale] a"));
            assertEquals("1", stale.getText());
            stale.click();
            BackOffice.wait(browser).until(ExpectedConditions.elementToBeClickable(By.linkText(KEY))).click();
            BackOffice.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("editor:text")));

            assertEquals("stale", browser.findElement(By.id("state")).getText());
            assertTrue(browser.findElement(By.id("stale-note")).isDisplayed());
            assertTrue(browser.findElement(By.id("source")).getText().contains("=0 {No school matches. Try fewer filters.}"));
            assertEquals("Number of schools shown.", browser.findElement(By.id("context")).getText());
            assertTrue(browser.findElement(By.id("used-in")).getText().contains("used in /school/list.xhtml"));
            WebElement text = browser.findElement(By.id("editor:text"));
            assertEquals("rtl", text.getDomAttribute("dir"));
            assertEquals(OLD_ARABIC, text.getDomProperty("value"));

            text.clear();
            text.sendKeys(FIXED_ARABIC);
            // The preview is replaced as the server answers: an element read a moment ago may be gone.
            WebDriverWait wait = (WebDriverWait) new WebDriverWait(browser, Duration.ofSeconds(10))
                    .ignoring(StaleElementReferenceException.class);
            wait.until(driver -> previewLabels(browser).equals(
                    List.of("zero · 0 (the =0 case applies)", "one · 1", "two · 2", "few · 3", "many · 11", "other · 100", "=0"))
                    && browser.findElements(By.cssSelector("#preview dd")).get(5).getText().equals("100 مدرسة " + MARK));
            Browser.screenshot(browser, "translator-editor-ar");

            submit(browser, "editor:save");
            assertTrue(browser.findElement(By.cssSelector(".ui-messages-info")).getText().startsWith("Saved."));
            assertEquals("translated", browser.findElement(By.id("state")).getText());
            assertTrue(browser.findElement(By.cssSelector(".ui-messages-info")).getText().contains("once another translator"));
            assertTrue(arabicSchoolList().contains("42 مدرسة</h2>"), "families keep the reviewed text until this one is reviewed");

            // A broken message: the preview says so as it is typed, and the save is refused, keeping the text.
            text = browser.findElement(By.id("editor:text"));
            text.clear();
            text.sendKeys(BROKEN_ARABIC);
            wait.until(driver -> browser.findElement(By.id("preview")).getText().contains("Not valid ICU MessageFormat"));
            submit(browser, "editor:save");
            String refusal = browser.findElement(By.cssSelector(".ui-messages-error")).getText();
            assertTrue(refusal.startsWith("Not saved: Not valid ICU MessageFormat"), refusal);
            assertEquals(BROKEN_ARABIC, browser.findElement(By.id("editor:text")).getDomProperty("value"));
            assertEquals("translated", browser.findElement(By.id("state")).getText());
            assertTrue(arabicSchoolList().contains("42 مدرسة</h2>"), "the refused text never reached families");
            Browser.screenshot(browser, "translator-editor-refused-ar");

            // Markup and a ranking are refused the same way: the text kept, families unchanged.
            for (String refused : List.of(BOLD_ARABIC, RANKING_ARABIC)) {
                text = browser.findElement(By.id("editor:text"));
                text.clear();
                text.sendKeys(refused);
                submit(browser, "editor:save");
                String why = browser.findElement(By.cssSelector(".ui-messages-error")).getText();
                assertTrue(BOLD_ARABIC.equals(refused) ? why.contains("plain text") && why.contains("<b>")
                        : why.contains("أفضل") && why.contains("(ranking)"), why);
                assertEquals(refused, browser.findElement(By.id("editor:text")).getDomProperty("value"));
                assertTrue(arabicSchoolList().contains("42 مدرسة</h2>"), "refused texts never reach families");
            }
            Browser.screenshot(browser, "translator-editor-guard-ar");

            browser.get(base + "/admin/translation/index.xhtml");
            assertEquals("0", browser.findElement(By.cssSelector("#counts-ar td[data-state=stale] a")).getText());
            assertEquals("1", browser.findElement(By.cssSelector("#counts-ar td[data-state=translated] a")).getText());
            browser.get(base + "/admin/translation/index.xhtml?lang=ar&state=translated&q=" + java.net.URLEncoder.encode(
                    "فالمار", StandardCharsets.UTF_8));
            assertEquals(List.of(KEY), browser.findElements(By.cssSelector("#strings tbody td:first-child a")).stream()
                    .map(WebElement::getText).toList());

            browser.get(base + "/admin/translation/message.xhtml?lang=ar&key=school_list.distance");
            assertTrue(browser.findElement(By.id("used-in")).getText().contains("used in org.opendoors.school.web.SchoolListPage"),
                    "a key formatted in Java is found in its class");

            // Reviewing is for another translator.
            browser.get(base + "/admin/translation/message.xhtml?lang=ar&key=" + KEY);
            submit(browser, "editor:review");
            assertTrue(browser.findElement(By.cssSelector(".ui-messages-error")).getText().contains("yourself"));
            BackOffice.signOut(browser);
            BackOffice.signIn(browser, base, BackOffice.ADMIN, PortalProcess.ADMIN_PASSWORD);
            browser.get(base + "/admin/translation/message.xhtml?lang=ar&key=" + KEY);
            submit(browser, "editor:review");
            assertEquals("reviewed", browser.findElement(By.id("state")).getText());
            assertTrue(browser.findElement(By.id("history")).getText().contains("reviewed by admin"));
            assertTrue(arabicSchoolList().contains("42 مدرسة " + MARK + "</h2>"), "live for families once reviewed");

            Map<String, String> download = download(browser);
            assertTrue(download.get("i18n/messages_ar.properties").contains("\n" + KEY + "=" + FIXED_ARABIC + "\n"));
            Properties sidecar = BundleFolder.sidecar(download.get("i18n/messages.meta.properties").getBytes(StandardCharsets.UTF_8));
            assertEquals(BundleChecker.fingerprint(BundleFolder.source(Path.of("i18n")).messages().get(KEY)),
                    sidecar.getProperty(KEY + ".source.ar"));
        } finally {
            browser.quit();
        }

        portal.close();
        portal = start();
        assertTrue(arabicSchoolList().contains("42 مدرسة " + MARK + "</h2>"), "kept across a restart");
    }

    @Test
    @Order(2)
    void aTranslatorUploadsAnArabicXliffFileWhoseChangedTextWaitsForReviewAndAFileWithABrokenMessageSavesNothing()
            throws Exception {
        ChromeDriver browser = Browser.open("en", 1280, 1200);
        try {
            String base = portal.uri("").toString();
            BackOffice.signIn(browser, base, BackOffice.ADMIN, PortalProcess.ADMIN_PASSWORD);
            BackOffice.createUser(browser, base, XLIFF_TRANSLATOR, XLIFF_TRANSLATOR_PASSWORD, Role.TRANSLATOR);
            BackOffice.signOut(browser);
            BackOffice.signIn(browser, base, XLIFF_TRANSLATOR, XLIFF_TRANSLATOR_PASSWORD);

            browser.get(base + "/admin/translation/index.xhtml?lang=ar");
            WebElement link = browser.findElement(By.id("xliff-ui-ar"));
            assertEquals("ui-ar.xliff", link.getDomAttribute("download"));
            assertTrue(browser.findElements(By.id("xliff-ui-en")).isEmpty(), "English is the source of the interface texts");
            String xliff = downloadXliff(browser, link.getDomAttribute("href"), "ui-ar.xliff");
            assertTrue(xliff.contains("trgLang=\"ar\""), xliff);
            String before = targetOf(xliff, XLIFF_KEY);
            assertFalse(XLIFF_ARABIC.equals(before), before);

            uploadXliff(browser, base, "ui-ar-translated.xliff", withTarget(xliff, XLIFF_KEY, XLIFF_ARABIC));
            String applied = browser.findElement(By.id("messages")).getText();
            assertTrue(applied.contains("1 text changed"), applied);
            assertTrue(browser.findElements(By.id("xliff-problems")).isEmpty());
            Browser.screenshot(browser, "translator-xliff-upload");

            assertTrue(waitingForReview(browser, base).contains(XLIFF_KEY), "the uploaded text waits for review");
            assertEquals(XLIFF_ARABIC, savedText(browser, base, XLIFF_KEY));
            String arabicHome = Http.get(portal, "/ar/").body();
            assertTrue(arabicHome.contains(before.replace("{city}", "").strip()) && !arabicHome.contains("مدرستكم"),
                    "families keep the reviewed text until the uploaded one is reviewed");

            // A broken message refuses the whole file: the text changed beside it is not saved either.
            String otherChange = "ابحثوا عن مدرسة لأطفالكم في {city}";
            uploadXliff(browser, base, "ui-ar-broken.xliff", withTarget(withTarget(xliff, XLIFF_KEY, otherChange), BROKEN_KEY,
                    "{count, plural, one {الصفحة"));
            String refused = browser.findElement(By.id("messages")).getText();
            assertTrue(refused.contains("Nothing was saved"), refused);
            String problems = browser.findElement(By.id("xliff-problems")).getText();
            assertTrue(problems.contains(BROKEN_KEY) && problems.contains("icu-syntax"), problems);
            assertFalse(problems.contains(XLIFF_KEY), problems);
            Browser.screenshot(browser, "translator-xliff-refused");
            assertEquals(XLIFF_ARABIC, savedText(browser, base, XLIFF_KEY), "nothing of the refused file was saved");
            assertFalse(waitingForReview(browser, base).contains(BROKEN_KEY));

            // Content texts: the changed text's file is saved as a draft, listed under the form to open and send on.
            browser.get(base + "/admin/translation/index.xhtml?lang=ar");
            String content = downloadXliff(browser, browser.findElement(By.id("xliff-content-ar")).getDomAttribute("href"),
                    "content-ar.xliff");
            Matcher translated = Pattern.compile("<unit id=\"([^\"]+)\">(?:(?!</unit>)[\\s\\S])*?<target>([^<]+)</target>").matcher(content);
            assertTrue(translated.find(), "a translated content text");
            uploadXliff(browser, base, "content-ar-translated.xliff",
                    withTarget(content, translated.group(1), translated.group(2).strip() + " مرحبًا بكم."));
            String contentApplied = browser.findElement(By.id("messages")).getText();
            assertTrue(contentApplied.contains("1 text changed"), contentApplied);
            List<WebElement> drafts = browser.findElements(By.cssSelector("#xliff-drafts + ul a"));
            assertEquals(1, drafts.size(), "one file saved as a draft");
            assertTrue(drafts.get(0).getText().endsWith("ar.yaml"), drafts.get(0).getText());
            assertTrue(drafts.get(0).getDomAttribute("href").contains("/admin/content/edit.xhtml?path="),
                    drafts.get(0).getDomAttribute("href"));
        } finally {
            browser.quit();
        }
    }

    private static PortalProcess start() {
        return PortalProcess.start(PortalProcess.basePort() + 1, data,
                Path.of(System.getProperty("opendoors.content", "content")), Map.of());
    }

    /** The database as a portal leaves it, with an Arabic text a translator saved when the English was older. */
    private static void storeOldArabicText(Path dataFolder) throws Exception {
        DatabaseSettings settings = DatabaseSettings.fromEnvironment(Map.of(DatabaseSettings.DATA_DIR, dataFolder.toString()));
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(settings.url());
        h2.setUser(settings.user());
        h2.setPassword(settings.password());
        DatabaseMigration.migrate(h2);
        try (Connection connection = h2.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into ui_translation (language, message_key, "
                     + "message_text, source_fingerprint, state, translated_by, translated_at, reviewed_by, reviewed_at) "
                     + "values ('ar', ?, ?, ?, 'reviewed', 'former-translator', ?, 'former-reviewer', ?)")) {
            Timestamp lastYear = Timestamp.from(Instant.parse("2025-11-20T09:00:00Z"));
            insert.setString(1, KEY);
            insert.setString(2, OLD_ARABIC);
            insert.setString(3, BundleChecker.fingerprint(OLDER_ENGLISH));
            insert.setTimestamp(4, lastYear);
            insert.setTimestamp(5, lastYear);
            insert.executeUpdate();
        }
    }

    private static String arabicSchoolList() throws Exception {
        return Http.get(portal, "/ar/schools").body();
    }

    /** Clicks a form's button and waits for the page the server answers with. */
    private static void submit(ChromeDriver browser, String buttonId) {
        BackOffice.submit(browser, browser.findElement(By.id(buttonId)));
    }

    private static List<String> previewLabels(ChromeDriver browser) {
        return browser.findElements(By.cssSelector("#preview dt")).stream().map(WebElement::getText).toList();
    }

    /** An XLIFF file, fetched with the browser's session as a click on its link would. */
    private static String downloadXliff(ChromeDriver browser, String address, String fileName) throws Exception {
        HttpResponse<byte[]> response = withSession(browser, address);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/xliff+xml"), () -> unexpected(response));
        assertEquals("attachment; filename=\"" + fileName + "\"", response.headers().firstValue("Content-Disposition").orElse(""));
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String unexpected(HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        return "answered " + response.headers().map() + "\n" + body.substring(0, Math.min(600, body.length()));
    }

    /** A GET with the browser's session cookie, as a click on a link to {@code address} would send it. */
    private static HttpResponse<byte[]> withSession(ChromeDriver browser, String address) throws Exception {
        Cookie session = browser.manage().getCookieNamed("opendoors-admin");
        return Http.client().send(HttpRequest.newBuilder(portal.uri(address))
                .header("Cookie", "opendoors-admin=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Uploads the text as an XLIFF file of Arabic from the workspace's form and waits for the answer. */
    private static void uploadXliff(ChromeDriver browser, String base, String fileName, String xliff) throws Exception {
        Path file = PortalProcess.target().resolve("it-translator-xliff").resolve(fileName);
        Files.createDirectories(file.getParent());
        Files.writeString(file, xliff, StandardCharsets.UTF_8);
        browser.get(base + "/admin/translation/index.xhtml");
        new Select(browser.findElement(By.id("xliff:language"))).selectByValue("ar");
        browser.findElement(By.id("xliff:file")).sendKeys(file.toAbsolutePath().toString());
        submit(browser, "xliff:upload");
    }

    /** The keys of the Arabic texts saved and waiting for review, as the workspace lists them. */
    private static List<String> waitingForReview(ChromeDriver browser, String base) {
        browser.get(base + "/admin/translation/index.xhtml?lang=ar&state=translated");
        return browser.findElements(By.cssSelector("#strings tbody td:first-child a")).stream().map(WebElement::getText).toList();
    }

    /** The saved Arabic text of a key, as its editor opens with it. */
    private static String savedText(ChromeDriver browser, String base, String key) {
        browser.get(base + "/admin/translation/message.xhtml?lang=ar&key=" + key);
        return browser.findElement(By.id("editor:text")).getDomProperty("value");
    }

    private static String targetOf(String xliff, String unitId) {
        Matcher unit = unit(xliff, unitId);
        assertTrue(unit.find(), unitId + " has a target");
        return unit.group(2);
    }

    /** The unit's target replaced, as a translator's tool writes it (the texts here need no escaping). */
    private static String withTarget(String xliff, String unitId, String target) {
        Matcher unit = unit(xliff, unitId);
        assertTrue(unit.find(), unitId + " has a target");
        return unit.replaceFirst(Matcher.quoteReplacement(unit.group(1) + target + unit.group(3)));
    }

    private static Matcher unit(String xliff, String unitId) {
        return Pattern.compile("(<unit id=\"" + Pattern.quote(unitId) + "\">[\\s\\S]*?<target>)([^<]*)(</target>)").matcher(xliff);
    }

    /** The zip, fetched with the browser's session as a click on the download link would. */
    private static Map<String, String> download(ChromeDriver browser) throws Exception {
        HttpResponse<byte[]> response = withSession(browser, "/admin/translation/download");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/zip"), () -> unexpected(response));
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertFalse(files.isEmpty());
        return files;
    }
}
