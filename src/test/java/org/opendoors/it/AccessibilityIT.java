package org.opendoors.it;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.opendoors.i18n.domain.SupportedLanguage;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core's WCAG 2.2 AA rules on the five family pages in all eight languages, and layouts that hold at 320 px
 * (a phone, or a desktop at 400 % zoom) and at 640 px (200 % zoom).
 */
class AccessibilityIT {

    private static final List<String> PAGES = List.of("/", "/schools?place=les-fonts", "/schools/escola-la-sinia?newcomer=yes",
            "/compare?school=escola-la-sinia&school=institut-la-marina", "/guide?newcomer=yes&costs=yes");
    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static PortalProcess portal;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() {
        portal = PortalProcess.shared();
        browser = Browser.open("en", 1280, 900);
    }

    @AfterAll
    static void stop() {
        browser.quit();
    }

    @Test
    void noPageInAnyLanguageViolatesWcag22AaRules() {
        List<String> violations = new ArrayList<>();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            for (String page : PAGES) {
                browser.get(portal.uri("/" + language.tag() + page).toString());
                awaitScripts();
                Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(browser);
                for (Rule rule : results.getViolations()) {
                    violations.add("/" + language.tag() + page + ": " + rule.getId() + " (" + rule.getNodes().size()
                            + "×) " + rule.getNodes().get(0).getTarget());
                }
                assertTrue(results.getPasses().size() > 10, "axe did not really run on " + page);
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void pagesNeedNoSidewaysScrollingOnANarrowScreenOrAtDoubleZoom() {
        List<String> overflowing = new ArrayList<>();
        for (int width : new int[]{320, 640}) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            for (SupportedLanguage language : List.of(SupportedLanguage.CA, SupportedLanguage.AR, SupportedLanguage.ZH)) {
                for (String page : PAGES) {
                    browser.get(portal.uri("/" + language.tag() + page).toString());
                    awaitScripts();
                    long scroll = ((Number) browser.executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth")).longValue();
                    if (scroll > 1) {
                        overflowing.add(width + "px /" + language.tag() + page + ": " + scroll + "px too wide");
                    }
                }
            }
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        if (!overflowing.isEmpty()) {
            Browser.screenshot(browser, "overflow");
        }
        assertEquals(List.of(), overflowing);
    }

    private static void awaitScripts() {
        // Maps are drawn after the page loads: give the script its turn before measuring.
        browser.executeAsyncScript("var done = arguments[arguments.length - 1]; setTimeout(done, 150);");
    }
}
