package org.opendoors.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A family whose browser reads Arabic opens the portal, finds it right-to-left in Arabic, switches to Chinese and
 * opens a school profile — in a real headless Chromium, with screenshots under target/screenshots.
 */
class LanguageJourneyIT {

    private static PortalProcess portal;
    private ChromeDriver browser;

    @BeforeAll
    static void startPortal() {
        portal = PortalProcess.shared();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open("ar,en;q=0.3", 412, 915);
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void anArabicReaderSwitchesToChineseAndOpensASchool() {
        browser.get(portal.uri("/").toString());

        assertTrue(browser.getCurrentUrl().endsWith("/ar/"), browser.getCurrentUrl());
        WebElement html = browser.findElement(By.tagName("html"));
        assertEquals("ar", html.getDomAttribute("lang"));
        assertEquals("rtl", html.getDomAttribute("dir"));
        assertEquals("rtl", browser.findElement(By.tagName("body")).getCssValue("direction"));
        WebElement heading = browser.findElement(By.tagName("h1"));
        assertTrue(heading.getText().contains("Vallmar"), heading.getText());
        // Mirrored layout: the heading starts at the right edge of the page.
        int headingRight = heading.getRect().getX() + heading.getRect().getWidth();
        int pageWidth = ((Number) browser.executeScript("return document.documentElement.clientWidth")).intValue();
        assertTrue(pageWidth - headingRight < 40, "heading ends " + (pageWidth - headingRight) + "px from the right");
        Browser.screenshot(browser, "1-home-ar");

        WebElement chinese = browser.findElement(By.cssSelector("nav.languages a[lang='zh']"));
        assertEquals("中文", chinese.getText());
        chinese.click();

        assertTrue(browser.getCurrentUrl().endsWith("/zh/"), browser.getCurrentUrl());
        assertEquals("zh", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
        assertEquals("ltr", browser.findElement(By.tagName("body")).getCssValue("direction"));
        Browser.screenshot(browser, "2-home-zh");

        browser.findElement(By.cssSelector("nav.main-nav a[href='/zh/schools']")).click();
        List<WebElement> schools = browser.findElements(By.cssSelector(".school-card__name a"));
        assertTrue(schools.size() >= 40, schools.size() + " schools");
        Browser.screenshot(browser, "3-schools-zh");

        WebElement first = schools.get(0);
        String name = first.getText();
        first.click();

        assertTrue(browser.getCurrentUrl().contains("/zh/schools/"), browser.getCurrentUrl());
        assertEquals(name, browser.findElement(By.tagName("h1")).getText());
        String project = browser.findElement(By.cssSelector("#pedagogical-project .profile-section__text")).getText();
        assertTrue(project.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                "the pedagogical project is not in Chinese: " + project);
        assertFalse(browser.findElements(By.cssSelector("#open-days li")).isEmpty(), "no open days");
        assertTrue(Files.exists(Browser.screenshot(browser, "4-profile-zh")));
        assertTrue(browser.manage().getCookies().isEmpty(), "the portal set a cookie");
    }
}
