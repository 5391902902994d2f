package org.opendoors.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The back office's formatting toolbar (resources/js/admin/rich-text.js) in a real browser, on a page of its own
 * with the same Content Security Policy as the portal: it writes our markup around the selection, undoes it, and is
 * usable from the keyboard. Textareas without data-rich-text are left alone.
 */
class RichTextEditorIT {

    private static ChromeDriver browser;
    private static Path page;

    @BeforeAll
    static void openAPageWithTwoTextareas() throws Exception {
        Path webapp = Path.of("src/main/webapp/resources").toAbsolutePath();
        page = PortalProcess.target().resolve("rich-text-editor/editor.html").toAbsolutePath();
        Files.createDirectories(page.getParent());
        Files.writeString(page, """
                <!DOCTYPE html>
                <html lang="ca"><head><meta charset="utf-8">
                <meta http-equiv="Content-Security-Policy" content="default-src 'self' file:; script-src file:; style-src file:">
                <title>Editor</title>
                <link rel="stylesheet" href="%s">
                <script src="%s" defer></script></head>
                <body>
                <label for="text">Projecte</label>
                <textarea id="text" data-rich-text data-label-strong="Negreta" data-label-toolbar="Format"></textarea>
                <label for="plain">Notes</label>
                <textarea id="plain"></textarea>
                </body></html>
                """.formatted(webapp.resolve("css/admin/rich-text.css").toUri(), webapp.resolve("js/admin/rich-text.js").toUri()));
        browser = Browser.open("ca", 1000, 800);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void load() {
        browser.get(page.toUri().toString());
    }

    @Test
    void onlyARichTextAreaGetsANamedToolbar() {
        List<WebElement> toolbars = browser.findElements(By.cssSelector("[role=toolbar]"));
        assertEquals(1, toolbars.size());
        WebElement toolbar = toolbars.get(0);
        assertEquals("Format", toolbar.getAttribute("aria-label"));
        assertEquals("text", toolbar.getAttribute("aria-controls"));
        assertEquals(List.of("Heading", "Bulleted list", "Numbered list", "Emphasis", "Negreta", "Link"),
                toolbar.findElements(By.tagName("button")).stream().map(b -> b.getAttribute("aria-label")).toList());
        assertTrue(toolbar.findElements(By.tagName("button")).stream().allMatch(b -> "button".equals(b.getAttribute("type"))));
    }

    @Test
    void emphasisAndStrongWrapTheSelectionAndComeOffAgain() {
        type("Una escola oberta");
        select(4, 10);
        button("Emphasis").click();
        assertEquals("Una *escola* oberta", text());
        button("Negreta").click();
        assertEquals("Una ***escola*** oberta", text());
        button("Emphasis").click();
        assertEquals("Una **escola** oberta", text());
        button("Negreta").click();
        assertEquals("Una escola oberta", text());
    }

    @Test
    void spacesAtTheEdgesOfTheSelectionStayOutsideTheMarkers() {
        type("Una escola oberta");
        select(3, 11);
        button("Negreta").click();
        assertEquals("Una **escola** oberta", text());
    }

    @Test
    void headingsAndListsMarkWholeLinesAndSwitchBetweenThemselves() {
        type("Projectes\nL'hort\nLa ràdio");
        select(2, 2);
        button("Heading").click();
        assertEquals("## Projectes\nL'hort\nLa ràdio", text());
        select(15, text().length());
        button("Bulleted list").click();
        assertEquals("## Projectes\n- L'hort\n- La ràdio", text());
        button("Numbered list").click();
        assertEquals("## Projectes\n1. L'hort\n2. La ràdio", text());
        button("Numbered list").click();
        assertEquals("## Projectes\nL'hort\nLa ràdio", text());
    }

    @Test
    void aLinkSelectsItsAddressToBeTypedOver() {
        type("Vegeu el web.");
        select(9, 12);
        button("Link").click();
        assertEquals("Vegeu el [web](https://).", text());
        textarea().sendKeys("https://escola.example");
        assertEquals("Vegeu el [web](https://escola.example).", text());
    }

    @Test
    void undoTakesAFormattingStepBack() {
        type("Una escola");
        select(4, 10);
        button("Negreta").click();
        assertEquals("Una **escola**", text());
        textarea().sendKeys(Keys.chord(Keys.CONTROL, "z"));
        assertEquals("Una escola", text());
    }

    @Test
    void theKeyboardReachesEveryButtonAndTheShortcutsWork() {
        type("Una escola");
        select(4, 10);
        textarea().sendKeys(Keys.chord(Keys.CONTROL, "b"));
        assertEquals("Una **escola**", text());

        // The toolbar comes before its textarea: one Shift+Tab back reaches its one tabbable button.
        WebElement first = button("Heading");
        textarea().sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        assertEquals("Heading", browser.switchTo().activeElement().getAttribute("aria-label"));
        assertEquals("0", first.getAttribute("tabindex"));
        browser.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
        assertEquals("Bulleted list", browser.switchTo().activeElement().getAttribute("aria-label"));
        browser.switchTo().activeElement().sendKeys(Keys.END);
        assertEquals("Link", browser.switchTo().activeElement().getAttribute("aria-label"));
        assertEquals("0", button("Link").getAttribute("tabindex"));
        assertEquals("-1", first.getAttribute("tabindex"));
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertEquals("Una **[escola](https://)**", text(), "Enter presses the focused button: the link goes inside the strong");
    }

    private WebElement textarea() {
        return browser.findElement(By.id("text"));
    }

    private void type(String text) {
        textarea().sendKeys(text.replace("\n", Keys.chord(Keys.SHIFT, Keys.ENTER)));
        assertEquals(text, text());
    }

    private void select(int start, int end) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[2]);",
                textarea(), start, end);
    }

    private String text() {
        return textarea().getAttribute("value");
    }

    private WebElement button(String label) {
        return browser.findElement(By.cssSelector("[role=toolbar] button[aria-label=\"" + label + "\"]"));
    }
}
