package org.opendoors.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opendoors.security.domain.Role;
import org.opendoors.testing.Folders;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The back office in a real browser against its own server (it publishes, so it must not change the city other
 * tests read): sign-in, editing a profile, the content guard in Arabic and Russian, two people saving the same
 * file, review and publish, rollback, and what a translator may not do.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackOfficeIT {

    private static final String PASSWORD = "a long password for tests";
    private static final String LA_SINIA_CA = "schools/escola-la-sinia/ca.yaml";
    private static final String NEW_SUMMARY = "Escola d'infantil i primària on els infants investiguen la sínia "
            + "restaurada del pati i cuiden l'hort amb les famílies.";
    private static PortalProcess portal;
    private static String base;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        portal = PortalProcess.startOwn("backoffice", 4);
        base = portal.uri("").toString().replaceAll("/$", "");
        browser = Browser.open("en", 1280, 1000);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        portal.close();
    }

    @Test
    @Order(1)
    void signedOutBackOfficePagesSendToSignIn() throws Exception {
        for (String page : List.of("/admin/index.xhtml", "/admin/content/edit.xhtml?path=" + LA_SINIA_CA,
                "/admin/review/index.xhtml", "/admin/users/index.xhtml", "/admin/audit/index.xhtml")) {
            HttpResponse<String> response = Http.get(portal, page);
            assertEquals(302, response.statusCode(), page);
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/admin/sign-in.xhtml"), page);
        }
        HttpResponse<String> family = Http.get(portal, "/ca/");
        assertEquals(200, family.statusCode());
        assertTrue(family.headers().allValues("Set-Cookie").isEmpty(), "family pages never start a session");
    }

    @Test
    @Order(2)
    void theAdminCreatesTheTeam() {
        BackOffice.signIn(browser, base, BackOffice.ADMIN, PortalProcess.ADMIN_PASSWORD);
        BackOffice.createUser(browser, base, "marta", PASSWORD, Role.COMMUNICATOR);
        BackOffice.createUser(browser, base, "pau", PASSWORD, Role.COMMUNICATOR);
        BackOffice.createUser(browser, base, "joan", PASSWORD, Role.PUBLISHER);
        BackOffice.createUser(browser, base, "amina", PASSWORD, Role.TRANSLATOR);
        BackOffice.createUser(browser, base, "lluis", PASSWORD, Role.COMMUNICATOR);
        BackOffice.signOut(browser);
    }

    @Test
    @Order(3)
    void aWrongPasswordIsRefusedAndRepeatedFailuresAreThrottled() {
        WebDriver other = Browser.open("en", 1000, 800);
        try {
            for (int attempt = 1; attempt <= 5; attempt++) {
                trySignIn(other, "lluis", "not the password " + attempt);
                assertTrue(messages(other).contains("not right"), messages(other));
            }
            trySignIn(other, "lluis", PASSWORD);
            assertTrue(messages(other).contains("Too many failed sign-ins"), messages(other));
            assertTrue(other.findElements(By.id("account:signOut")).isEmpty(), "the right password must wait too");
        } finally {
            other.quit();
        }
    }

    @Test
    @Order(4)
    void aCommunicatorEditsAProfileAndSendsItForReview() {
        BackOffice.signIn(browser, base, "marta", PASSWORD);
        openEditor(browser, LA_SINIA_CA);
        WebElement summary = field(browser, "summary");
        summary.clear();
        summary.sendKeys(NEW_SUMMARY);
        save(browser, "Resum més concret");
        assertTrue(messages(browser).contains("Saved as version 2"), messages(browser));
        sendForReview(browser, LA_SINIA_CA);
        String arabic = browser.findElement(By.cssSelector("tr[data-lang='ar'] .translation-status")).getText();
        assertTrue(arabic.contains("Stale") && arabic.contains("summary"), "the source changed after the translation: " + arabic);
        String russian = browser.findElement(By.cssSelector("tr[data-lang='ru'] .translation-status")).getText();
        assertTrue(russian.contains("Stale"), russian);
        browser.get(base + "/admin/content/translations.xhtml?lang=ar");
        assertTrue(Integer.parseInt(browser.findElement(By.cssSelector("#content-counts tr.bo-lang-ar .stale")).getText()) >= 1);
        assertTrue(browser.findElement(By.id("content-work")).getText().contains("schools/escola-la-sinia/ar.yaml"));
        assertFalse(Http.getQuietly(portal, "/ca/schools/escola-la-sinia").contains(NEW_SUMMARY),
                "families never see a version before it is published");
    }

    @Test
    @Order(5)
    void theGuardRefusesARankingInArabicAndRussianAndSaysWhy() {
        openEditor(browser, "schools/escola-la-sinia/ar.yaml");
        WebElement arabic = field(browser, "summary");
        arabic.clear();
        arabic.sendKeys("نحن أفضل مدرسة في Vallmar.");
        save(browser, "");
        String problems = browser.findElement(By.id("problems")).getText();
        assertTrue(problems.contains("أفضل") && problems.contains("(ranking)"), problems);
        assertTrue(problems.contains("Instead"), "the guard suggests an asset-based wording: " + problems);
        assertEquals("نحن أفضل مدرسة في Vallmar.", field(browser, "summary").getAttribute("value"),
                "what was typed stays in the box");

        openEditor(browser, "schools/escola-la-sinia/ru.yaml");
        WebElement russian = field(browser, "diversity_inclusion");
        russian.clear();
        russian.sendKeys("В нашей школе 40% учеников — мигранты.");
        save(browser, "");
        problems = browser.findElement(By.id("problems")).getText();
        assertTrue(problems.contains("40%"), problems);
        assertTrue(browser.findElement(By.id("state")).getText().contains("version 1"), "nothing was saved");
    }

    @Test
    @Order(6)
    void twoPeopleSavingTheSameFileLoseNothing() {
        String path = "schools/escola-el-moll/es.yaml";
        ChromeDriver pau = Browser.open("en", 1280, 1000);
        try {
            openEditor(browser, path);
            BackOffice.signIn(pau, base, "pau", PASSWORD);
            openEditor(pau, path);
            field(pau, "summary").clear();
            field(pau, "summary").sendKeys("Resumen escrito por Pau.");
            field(pau, "daily_life").sendKeys("\n\nPau añade: el comedor abre a las 12:30.");
            save(pau, "Pau");
            assertTrue(messages(pau).contains("Saved as version 2"), messages(pau));

            field(browser, "summary").clear();
            field(browser, "summary").sendKeys("Resumen escrito por Marta.");
            save(browser, "Marta");
            String conflict = messages(browser);
            assertTrue(conflict.contains("pau saved version 2"), conflict);
            assertTrue(conflict.contains("You both changed: Summary"), conflict);
            assertTrue(field(browser, "daily_life").getAttribute("value").contains("Pau añade"),
                    "Pau's change to a text Marta did not touch is merged into her form");
            assertEquals("Resumen escrito por Marta.", field(browser, "summary").getAttribute("value"));
            assertTrue(browser.findElement(By.cssSelector(".bo-theirs")).getText().contains("Resumen escrito por Pau."));

            field(browser, "summary").clear();
            field(browser, "summary").sendKeys("Resumen de Marta y Pau.");
            save(browser, "Merged with Pau's");
            assertTrue(messages(browser).contains("Saved as version 3"), messages(browser));
            openEditor(pau, path);
            assertEquals("Resumen de Marta y Pau.", field(pau, "summary").getAttribute("value"));
            assertTrue(field(pau, "daily_life").getAttribute("value").contains("Pau añade"));
        } finally {
            pau.quit();
        }
    }

    @Test
    @Order(7)
    void aFormWithAForgedOrMissingViewStateIsRefused() {
        openEditor(browser, LA_SINIA_CA);
        field(browser, "summary").sendKeys(" Forged.");
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector(\"#editor input[name='jakarta.faces.ViewState']\").value = '123:456';");
        submit(browser, browser.findElement(By.id("editor:save")));
        assertTrue(browser.getPageSource().contains("This form was refused"), browser.getPageSource());

        openEditor(browser, LA_SINIA_CA);
        field(browser, "summary").sendKeys(" Missing.");
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelector(\"#editor input[name='jakarta.faces.ViewState']\").remove();");
        submit(browser, browser.findElement(By.id("editor:save")));
        assertTrue(browser.getPageSource().contains("This form was refused"), browser.getPageSource());
        openEditor(browser, LA_SINIA_CA);
        assertTrue(browser.findElement(By.id("state")).getText().contains("version 2"), "neither post saved anything");
        assertFalse(field(browser, "summary").getAttribute("value").contains("Forged"));
    }

    @Test
    @Order(8)
    void aTranslatorMayTranslateButNeverPublish() throws Exception {
        BackOffice.signOut(browser);
        BackOffice.signIn(browser, base, "amina", PASSWORD);
        assertTrue(browser.findElements(By.linkText("Review")).isEmpty());
        browser.get(base + "/admin/review/index.xhtml");
        assertFalse(browser.getPageSource().contains("Publish"), "a translator never reaches the publish buttons");
        assertTrue(browser.findElements(By.id("review")).isEmpty());

        // The facts open to read, with nothing to type into and lose: translators change the other languages only.
        browser.get(base + "/admin/content/edit.xhtml?path=schools/escola-la-sinia/school.yaml");
        BackOffice.wait(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("read-only")));
        assertTrue(browser.findElements(By.id("editor:save")).isEmpty(), "no save button for a file she may not save");
        assertEquals("true", browser.findElement(By.id("editor:file")).getAttribute("readonly"));

        openEditor(browser, "schools/escola-la-sinia/fr.yaml");
        field(browser, "summary").sendKeys(" Bienvenue !");
        save(browser, "Traduction");
        assertTrue(messages(browser).contains("Saved as version 2"), messages(browser));
        BackOffice.signOut(browser);
    }

    @Test
    @Order(9)
    void aPublisherPublishesAndFamiliesSeeIt() {
        BackOffice.signIn(browser, base, "joan", PASSWORD);
        browser.get(base + "/admin/review/index.xhtml");
        WebElement waiting = browser.findElement(By.cssSelector("section[data-path='" + LA_SINIA_CA + "']"));
        assertTrue(waiting.getText().contains(NEW_SUMMARY), waiting.getText());
        submit(browser, waiting.findElement(By.cssSelector("input[value='Publish']")));
        assertTrue(messages(browser).contains("Published " + LA_SINIA_CA), messages(browser));
        assertTrue(familyPage("/ca/schools/escola-la-sinia").contains(NEW_SUMMARY),
                "families see the published version at once");
        BackOffice.signOut(browser);
    }

    @Test
    @Order(10)
    void aCommunicatorRollsBackAndThePublisherPublishesTheOldText() {
        BackOffice.signIn(browser, base, "marta", PASSWORD);
        browser.get(base + "/admin/content/history.xhtml?path=" + LA_SINIA_CA + "&older=1&newer=2");
        assertTrue(browser.findElement(By.id("changes")).getText().contains(NEW_SUMMARY));
        submitConfirmed(browser, browser.findElement(By.cssSelector("tr[data-version='1'] button[id$=':rollBack']")));
        assertTrue(messages(browser).contains("Version 3 restores version 1"), messages(browser));
        browser.get(base + "/admin/content/item.xhtml?item=schools/escola-la-sinia");
        sendForReview(browser, LA_SINIA_CA);
        BackOffice.signOut(browser);

        BackOffice.signIn(browser, base, "joan", PASSWORD);
        browser.get(base + "/admin/review/index.xhtml");
        submit(browser, browser.findElement(By.cssSelector("section[data-path='" + LA_SINIA_CA + "'] input[value='Publish']")));
        assertTrue(messages(browser).contains("Published"), messages(browser));
        String page = familyPage("/ca/schools/escola-la-sinia");
        assertFalse(page.contains(NEW_SUMMARY), "the rolled-back text is gone from the family page");
        assertTrue(page.contains("Els infants investiguen l'aigua"), "the first version is back");
        BackOffice.signOut(browser);
    }

    @Test
    @Order(11)
    void aDraftCanBePreviewedAsAFamilyInAnyLanguageWithAnswersButFamiliesNeverSeeIt() throws Exception {
        String draft = "یہ مسودہ ابھی شائع نہیں ہوا۔";
        BackOffice.signIn(browser, base, "marta", PASSWORD);
        openEditor(browser, "schools/escola-la-sinia/ur.yaml");
        field(browser, "summary").clear();
        field(browser, "summary").sendKeys(draft);
        save(browser, "Urdu draft");
        assertTrue(messages(browser).contains("Saved as version"), messages(browser));

        browser.get(base + "/admin/preview/ur/schools/escola-la-sinia");
        assertTrue(browser.getPageSource().contains(draft), "the preview shows the draft");
        assertEquals("rtl", browser.findElement(By.tagName("html")).getAttribute("dir"));
        assertFalse(Http.getQuietly(portal, "/ur/schools/escola-la-sinia").contains(draft), "families do not");

        browser.get(base + "/admin/preview/ur/guide?newcomer=yes");
        assertTrue(browser.getPageSource().contains("کیا آپ Vallmar میں نئے آئے ہیں؟"),
                "the answers choose the targeted blocks in the preview");
        browser.get(base + "/admin/preview/ur/guide");
        assertFalse(browser.getPageSource().contains("کیا آپ Vallmar میں نئے آئے ہیں؟"));

        HttpResponse<String> signedOut = Http.get(portal, "/admin/preview/ur/schools/escola-la-sinia");
        assertEquals(302, signedOut.statusCode(), "previews need a sign-in");
    }

    @Test
    @Order(12)
    void theSimulatorShowsWhatANewcomerFamilyReadingUrduSeesAndFollowsAnEditedRule() {
        browser.get(base + "/admin/content/rules.xhtml");
        simulate("ur", "yes");
        assertFalse(browser.findElements(By.cssSelector("#simulated li[data-block='welcome-newcomers']")).isEmpty(),
                browser.findElement(By.tagName("main")).getText());

        browser.get(base + "/admin/content/rules.xhtml?block=welcome-newcomers");
        browser.findElement(By.cssSelector("input[name='rule:newcomer'][value='no']")).click();
        browser.findElement(By.id("rule:note")).sendKeys("Try: only families who are not new");
        submit(browser, browser.findElement(By.id("rule:save")));
        assertTrue(messages(browser).contains("Saved as version 2"), messages(browser));
        simulate("ur", "yes");
        assertTrue(browser.findElements(By.cssSelector("#simulated li[data-block='welcome-newcomers']")).isEmpty(),
                "the simulator follows the draft rule");
    }

    @Test
    @Order(13)
    void pastedScriptsEventHandlersAndJavascriptLinksAreNeitherStoredNorRun() {
        String path = "schools/escola-el-moll/ca.yaml";
        openEditor(browser, path);
        field(browser, "summary").clear();
        field(browser, "summary").sendKeys("Visiteu-nos <script>alert('x')</script><img src=x onerror=alert(1)> "
                + "<a href=\"javascript:alert(2)\">aquí</a> i <strong>dimarts</strong>.");
        save(browser, "Pasted from a web page");
        assertTrue(messages(browser).contains("Saved as version"), messages(browser));
        openEditor(browser, path);
        String stored = field(browser, "summary").getAttribute("value");
        assertTrue(stored.contains("Visiteu-nos") && stored.contains("**dimarts**"), stored);
        for (String bad : List.of("<script", "onerror", "javascript:", "<img", "alert(1)")) {
            assertFalse(stored.toLowerCase(java.util.Locale.ROOT).contains(bad), bad + " stored in: " + stored);
        }
        sendForReview(browser, path);
        BackOffice.signOut(browser);
        BackOffice.signIn(browser, base, "joan", PASSWORD);
        browser.get(base + "/admin/review/index.xhtml");
        submit(browser, browser.findElement(By.cssSelector("section[data-path='" + path + "'] input[value='Publish']")));
        assertTrue(messages(browser).contains("Published"), messages(browser));
        String page = familyPage("/ca/schools/escola-el-moll");
        assertTrue(page.contains("Visiteu-nos") && page.contains("dimarts"), "the text itself is kept");
        assertFalse(page.contains("<script>alert"));
        assertFalse(page.contains("onerror"));
        assertFalse(page.contains("javascript:"));
        BackOffice.signOut(browser);
    }

    @Test
    @Order(14)
    void aPublisherImportsAWholeCityOnlyWhenEveryFilePasses() throws Exception {
        Path folder = PortalProcess.target().resolve("it-backoffice-import");
        PortalProcess.deleteRecursively(folder);
        Folders.copy(Path.of(System.getProperty("opendoors.content", "content")), folder);
        Path russian = folder.resolve("schools/escola-les-fonts/ru.yaml");
        String original = Files.readString(russian);
        Files.writeString(russian, original.replace("Школа, где важен каждый домашний язык",
                "Это худшая школа района, но"));
        Path refused = zip(folder, "refused.zip");
        Files.writeString(russian, original);
        Path catalan = folder.resolve("schools/escola-les-fonts/ca.yaml");
        Files.writeString(catalan, Files.readString(catalan).replace("Una escola on cada llengua de casa compta",
                "Una escola on totes les llengües de casa compten"));
        Path accepted = zip(folder, "accepted.zip");

        BackOffice.signIn(browser, base, "joan", PASSWORD);
        checkUpload(refused);
        String report = browser.findElement(By.id("report")).getText();
        assertTrue(report.contains("schools/escola-les-fonts/ru.yaml") && report.contains("худшая школа"), report);
        assertTrue(browser.findElements(By.id("apply:apply")).isEmpty(), "a refused city cannot be applied");

        checkUpload(accepted);
        report = browser.findElement(By.id("files")).getText();
        assertTrue(report.contains("schools/escola-les-fonts/ca.yaml") && report.contains("changed"), report);
        submitConfirmed(browser, browser.findElement(By.id("apply:apply")));
        assertTrue(messages(browser).contains("Imported and published"), messages(browser));
        assertTrue(familyPage("/ca/schools/escola-les-fonts").contains("totes les llengües de casa compten"));
        BackOffice.signOut(browser);
    }

    @Test
    @Order(15)
    void aCommunicatorEditsASchoolsFactsInAForm() {
        BackOffice.signIn(browser, base, "marta", PASSWORD);
        browser.get(base + "/admin/content/facts.xhtml?slug=escola-la-sinia");
        String form = browser.findElement(By.id("facts")).getText();
        assertTrue(form.contains("Learning through projects") && form.contains("Publicly funded private school"),
                "the form speaks the families' words");
        assertFalse(form.contains("project_based") || form.contains("publicly_funded_private"), "no raw codes: " + form);
        WebElement phone = browser.findElement(By.id("facts:phone"));
        phone.clear();
        phone.sendKeys("+34 930 45 21 99");
        browser.findElement(By.id("facts:note")).sendKeys("New phone line");
        submit(browser, browser.findElement(By.id("facts:save")));
        assertTrue(messages(browser).contains("Saved as version 2"), messages(browser));

        WebElement lat = browser.findElement(By.id("facts:lat"));
        lat.clear();
        lat.sendKeys("40.0");
        submit(browser, browser.findElement(By.id("facts:save")));
        assertTrue(browser.findElement(By.id("problems")).getText().contains("location"),
                "a school outside its district is refused by the importer's own check");
        assertEquals("40.0", browser.findElement(By.id("facts:lat")).getAttribute("value"), "nothing typed is lost");
        BackOffice.signOut(browser);
    }

    /** Two schools of El Turó hold their open day at the same hour on the same Saturday: the communicators are told. */
    @Test
    @Order(16)
    void openDaysAtTheSameTimeInOneDistrictAreShownToCommunicators() {
        BackOffice.signIn(browser, base, "marta", PASSWORD);
        browser.get(base + "/admin/index.xhtml");
        String panel = browser.findElement(By.id("open-day-clashes")).getText();
        assertTrue(panel.contains("El Turó: Col·legi Mare de Déu del Turó and Escola Turó Alt"), panel);
        assertTrue(panel.contains("January 23, 2027"), panel);
        assertFalse(panel.contains("Escola Les Fonts"), "schools of other districts are not a district's clash: " + panel);
        Browser.screenshot(browser, "backoffice-open-day-clashes");

        browser.findElement(By.id("open-day-clashes")).findElement(By.linkText("Escola Turó Alt")).click();
        Browser.screenshot(browser, "backoffice-facts-open-day-clash");
        assertTrue(browser.findElement(By.id("open-day-clashes")).getText()
                .contains("Col·legi Mare de Déu del Turó, same district"));
        WebElement days = browser.findElement(By.id("facts:openDays"));
        days.clear();
        days.sendKeys("2027-01-23 15:00-17:00\n2027-02-17 17:00-18:30");
        submit(browser, browser.findElement(By.id("facts:save")));
        assertTrue(browser.findElements(By.id("open-day-clashes")).isEmpty(),
                "a time that no longer overlaps is no longer a clash");
        BackOffice.signOut(browser);
    }

    /** An import lists the unpublished work it would supersede and applies only once the publisher confirms. */
    @Test
    @Order(17)
    void anImportListsTheUnpublishedWorkItWouldSupersedeAndAsksFirst() throws Exception {
        BackOffice.signIn(browser, base, "marta", PASSWORD);
        openEditor(browser, "schools/escola-la-riera/ca.yaml");
        WebElement riera = field(browser, "summary");
        riera.clear();
        riera.sendKeys("Esborrany de la Marta sobre la riera i l'hort.");
        save(browser, "Esborrany");
        openEditor(browser, "schools/escola-el-moll/ca.yaml");
        WebElement moll = field(browser, "summary");
        moll.clear();
        moll.sendKeys("Esborrany de la Marta sobre el moll i les barques.");
        save(browser, "Esborrany");
        BackOffice.signOut(browser);

        Path folder = PortalProcess.target().resolve("it-backoffice-import-drafts");
        PortalProcess.deleteRecursively(folder);
        Folders.copy(Path.of(System.getProperty("opendoors.content", "content")), folder);
        Path changed = folder.resolve("schools/escola-la-riera/ca.yaml");
        Files.writeString(changed, Files.readString(changed).replaceFirst("summary: >-\n  ",
                "summary: >-\n  Una escola oberta al barri. "));
        Path upload = zip(folder, "drafts.zip");

        BackOffice.signIn(browser, base, "joan", PASSWORD);
        checkUpload(upload);
        String atRisk = browser.findElement(By.id("drafts-at-risk")).getText();
        assertTrue(atRisk.contains("schools/escola-la-riera/ca.yaml") && atRisk.contains("marta"), atRisk);
        assertFalse(atRisk.contains("schools/escola-el-moll/ca.yaml"), "a file the import leaves as it is keeps its draft");
        Browser.screenshot(browser, "backoffice-import-drafts-at-risk");

        submitConfirmed(browser, browser.findElement(By.id("apply:apply")));
        assertTrue(messages(browser).contains("Tick the box to confirm"), messages(browser));
        browser.findElement(By.id("apply:confirmDrafts")).click();
        submitConfirmed(browser, browser.findElement(By.id("apply:apply")));
        assertTrue(messages(browser).contains("Imported and published"), messages(browser));
        assertTrue(familyPage("/ca/schools/escola-la-riera").contains("Una escola oberta al barri."));
        BackOffice.signOut(browser);

        BackOffice.signIn(browser, base, "marta", PASSWORD);
        openEditor(browser, "schools/escola-el-moll/ca.yaml");
        assertEquals("Esborrany de la Marta sobre el moll i les barques.", field(browser, "summary").getAttribute("value"),
                "the draft on a file the import left alone is still the text being worked on");
        BackOffice.signOut(browser);
    }

    /**
     * A communicator adds a phone photo: what is kept carries none of its metadata, the other languages'
     * descriptions become translation tasks, families see nothing before publishing, a file that is no photo is
     * refused, and a translator may not add photos.
     */
    @Test
    @Order(18)
    void aPhotoIsKeptWithoutItsMetadataAndWaitsForItsDescriptions() throws Exception {
        java.awt.image.BufferedImage drawing = new java.awt.image.BufferedImage(1000, 700,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(drawing, "jpeg", jpeg);
        Path phonePhoto = PortalProcess.target().resolve("it-phone-photo.jpg");
        Files.write(phonePhoto, org.opendoors.testing.Photos.withGpsExif(jpeg.toByteArray()));
        Path notAPhoto = PortalProcess.target().resolve("it-not-a-photo.jpg");
        Files.writeString(notAPhoto, "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

        BackOffice.signIn(browser, base, "marta", PASSWORD);
        browser.get(base + "/admin/content/item.xhtml?item=schools/escola-la-sinia");
        browser.findElement(By.id("photos-link")).click();
        uploadPhoto(notAPhoto, "mural", "El mural del pati.");
        assertTrue(messages(browser).contains("a text file (SVG, HTML or XML)"), messages(browser));

        uploadPhoto(phonePhoto, "music-room", "La sala de música, amb el piano i les guitarres.");
        assertTrue(messages(browser).contains("every piece of metadata removed"), messages(browser));
        WebElement added = browser.findElement(By.cssSelector("[data-photo='music-room']"));
        assertTrue(added.getText().contains("Not shown to families until it is described in: Español, English, Français, العربية, اردو, 中文, Русский"),
                added.getText());
        String kept = (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {"
                        + "let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); });",
                added.findElement(By.tagName("img")).getDomAttribute("src"));
        byte[] stored = java.util.Base64.getDecoder().decode(kept);
        org.opendoors.content.media.KeptPhoto photo = org.opendoors.content.media.KeptPhoto.check(stored);
        assertEquals(700, photo.width(), "turned upright as its EXIF asked");
        assertFalse(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1).contains("SecretCam"));
        Browser.screenshot(browser, "backoffice-school-photos");
        assertEquals(2, count(familyPage("/ca/schools/escola-la-sinia"), "<picture>"), "a draft photo is not shown");
        BackOffice.signOut(browser);

        BackOffice.signIn(browser, base, "amina", PASSWORD);
        browser.get(base + "/admin/content/photos.xhtml?slug=escola-la-sinia");
        // A translator's menu has no photos page, and its address opens our refusal, not a form to fill in first.
        assertTrue(browser.findElements(By.id("upload:file")).isEmpty(), "a translator is refused the photos page");
        assertTrue(browser.findElements(By.id("remove:remove")).isEmpty(), "only publishers remove photos");
        assertFalse(browser.getPageSource().contains("Exception"), "our own page");
        browser.get(base + "/admin/inbox.xhtml");
        BackOffice.signOut(browser);

        // Consent withdrawn: a publisher removes a published photo, and families stop seeing it at once.
        String family = familyPage("/ca/schools/escola-la-sinia");
        java.util.regex.Matcher building = java.util.regex.Pattern.compile("(/photos/[0-9a-f]{64})-480\\.webp").matcher(family);
        assertTrue(building.find(), "the published photos are shown");
        assertEquals(200, Http.get(portal, building.group(1) + "-480.jpg").statusCode());
        BackOffice.signIn(browser, base, "joan", PASSWORD);
        browser.get(base + "/admin/content/photos.xhtml?slug=escola-la-sinia");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("remove:photo"))).selectByValue("building");
        browser.findElement(By.id("remove:reason")).sendKeys("La família ha retirat el consentiment.");
        submitConfirmed(browser, browser.findElement(By.id("remove:remove")));
        assertTrue(messages(browser).contains("Tick the box"), messages(browser));
        browser.findElement(By.id("remove:confirm")).click();
        submitConfirmed(browser, browser.findElement(By.id("remove:remove")));
        assertTrue(messages(browser).contains("every version of it are deleted"), messages(browser));
        assertTrue(browser.findElements(By.cssSelector("[data-photo='building']")).isEmpty());
        assertEquals(1, count(familyPage("/ca/schools/escola-la-sinia"), "<picture>"), "the removed photo is gone");
        assertEquals(404, Http.get(portal, building.group(1) + "-480.jpg").statusCode(), "and so is its address");
        BackOffice.signOut(browser);
    }

    /** The video guide is replaced by an upload that must be a WebM; its captions are edited with the guide. */
    @Test
    @Order(19)
    void theVideoGuideIsReplacedOnlyByAWebmVideo() throws Exception {
        Path notAVideo = PortalProcess.target().resolve("it-not-a-video.webm");
        Files.writeString(notAVideo, "<html><body>not a video</body></html>".repeat(4));
        BackOffice.signIn(browser, base, "marta", PASSWORD);
        browser.get(base + "/admin/content/item.xhtml?item=guide");
        browser.findElement(By.id("video-link")).click();
        assertTrue(browser.findElement(By.id("video-state")).getText().contains("families see version"),
                browser.findElement(By.id("video-state")).getText());
        Number duration = (Number) ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; const v = document.querySelector('video.bo-video');"
                        + "if (v.readyState >= 1) done(v.duration); else v.addEventListener('loadedmetadata', () => done(v.duration));");
        assertTrue(duration.doubleValue() > 30, "staff watch the newest version: " + duration);

        browser.findElement(By.id("upload:file")).sendKeys(notAVideo.toAbsolutePath().toString());
        submit(browser, browser.findElement(By.id("upload:save")));
        assertTrue(messages(browser).contains("not a WebM video"), messages(browser));
        browser.findElement(By.id("upload:file")).sendKeys(Path.of("content/guide/video.webm").toAbsolutePath().toString());
        submit(browser, browser.findElement(By.id("upload:save")));
        assertTrue(messages(browser).contains("This is the video already saved."), messages(browser));
        Browser.screenshot(browser, "backoffice-video-guide");
        browser.get(base + "/admin/content/history.xhtml?path=guide/video.webm");
        String versions = browser.findElement(By.id("versions")).getText();
        assertTrue(versions.matches("(?s).*[A-Z][a-z]{2} \\d{1,2}, 20\\d\\d, \\d{1,2}:\\d\\d.*"), "dates as people write them: " + versions);
        assertFalse(versions.matches("(?s).*\\d{4}-\\d\\d-\\d\\dT.*"), "no ISO instants: " + versions);
        BackOffice.signOut(browser);
        BackOffice.signIn(browser, base, BackOffice.ADMIN, PortalProcess.ADMIN_PASSWORD);
        browser.get(base + "/admin/audit/index.xhtml");
        String audit = browser.getPageSource();
        assertTrue(audit.contains("this server ("), "the test's requests come from the server itself: said so");
        assertFalse(java.util.regex.Pattern.compile("<td[^>]*>(0:0:0:0:0:0:0:1|127\\.0\\.0\\.1)</td>").matcher(audit).find(),
                "no bare loopback");
        BackOffice.signOut(browser);
    }

    private static void uploadPhoto(Path file, String id, String description) {
        browser.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        WebElement name = browser.findElement(By.id("upload:photoId"));
        name.clear();
        name.sendKeys(id);
        WebElement text = browser.findElement(By.id("upload:description"));
        text.clear();
        text.sendKeys(description);
        submit(browser, browser.findElement(By.id("upload:save")));
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    /** A publisher uploads a content folder and has it checked. */
    private static void checkUpload(Path zip) {
        browser.get(base + "/admin/content/archive.xhtml");
        WebElement file = browser.findElement(By.id("import:file"));
        assertEquals(Boolean.TRUE, browser.executeScript("return !!(window.PrimeFaces && PrimeFaces.widgets.widget_import_file)"),
                "PrimeFaces' file upload");
        assertNull(file.getAttribute("aria-hidden"), "the labelled file field stays visible to screen readers");
        file.sendKeys(zip.toAbsolutePath().toString());
        submit(browser, browser.findElement(By.id("import:check")));
    }

    private static Path zip(Path folder, String name) throws java.io.IOException {
        Path zip = PortalProcess.target().resolve(name);
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
             java.util.stream.Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new java.util.zip.ZipEntry("content/" + folder.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    private static void simulate(String language, String newcomer) {
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("simulator:page"))).selectByValue("guide");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("simulator:language"))).selectByValue(language);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("simulator:newcomer"))).selectByValue(newcomer);
        submit(browser, browser.findElement(By.id("simulator:simulate")));
    }

    private static void trySignIn(WebDriver driver, String user, String password) {
        driver.get(base + "/admin/sign-in.xhtml");
        driver.findElement(By.id("signIn:username")).sendKeys(user);
        driver.findElement(By.id("signIn:password")).sendKeys(password);
        submit(driver, driver.findElement(By.id("signIn:submit")));
    }

    private static final java.util.Properties EDITORIAL_ENGLISH = new java.util.Properties();

    static {
        try (var in = java.nio.file.Files.newBufferedReader(Path.of("i18n/staff/editorial.properties"))) {
            EDITORIAL_ENGLISH.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void openEditor(WebDriver driver, String path) {
        driver.get(base + "/admin/content/edit.xhtml?path=" + path);
        BackOffice.wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("editor:save")));
    }

    /** The text box of a field, found by its label's text: the field's name in the back office's English bundle. */
    private static WebElement field(WebDriver driver, String name) {
        String words = EDITORIAL_ENGLISH.getProperty("editorial.field." + name, name.replace('_', ' '));
        String label = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        for (WebElement candidate : driver.findElements(By.cssSelector(".bo-field label"))) {
            if (candidate.getText().strip().equals(label)) {
                return driver.findElement(By.id(candidate.getAttribute("for")));
            }
        }
        throw new AssertionError("No field labelled " + label + " on " + driver.getCurrentUrl());
    }

    private static void save(WebDriver driver, String note) {
        WebElement noteBox = driver.findElement(By.id("editor:note"));
        noteBox.clear();
        noteBox.sendKeys(note);
        submit(driver, driver.findElement(By.id("editor:save")));
    }

    private static void sendForReview(WebDriver driver, String path) {
        driver.get(base + "/admin/content/item.xhtml?item=" + path.substring(0, path.lastIndexOf('/')));
        WebElement row = driver.findElement(By.cssSelector("tr[data-lang='" + path.substring(path.lastIndexOf('/') + 1, path.lastIndexOf('.')) + "']"));
        submit(driver, row.findElement(By.cssSelector("input[value='Send for review']")));
        assertTrue(messages(driver).contains("is in review"), messages(driver));
    }

    /** Presses a button that posts its form and waits for the answer page, so nothing is read from the old one. */
    private static void submit(WebDriver driver, WebElement button) {
        BackOffice.submit(driver, button);
        BackOffice.wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
    }

    /** The same for a button that asks first: its dialog is answered "yes". */
    private static void submitConfirmed(WebDriver driver, WebElement button) {
        BackOffice.submitConfirmed(driver, button);
        BackOffice.wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
    }

    private static String messages(WebDriver driver) {
        List<WebElement> list = driver.findElements(By.id("messages"));
        return list.isEmpty() ? "" : list.get(0).getText();
    }

    /** A family page's HTML with apostrophes as typed, whichever way the page escapes them. */
    private static String familyPage(String path) {
        return Http.getQuietly(portal, path).replace("&#39;", "'").replace("&#039;", "'").replace("&apos;", "'");
    }
}
