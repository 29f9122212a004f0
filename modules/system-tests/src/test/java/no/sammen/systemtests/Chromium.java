package no.sammen.systemtests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium from the operating system (Debian's {@code chromium} and {@code chromium-driver}), so that
 * nothing is downloaded while the tests run. Phone-sized by default: that is how most of Sammen's users see it.
 */
final class Chromium implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;

    Chromium() {
        try {
            Path target = Path.of(System.getProperty("sammen.target", "target"));
            profile = Files.createTempDirectory(Files.createDirectories(target.resolve("chromium")), "profile");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("sammen.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-quic", "--no-first-run", "--window-size=412,915", "--lang=nb",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("sammen.chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    WebDriver driver() {
        return driver;
    }

    /** Waits (up to 15 s, polling) until the browser has navigated to an address starting with {@code prefix}. */
    void awaitUrl(String prefix) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .withMessage(() -> "expected to arrive at " + prefix + " but am at " + driver.getCurrentUrl())
                .until(d -> d.getCurrentUrl().startsWith(prefix) && "complete".equals(
                        driver.executeScript("return document.readyState")));
    }

    /**
     * Waits until the element shows the text, finding it afresh each time: after a postback to the same page the URL
     * says nothing, and the old page's element goes stale while the new page replaces it.
     */
    void awaitText(org.openqa.selenium.By element, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .withMessage(() -> "expected " + element + " to show '" + text + "'")
                .until(d -> d.findElement(element).getText().contains(text)
                        && "complete".equals(driver.executeScript("return document.readyState")));
    }

    /** Saves a screenshot under target/screenshots for people to look at. */
    void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of(System.getProperty("sammen.target", "target"), "screenshots"));
            Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
