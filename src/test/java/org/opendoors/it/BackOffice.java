package org.opendoors.it;

import org.opendoors.security.domain.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Set;

/** What browser tests do in the back office again and again: sign in, sign out, make accounts. */
final class BackOffice {

    static final String ADMIN = "admin";

    private BackOffice() {
    }

    static void signIn(WebDriver driver, String baseUrl, String user, String password) {
        driver.get(baseUrl + "/admin/sign-in.xhtml");
        driver.findElement(By.id("signIn:username")).sendKeys(user);
        driver.findElement(By.id("signIn:password")).sendKeys(password);
        driver.findElement(By.id("signIn:submit")).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("account:signOut")));
    }

    static void signOut(WebDriver driver) {
        driver.findElement(By.id("account:signOut")).click();
        wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("signIn:username")));
    }

    /** Creates an account as the signed-in admin; the page must confirm it. */
    static void createUser(WebDriver driver, String baseUrl, String user, String password, Role... roles) {
        driver.get(baseUrl + "/admin/users/index.xhtml");
        driver.findElement(By.id("newUser:username")).sendKeys(user);
        driver.findElement(By.id("newUser:displayName")).sendKeys(user);
        driver.findElement(By.id("newUser:password")).sendKeys(password);
        Set<String> wanted = java.util.Arrays.stream(roles).map(Role::code).collect(java.util.stream.Collectors.toSet());
        for (WebElement box : driver.findElements(By.cssSelector("input[name='newUser:roles']"))) {
            if (wanted.contains(box.getAttribute("value")) != box.isSelected()) {
                box.click();
            }
        }
        driver.findElement(By.id("newUser:create")).click();
        // Mid-navigation Chromium may answer that the old page's messages "do not belong to the document".
        wait(driver).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Created the account " + user));
    }

    /** The "yes" of the back office's confirmation dialog (p:confirmDialog in the admin template). */
    static final By CONFIRM_YES = By.id("confirmYes");

    /**
     * Presses a button that posts its form and waits until its page is gone: Chromium reports a left page as a stale
     * element or, mid-navigation, as a node that "does not belong to the document".
     */
    static void submit(WebDriver driver, WebElement button) {
        button.click();
        awaitLeft(driver, button);
    }

    /**
     * Presses a button that asks first (p:confirm: archive apply, photo removal, rollback), answers "yes" in the
     * dialog, and waits until the page is gone, as {@link #submit} does.
     */
    static void submitConfirmed(WebDriver driver, WebElement button) {
        button.click();
        wait(driver).until(ExpectedConditions.elementToBeClickable(CONFIRM_YES)).click();
        awaitLeft(driver, button);
    }

    private static void awaitLeft(WebDriver driver, WebElement button) {
        wait(driver).until(ignored -> {
            try {
                button.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
        wait(driver).until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    static WebDriverWait wait(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }
}
