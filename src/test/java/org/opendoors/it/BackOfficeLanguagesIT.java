package org.opendoors.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opendoors.security.domain.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The back office as new staff meet it in their own language, in a real browser: an admin whose browser speaks
 * Spanish, a translator reading Arabic right to left, a communicator and a publisher passing a text back and forth
 * with a reason. Expected words are read from the staff bundles, so the test checks which language is shown, not
 * one wording. Screenshots go to target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackOfficeLanguagesIT {

    private static final String PASSWORD = "a long password for tests";
    private static final String SCHOOL = "schools/escola-la-sinia/ca.yaml";

    private static PortalProcess portal;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        portal = PortalProcess.startOwn("backoffice-languages", 30);
        base = portal.uri("").toString().replaceAll("/$", "");
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    @Order(1)
    void anAdminWhoseBrowserSpeaksSpanishGetsTheBackOfficeInSpanishWithPrimeFacesTables() {
        ChromeDriver admin = Browser.open("es-ES,es;q=0.9", 1280, 1000);
        try {
            admin.get(base + "/admin/sign-in.xhtml");
            assertEquals("es", admin.findElement(By.tagName("html")).getAttribute("lang"));
            assertTrue(admin.findElement(By.tagName("h1")).getText().contains(text("security", "es", "security.signIn.title")));
            BackOffice.signIn(admin, base, BackOffice.ADMIN, PortalProcess.ADMIN_PASSWORD);
            String menu = admin.findElement(By.cssSelector("nav")).getText();
            assertTrue(menu.contains(text("backoffice", "es", "backoffice.menu.content")), menu);
            assertTrue(menu.contains(text("backoffice", "es", "backoffice.menu.inbox")), menu);

            createUser(admin, "nuria", Role.COMMUNICATOR);
            createUser(admin, "omar", Role.PUBLISHER);
            createUser(admin, "laila", Role.TRANSLATOR);

            // A PrimeFaces table: filtering by typing narrows the rows without a page load.
            admin.get(base + "/admin/users/index.xhtml");
            int before = admin.findElements(By.cssSelector("#users\\:table_data > tr")).size();
            assertTrue(before >= 4, "every account is listed: " + before);
            admin.findElement(By.cssSelector("#users\\:table .ui-column-filter")).sendKeys("lail");
            BackOffice.wait(admin).until(d -> d.findElements(By.cssSelector("#users\\:table_data > tr")).size() == 1);
            assertTrue(admin.findElement(By.cssSelector("#users\\:table_data > tr")).getText().contains("laila"));
            Browser.screenshot(admin, "backoffice-es-users-filtered");

            // laila translates into Arabic.
            admin.get(base + "/admin/users/index.xhtml");
            WebElement row = rowOf(admin, "laila");
            row.findElement(By.cssSelector("input[name$=':workLanguages'][value='ar']")).click();
            BackOffice.submit(admin, row.findElement(By.cssSelector("input[id$=':save']")));
            assertTrue(messages(admin).contains("laila"), messages(admin));
            assertNoPolicyViolations(admin, "the Spanish back office");
            BackOffice.signOut(admin);
        } finally {
            admin.quit();
        }
    }

    @Test
    @Order(2)
    void aTranslatorReadingArabicGetsItRightToLeftAndOnlyWhatHerRoleMayDo() throws Exception {
        ChromeDriver laila = Browser.open("ar", 1280, 1000);
        try {
            BackOffice.signIn(laila, base, "laila", PASSWORD);
            WebElement html = laila.findElement(By.tagName("html"));
            assertEquals("ar", html.getAttribute("lang"));
            assertEquals("rtl", html.getAttribute("dir"));
            String menu = laila.findElement(By.cssSelector("nav")).getText();
            assertTrue(menu.contains(text("backoffice", "ar", "backoffice.menu.translations")), menu);
            assertFalse(menu.contains(text("backoffice", "ar", "backoffice.menu.rules")), "no targeting rules: " + menu);
            assertFalse(menu.contains(text("backoffice", "ar", "backoffice.menu.archive")), "no import: " + menu);
            assertFalse(menu.contains(text("backoffice", "ar", "backoffice.menu.users")), "no users: " + menu);

            // Pages her menu does not name are refused by address too, on our own page, before any typing.
            for (String page : List.of("/admin/content/rules.xhtml", "/admin/content/archive.xhtml",
                    "/admin/content/facts.xhtml?slug=escola-la-sinia", "/admin/users/index.xhtml")) {
                HttpResponse<String> answer = Http.get(portal, page, java.util.Map.of("Cookie", cookies(laila),
                        "Accept-Language", "ar"));
                assertEquals(403, answer.statusCode(), page);
                assertFalse(answer.body().contains("Exception") || answer.body().contains("Payara"), page + ": " + answer.body());
            }

            // The source file opens to read, without a form she could type into and lose.
            laila.get(base + "/admin/content/edit.xhtml?path=" + SCHOOL);
            assertFalse(laila.findElements(By.id("read-only")).isEmpty(), "said to be read-only");
            assertTrue(laila.findElements(By.id("editor:save")).isEmpty(), "no save button on a file she may not save");

            laila.get(base + "/admin/inbox.xhtml");
            assertEquals("rtl", laila.findElement(By.tagName("html")).getAttribute("dir"));
            Browser.screenshot(laila, "backoffice-ar-inbox");
            assertNoPolicyViolations(laila, "the Arabic back office");
            BackOffice.signOut(laila);
        } finally {
            laila.quit();
        }
    }

    @Test
    @Order(3)
    void aPublishersReasonReachesTheAuthorAndAChangedSourceReachesTheTranslatorsInbox() {
        ChromeDriver nuria = Browser.open("es", 1280, 1000);
        ChromeDriver omar = Browser.open("en", 1280, 1000);
        ChromeDriver laila = Browser.open("ar", 1280, 1000);
        try {
            BackOffice.signIn(nuria, base, "nuria", PASSWORD);
            nuria.get(base + "/admin/content/edit.xhtml?path=" + SCHOOL);
            WebElement summary = nuria.findElement(By.cssSelector(".bo-field textarea"));
            summary.sendKeys(" Cada dijous, taller de ràdio obert a les famílies.");
            nuria.findElement(By.id("editor:note")).sendKeys("Taller de ràdio");
            BackOffice.submit(nuria, nuria.findElement(By.id("editor:sendForReview")));
            assertTrue(messages(nuria).contains("«"), "said to be in review, in Spanish: " + messages(nuria));

            BackOffice.signIn(omar, base, "omar", PASSWORD);
            omar.get(base + "/admin/inbox.xhtml");
            assertTrue(omar.findElement(By.id("to-review")).getText().contains("nuria"), "waiting for omar's review");
            omar.get(base + "/admin/review/index.xhtml");
            WebElement section = omar.findElement(By.cssSelector("section[data-path='" + SCHOOL + "']"));
            section.findElement(By.cssSelector("input[id$=':note']")).sendKeys("Digueu a quina hora és el taller.");
            BackOffice.submit(omar, section.findElement(By.cssSelector("input[id$=':sendBack']")));

            nuria.get(base + "/admin/inbox.xhtml");
            String sentBack = nuria.findElement(By.id("sent-back")).getText();
            assertTrue(sentBack.contains("omar") && sentBack.contains("Digueu a quina hora és el taller."), sentBack);
            Browser.screenshot(nuria, "backoffice-es-inbox-sent-back");
            nuria.findElement(By.cssSelector("#sent-back a")).click();
            BackOffice.wait(nuria).until(ExpectedConditions.presenceOfElementLocated(By.id("editor:save")));
            assertTrue(nuria.findElement(By.id("sent-back")).getText().contains("Digueu a quina hora és el taller."));

            // The Catalan source changed: the Arabic translation of this school waits in laila's inbox.
            BackOffice.signIn(laila, base, "laila", PASSWORD);
            laila.get(base + "/admin/inbox.xhtml");
            String mine = laila.findElement(By.id("my-languages")).getText();
            assertTrue(mine.contains("La Sínia") || mine.contains("Sínia"), mine);
            assertTrue(mine.contains(text("inbox", "ar", "inbox.state.stale")), mine);
        } finally {
            nuria.quit();
            omar.quit();
            laila.quit();
        }
    }

    @Test
    @Order(4)
    void noPrimeFacesByteReachesAFamilyPage() throws Exception {
        HttpResponse<String> page = Http.get(portal, "/ca/schools/escola-la-sinia");
        assertEquals(200, page.statusCode());
        assertFalse(page.body().toLowerCase(java.util.Locale.ROOT).contains("primefaces"), "no PrimeFaces on family pages");
        assertFalse(page.body().contains("nonce="), "no script nonce: every family gets the same bytes");
        List<String> policies = page.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy: " + policies);
        assertFalse(policies.get(0).contains("nonce"), policies.get(0));
        assertTrue(policies.get(0).contains("script-src 'self';"), policies.get(0));
    }

    @Test
    @Order(5)
    void theImportersProblemsAreSaidInTheReadersLanguage() throws Exception {
        Path zip = PortalProcess.target().resolve("it-languages-broken-city.zip");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("city.yaml"));
            out.write("- a list\n- where fields belong\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.closeEntry();
        }
        ChromeDriver admin = Browser.open("es-ES,es;q=0.9", 1280, 1000);
        try {
            BackOffice.signIn(admin, base, BackOffice.ADMIN, PortalProcess.ADMIN_PASSWORD);
            admin.get(base + "/admin/content/archive.xhtml");
            WebElement file = admin.findElement(By.id("import:file"));
            assertEquals(null, file.getAttribute("aria-hidden"), "the labelled file field stays visible to screen readers");
            file.sendKeys(zip.toAbsolutePath().toString());
            BackOffice.submit(admin, admin.findElement(By.id("import:check")));
            String report = admin.findElement(By.id("files")).getText();
            String notFields = text("content", "es", "content.problem.fileNotFields");
            assertTrue(report.contains(notFields.substring(0, notFields.indexOf('(')).strip()), report);
            assertFalse(report.contains("must hold fields") || report.contains("is missing"), "no English problem: " + report);
            Browser.screenshot(admin, "backoffice-es-import-problems");
            BackOffice.signOut(admin);
        } finally {
            admin.quit();
        }
    }

    private static void createUser(WebDriver admin, String user, Role role) {
        admin.get(base + "/admin/users/index.xhtml");
        admin.findElement(By.id("newUser:username")).sendKeys(user);
        admin.findElement(By.id("newUser:displayName")).sendKeys(user);
        admin.findElement(By.id("newUser:password")).sendKeys(PASSWORD);
        admin.findElement(By.cssSelector("input[name='newUser:roles'][value='" + role.code() + "']")).click();
        admin.findElement(By.id("newUser:create")).click();
        String created = text("security", "es", "security.users.created").replace("{0}", user);
        BackOffice.wait(admin).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), created));
    }

    private static String cookies(WebDriver driver) {
        return String.join("; ", driver.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue()).toList());
    }

    private static WebElement rowOf(WebDriver driver, String user) {
        for (WebElement row : driver.findElements(By.cssSelector("#users\\:table_data > tr"))) {
            if (row.getText().contains(user)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + user);
    }

    private static String messages(WebDriver driver) {
        List<WebElement> list = driver.findElements(By.id("messages"));
        return list.isEmpty() ? "" : list.get(0).getText();
    }

    /** A script or style the policy blocked would be reported on the console: PrimeFaces must run under it. */
    private static void assertNoPolicyViolations(ChromeDriver driver, String where) {
        List<String> violations = driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
        assertTrue(violations.isEmpty(), where + ": " + violations);
    }

    private static String text(String bundle, String language, String key) {
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("i18n/staff/" + bundle + "_" + language + ".properties"))) {
            texts.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String text = texts.getProperty(key);
        if (text == null) {
            throw new AssertionError("No " + key + " in " + bundle + "_" + language);
        }
        return text;
    }
}
