package org.opendoors.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opendoors.i18n.domain.SupportedLanguage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a family does with JavaScript on: live list, map, shortlist, answers that follow it, printing, weight. */
class FamilyBrowserIT {

    private static final long PROFILE_BUDGET_BYTES = 150 * 1024;
    /** Where a search's first result may start on a phone, in screens: the form and the map come first. */
    private static final double FIRST_RESULT_WITHIN_SCREENS = 1.5;
    /** The printed guide, A4: it was 6 to 8 pages with a half-empty first page. */
    private static final int MOST_GUIDE_PAGES = 6;
    private static PortalProcess portal;
    private ChromeDriver browser;

    @BeforeAll
    static void startPortal() {
        portal = PortalProcess.shared();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open("ca", 412, 915);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void theListUpdatesWithoutAFullReloadAndBackWorks() {
        browser.get(portal.uri("/ca/schools").toString());
        browser.executeScript("window.sameDocument = true;");
        WebElement search = browser.findElement(By.id("q"));
        search.sendKeys("fabra");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(driver -> browser.findElements(By.cssSelector(".school-card__name a")).size() == 1);

        assertEquals(Boolean.TRUE, browser.executeScript("return window.sameDocument === true"), "the page was reloaded");
        assertTrue(browser.getCurrentUrl().endsWith("/ca/schools?q=fabra"), browser.getCurrentUrl());
        assertEquals("Escola Joan Fàbra", browser.findElement(By.cssSelector(".school-card__name a")).getText());
        Browser.screenshot(browser, "finder-live-ca");

        browser.navigate().back();
        wait.until(driver -> browser.findElements(By.cssSelector(".school-card__name a")).size() == 42);
    }

    @Test
    void theMapShowsDistrictsAndSchoolsWithoutAnyTileServer() {
        browser.get(portal.uri("/ca/schools?place=les-fonts").toString());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(driver -> browser.findElements(By.cssSelector(".map .leaflet-interactive")).size() >= 48);
        assertTrue(browser.findElements(By.cssSelector(".leaflet-tile")).isEmpty(), "no tiles are loaded in tests");
        // Labelled: every district's name is on the map, and a legend says what the dots are.
        assertEquals(6, browser.findElements(By.cssSelector(".map .leaflet-tooltip.map-label")).size());
        WebElement legend = browser.findElement(By.cssSelector(".map-legend"));
        assertTrue(legend.isDisplayed());
        assertTrue(legend.getText().contains("Escola de proximitat") && legend.getText().contains("El lloc que ha triat"),
                legend.getText());
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.cssSelector(".map")));
        Browser.screenshot(browser, "finder-map-ca");

        browser.get(portal.uri("/ar/schools/escola-la-sinia").toString());
        wait.until(driver -> !browser.findElements(By.cssSelector(".map .leaflet-tooltip")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector(".map .leaflet-tooltip")).stream()
                .anyMatch(label -> label.getText().equals("Escola La Sínia")), "the school's map names it");
        WebElement directions = browser.findElement(By.cssSelector(".map-directions a"));
        assertTrue(directions.getDomAttribute("href").startsWith("geo:41.42697,1.67201?q="), directions.getDomAttribute("href"));
        browser.executeScript("arguments[0].scrollIntoView()", directions);
        Browser.screenshot(browser, "profile-map-ar");
    }

    @Test
    void theShortlistIsKeptInTheBrowserAndPrints() throws Exception {
        browser.get(portal.uri("/es/schools/escola-el-moll").toString());
        WebElement toggle = browser.findElement(By.cssSelector(".shortlist-toggle"));
        toggle.click();
        assertEquals("true", toggle.getDomAttribute("aria-pressed"));
        browser.get(portal.uri("/es/schools/escola-la-sinia").toString());
        browser.findElement(By.cssSelector(".shortlist-toggle")).click();

        browser.findElement(By.cssSelector("a.nav-shortlist")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> browser.getCurrentUrl().contains("school="));
        List<String> names = browser.findElements(By.cssSelector(".shortlist-entry h2")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("Escola El Moll", "Escola La Sínia"), names);
        assertEquals(2, browser.findElements(By.cssSelector(".shortlist-entry svg.qr")).size());
        Browser.screenshot(browser, "shortlist-es");
        Path pdf = print("shortlist-es");
        assertTrue(Files.size(pdf) > 10_000);
        assertTrue(browser.manage().getCookies().isEmpty(), "the shortlist must not reach the server as a cookie");
    }

    @Test
    void answersGivenOnceFollowTheFamilyToProfiles() {
        browser.get(portal.uri("/fr/guide?newcomer=yes").toString());
        assertFalse(browser.findElements(By.id("block-welcome-newcomers")).isEmpty());
        browser.get(portal.uri("/fr/schools").toString());
        browser.findElement(By.cssSelector(".school-card__name a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(driver -> browser.getCurrentUrl().contains("/fr/schools/"));
        assertTrue(browser.getCurrentUrl().contains("newcomer=yes"), browser.getCurrentUrl());
        assertFalse(browser.findElements(By.id("block-welcome-newcomers")).isEmpty());
        browser.findElement(By.cssSelector("a.forget-answers")).click();
        assertTrue(browser.findElements(By.id("block-welcome-newcomers")).isEmpty());
    }

    /** Urdu in Nastaliq: the device's Nastaliq fonts before any Naskh one, and the portal's own where it has none. */
    @Test
    void urduIsShownInNastaliqEvenOnADeviceWithoutAnUrduFont() {
        browser.get(portal.uri("/ur/guide").toString());
        String family = (String) browser.executeScript("return getComputedStyle(document.querySelector('h1')).fontFamily;");
        assertTrue(family.startsWith("\"Noto Nastaliq Urdu\""), family);
        assertTrue(family.indexOf("Open Doors Nastaliq") < family.indexOf("system-ui"), family);
        Object faces = browser.executeAsyncScript("var done = arguments[0];"
                + "document.fonts.load('16px \"Open Doors Nastaliq\"', 'ہے ٹھیک').then(function (f) { done(f.length); })"
                + ".catch(function () { done(-1); });");
        assertEquals(1L, ((Number) faces).longValue(), "the portal's Nastaliq font loads where the device has none");
        Browser.screenshot(browser, "guide-nastaliq-ur");
    }

    /** A stand-in for a device's speech synthesis with one English voice, recording what it is asked to say. */
    private static final String ENGLISH_VOICE = "(function () {"
            + " var spoken = []; window.spoken = spoken; window.cancelled = 0;"
            + " var synth = {getVoices: function () { return [{lang: 'en-GB', name: 'Test', voiceURI: 'test', localService: true}]; },"
            + "  speak: function (u) { spoken.push({text: u.text, lang: u.lang}); },"
            + "  cancel: function () { window.cancelled++; }, addEventListener: function () {}};"
            + " Object.defineProperty(window, 'speechSynthesis', {value: synth, configurable: true});"
            + " window.SpeechSynthesisUtterance = function (text) { this.text = text; };"
            + "}());";

    /** Listen: the device's own voice reads the page in its language; no voice for the language, no control. */
    @Test
    void listenReadsThePageWithTheDevicesOwnVoiceAndIsHiddenWithoutOne() throws Exception {
        browser.get(portal.uri("/en/schools/escola-la-sinia").toString());
        Thread.sleep(1000);
        Object realVoice = browser.executeScript("return !!window.speechSynthesis && speechSynthesis.getVoices()"
                + ".some(function (v) { return v.lang.toLowerCase().indexOf('en') === 0; });");
        assertEquals(realVoice, browser.findElement(By.cssSelector("[data-listen]")).isDisplayed(),
                "the control shows exactly when this machine has an English voice");

        ChromeDriver device = Browser.open("en", 412, 915);
        try {
            device.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ENGLISH_VOICE));
            device.get(portal.uri("/en/schools/escola-la-sinia").toString());
            WebElement button = device.findElement(By.cssSelector("[data-listen] button"));
            assertTrue(button.isDisplayed());
            button.click();
            assertEquals("Stop listening", button.getText());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> spoken = (List<Map<String, Object>>) device.executeScript("return window.spoken;");
            assertEquals("Escola La Sínia", spoken.get(0).get("text"));
            assertTrue(spoken.size() > 10, spoken.size() + " blocks read");
            assertTrue(spoken.stream().noneMatch(block -> block.get("text").toString().contains("Listen")),
                    "the controls are not read: " + spoken);
            button.click();
            assertEquals("Listen", button.getText());
            assertTrue(((Number) device.executeScript("return window.cancelled;")).intValue() >= 1);

            device.get(portal.uri("/ur/guide").toString());
            assertFalse(device.findElement(By.cssSelector("[data-listen]")).isDisplayed(),
                    "no Urdu voice on this device: no control");
            device.get(portal.uri("/en/guide").toString());
            assertTrue(device.findElement(By.cssSelector("[data-listen]")).isDisplayed());
        } finally {
            device.quit();
        }
    }

    /** On a phone, a search keeps the filters folded (saying how many are chosen) and its first result near the top. */
    @Test
    void onAPhoneASearchShowsItsFirstResultWithoutScrollingPastTheFilters() {
        ChromeDriver phone = Browser.open("en", 390, 844);
        try {
            phone.get(portal.uri("/en/schools?q=music&stage=primary").toString());
            WebElement filters = phone.findElement(By.cssSelector("details.filters"));
            assertEquals(null, filters.getDomAttribute("open"), "the filters are folded");
            assertTrue(filters.findElement(By.tagName("summary")).getText().contains("1 chosen"),
                    filters.findElement(By.tagName("summary")).getText());
            Number top = (Number) phone.executeScript(
                    "return document.querySelector('.school-card').getBoundingClientRect().top / window.innerHeight;");
            System.out.println("First result at " + top + " screens on a 390 x 844 phone");
            assertTrue(top.doubleValue() < FIRST_RESULT_WITHIN_SCREENS, "first result " + top + " screens down");
            Browser.screenshot(phone, "finder-phone-search-en");
        } finally {
            phone.quit();
        }
    }

    /** On a phone, comparing three schools needs no sideways scrolling, and the compare button stays in reach. */
    @Test
    void onAPhoneCompareFitsTheScreenAndItsButtonStaysInReach() {
        ChromeDriver phone = Browser.open("en", 390, 844);
        try {
            phone.get(portal.uri("/en/schools").toString());
            phone.findElement(By.cssSelector("input[form=compare-form]")).click();
            WebElement compare = phone.findElement(By.cssSelector("#compare-form button"));
            Number bottom = (Number) phone.executeScript("return arguments[0].getBoundingClientRect().bottom - window.innerHeight;", compare);
            assertTrue(bottom.doubleValue() <= 0, "once a school is ticked, the compare button is " + bottom
                    + " px below the screen");

            phone.get(portal.uri("/en/compare?school=escola-la-sinia&school=escola-el-moll&school=institut-la-marina").toString());
            Boolean fits = (Boolean) phone.executeScript("var t = document.querySelector('.table-scroll');"
                    + "return t.scrollWidth <= t.clientWidth + 1 && document.documentElement.scrollWidth <= window.innerWidth;");
            assertEquals(Boolean.TRUE, fits, "the comparison scrolls sideways on a phone");
            List<WebElement> cells = phone.findElements(By.cssSelector(".comparison tbody tr:first-child td"));
            assertEquals(3, cells.size());
            assertEquals("\"Escola La Sínia\"", phone.executeScript(
                    "return getComputedStyle(arguments[0], '::before').content;", cells.get(0)));
            assertTrue(phone.findElement(By.cssSelector(".comparison tbody th")).isDisplayed(), "row labels stay");
            Browser.screenshot(phone, "compare-phone-en");
        } finally {
            phone.quit();
        }
    }

    /** Inside Arabic and Urdu text a phone number's groups keep their order: "+34" is seen left of the last group. */
    @Test
    void phoneNumbersInRightToLeftTextReadLeftToRight() {
        for (String language : List.of("ar", "ur")) {
            browser.get(portal.uri("/" + language + "/guide?first=yes").toString());
            List<WebElement> numbers = browser.findElements(By.cssSelector("main bdi[dir=ltr]"));
            assertFalse(numbers.isEmpty(), "no isolated phone number in the " + language + " guide");
            for (WebElement number : numbers) {
                Object order = browser.executeScript(
                        "var t = arguments[0].firstChild, s = t.data, r1 = document.createRange(), r2 = document.createRange();"
                                + "r1.setStart(t, 0); r1.setEnd(t, 3); r2.setStart(t, s.length - 2); r2.setEnd(t, s.length);"
                                + "return r1.getBoundingClientRect().left < r2.getBoundingClientRect().left;", number);
                assertEquals(Boolean.TRUE, order, language + ": " + number.getText() + " is shown with its groups reversed");
            }
            for (String path : List.of("/guide?first=yes", "/", "/schools/escola-la-sinia", "/shortlist?school=escola-la-sinia")) {
                browser.get(portal.uri("/" + language + path).toString());
                Object unisolated = browser.executeScript(
                        "var walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT), found = [];"
                                + "while (walker.nextNode()) { var n = walker.currentNode;"
                                + "  if (/\\+?\\d{2,}( \\d{2,}){2,}/.test(n.data) && !n.parentElement.closest('[dir=ltr]')) found.push(n.data); }"
                                + "return found;");
                assertEquals(List.of(), unisolated, language + path + ": phone numbers left in right-to-left text");
            }
            browser.get(portal.uri("/" + language + "/guide?first=yes").toString());
            Browser.screenshot(browser, "guide-phone-" + language);
        }
    }

    @Test
    void theGuidePrintsAsALeafletInEachLanguage() throws Exception {
        for (SupportedLanguage language : SupportedLanguage.values()) {
            browser.get(portal.uri("/" + language.tag() + "/guide").toString());
            assertEquals(language.direction(), browser.findElement(By.tagName("html")).getDomAttribute("dir"));
            Path pdf = print("guide-" + language.tag());
            assertTrue(Files.size(pdf) > 20_000, pdf + " is too small");
            long pages = java.util.regex.Pattern.compile("/Type\\s*/Page[^s]")
                    .matcher(new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1)).results().count();
            assertTrue(pages >= 2 && pages <= MOST_GUIDE_PAGES, language.tag() + ": the leaflet has " + pages + " pages");
            // On paper, the help box carries the office's phone and address, not only its name.
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            WebElement help = browser.findElement(By.cssSelector("section.help"));
            assertTrue(help.isDisplayed(), language.tag());
            assertTrue(help.getText().contains("+34 930 41 00 10") && help.getText().contains("Plaça de la Vila"), help.getText());
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void aProfileWithAllItsResourcesWeighsAtMost150KbCompressed() {
        browser.get(portal.uri("/ca/schools/escola-la-sinia").toString());
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(driver -> !browser.findElements(By.cssSelector(".map .leaflet-interactive")).isEmpty());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = (List<Map<String, Object>>) browser.executeScript(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                        + ".map(function (e) { return {name: e.name, size: e.transferSize}; });");
        long total = entries.stream().mapToLong(entry -> ((Number) entry.get("size")).longValue()).sum();
        String origin = portal.uri("/").toString();
        assertTrue(entries.stream().allMatch(entry -> entry.get("name").toString().startsWith(origin)),
                "something was loaded from another host: " + entries);
        assertTrue(entries.stream().anyMatch(entry -> entry.get("name").toString().contains("leaflet.js")), "the map library loaded");
        System.out.println("Profile first load: " + total + " bytes over the wire in " + entries.size() + " requests");
        assertTrue(total > 10_000, "resource timings were not measured: " + entries);
        assertTrue(total <= PROFILE_BUDGET_BYTES, "profile weighs " + total + " bytes: " + entries);
    }

    /** On a phone, a profile's photos are described in the page's language and come as phone-sized WebP. */
    @Test
    void aProfileShowsItsPhotosDescribedAndSizedForThePhone() {
        ChromeDriver phone = Browser.open("ur", 390, 844);
        try {
            phone.get(portal.uri("/ur/schools/escola-la-sinia").toString());
            List<WebElement> photos = phone.findElements(By.cssSelector(".photo-strip img"));
            assertEquals(2, photos.size());
            new WebDriverWait(phone, Duration.ofSeconds(10)).until(driver -> Boolean.TRUE.equals(phone.executeScript(
                    "return arguments[0].complete && arguments[0].naturalWidth > 0;", photos.get(0))));
            String shown = (String) phone.executeScript("return arguments[0].currentSrc;", photos.get(0));
            assertTrue(shown.matches(".*/photos/[0-9a-f]{64}-(480|960)\\.webp"), shown);
            assertTrue(photos.get(0).getDomAttribute("alt").startsWith("ڈرائنگ:"), photos.get(0).getDomAttribute("alt"));
            Browser.screenshot(phone, "profile-photos-phone-ur");
        } finally {
            phone.quit();
        }
    }

    /** The video guide plays in the browser with the page's language's captions showing at the right time. */
    @Test
    void theVideoGuidePlaysWithCaptionsInThePagesLanguage() {
        browser.get(portal.uri("/zh/guide").toString());
        WebElement video = browser.findElement(By.cssSelector(".guide-video video"));
        browser.executeScript("arguments[0].load(); arguments[0].currentTime = 12;", video);
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> Boolean.TRUE.equals(browser.executeScript(
                "const v = arguments[0]; const t = Array.from(v.textTracks).find(t => t.language === 'zh');"
                        + "if (t.mode !== 'showing' || !t.activeCues || t.activeCues.length === 0) return false;"
                        + "return v.readyState >= 1 && t.activeCues[0].id === 'open_days';", video)));
        String caption = (String) browser.executeScript("const t = Array.from(arguments[0].textTracks)"
                + ".find(t => t.language === 'zh'); return t.activeCues[0].text;", video);
        assertTrue(caption.contains("学校"), caption);
        Number duration = (Number) browser.executeScript("return arguments[0].duration;", video);
        assertTrue(duration.doubleValue() > 30, "the video is " + duration + " s");
        Browser.screenshot(browser, "guide-video-zh");
    }

    /** The easy-read switch is a link: it works without JavaScript and the language switcher keeps it. */
    @Test
    void easyReadIsOneTapAwayAndStaysWhenTheLanguageChanges() {
        ChromeDriver phone = Browser.open("en", 390, 844);
        try {
            phone.get(portal.uri("/en/guide").toString());
            phone.findElement(By.cssSelector(".reading-switch__link")).click();
            new WebDriverWait(phone, Duration.ofSeconds(10)).until(driver -> phone.getCurrentUrl().endsWith("/en/guide?read=easy"));
            assertEquals(7, phone.findElements(By.cssSelector("div.easy-read")).size());
            assertTrue(phone.findElements(By.id("criteria-heading")).isEmpty());
            phone.findElement(By.cssSelector(".languages a[hreflang='ar']")).click();
            new WebDriverWait(phone, Duration.ofSeconds(10)).until(driver -> phone.getCurrentUrl().endsWith("/ar/guide?read=easy"));
            WebElement firstLine = phone.findElement(By.cssSelector("div.easy-read p"));
            assertTrue(firstLine.getText().length() < 120, "an easy-read line is one short sentence: " + firstLine.getText());
            Browser.screenshot(phone, "guide-easy-read-phone-ar");
            phone.findElement(By.cssSelector(".reading-switch__link")).click();
            new WebDriverWait(phone, Duration.ofSeconds(10)).until(driver -> phone.getCurrentUrl().endsWith("/ar/guide"));
            assertFalse(phone.findElements(By.id("criteria-heading")).isEmpty(), "back to the full guide");
        } finally {
            phone.quit();
        }
    }

    private Path print(String name) throws Exception {
        PrintOptions options = new PrintOptions();
        options.setPageSize(new org.openqa.selenium.print.PageSize(29.7, 21.0));
        Pdf pdf = ((PrintsPage) browser).print(options);
        Path file = PortalProcess.target().resolve("screenshots/" + name + ".pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(pdf.getContent()));
        return file;
    }
}
