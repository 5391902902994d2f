package org.opendoors.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A family reads the guide, its shortlist and the profiles it opened with no network: the portal is stopped, and the
 * browser's service worker answers from what it kept on the first visit.
 */
class OfflineIT {

    private static PortalProcess portal;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        portal = PortalProcess.startOwn("offline", 26);
        browser = Browser.open("en", 412, 915);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        portal.close();
    }

    @Test
    void theGuideTheShortlistAndOpenedProfilesAreReadableOfflineAfterAFirstVisit() throws Exception {
        HttpResponse<String> manifest = Http.get(portal, "/manifest.webmanifest");
        assertEquals(200, manifest.statusCode());
        assertTrue(manifest.headers().firstValue("content-type").orElse("").startsWith("application/manifest+json"));
        assertTrue(manifest.body().contains("\"name\":\"Open Doors · Vallmar\""), manifest.body());
        HttpResponse<String> worker = Http.get(portal, "/sw.js");
        assertEquals("no-cache", worker.headers().firstValue("cache-control").orElse(""));
        assertTrue(worker.body().startsWith("var REVISION = '"), worker.body());

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(portal.uri("/en/guide").toString());
        String guideTitle = browser.findElement(By.tagName("h1")).getText();
        wait.until(driver -> Boolean.TRUE.equals(browser.executeScript(
                "return !!navigator.serviceWorker && !!navigator.serviceWorker.controller;"))
                || reload());
        browser.get(portal.uri("/en/guide").toString());
        browser.get(portal.uri("/en/schools/escola-la-sinia").toString());
        browser.get(portal.uri("/en/shortlist?school=escola-la-sinia").toString());
        wait.until(driver -> ((Number) browser.executeAsyncScript(
                "var done = arguments[0]; caches.open('opendoors-pages').then(function (c) { return c.keys(); })"
                        + ".then(function (k) { done(k.length); }).catch(function () { done(0); });")).intValue() >= 3);

        portal.close();

        browser.get(portal.uri("/en/guide").toString());
        assertEquals(guideTitle, browser.findElement(By.tagName("h1")).getText(), "the guide offline");
        browser.get(portal.uri("/en/schools/escola-la-sinia").toString());
        assertEquals("Escola La Sínia", browser.findElement(By.tagName("h1")).getText(), "an opened profile offline");
        browser.get(portal.uri("/en/shortlist?school=escola-la-sinia").toString());
        assertTrue(browser.findElement(By.cssSelector(".shortlist-entry h2")).getText().contains("Escola La Sínia"));
        Browser.screenshot(browser, "offline-shortlist-en");
        browser.get(portal.uri("/en/schools/escola-el-moll").toString());
        assertFalse(browser.getPageSource().contains("Escola El Moll</h1>"), "a profile never opened is not invented");
    }

    /** The first page is not yet controlled by the worker that it registered: a reload puts it under it. */
    private static boolean reload() {
        browser.navigate().refresh();
        return false;
    }
}
