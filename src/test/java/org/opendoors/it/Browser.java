package org.opendoors.it;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Nothing is downloaded: if the browser is
 * missing the test fails (it is never skipped), and .ci/run installs it.
 */
public final class Browser {

    private static final String CHROMIUM = System.getProperty("opendoors.chromium", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = System.getProperty("opendoors.chromedriver", "/usr/bin/chromedriver");

    private Browser() {
    }

    /** A fresh browser whose user prefers the given languages (its Accept-Language header). */
    public static ChromeDriver open(String acceptLanguages, int width, int height) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install -y chromium chromium-driver)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=" + width + "," + height,
                "--lang=" + acceptLanguages.split(",")[0]);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguages));
        options.setExperimentalOption("excludeSwitches", List.of("enable-automation"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    public static Path screenshot(ChromeDriver driver, String name) {
        try {
            Path file = PortalProcess.target().resolve("screenshots/" + name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
