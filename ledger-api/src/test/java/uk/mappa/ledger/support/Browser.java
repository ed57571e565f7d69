package uk.mappa.ledger.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's headless Chromium (Debian's chromium and chromium-driver), driven through Selenium; nothing is
 * downloaded. Without it, browser tests are skipped with a warning, unless LEDGER_TEST_REQUIRE_BROWSER=true
 * (as in CI), which fails them instead.
 */
public final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/lib/chromium/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    /** Skips the test (or fails it, when a browser is required) if there is no Chromium with its driver. */
    public static void requireAvailable() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)) {
            return;
        }
        String missing = "No Chromium at " + CHROMIUM + " with a driver at " + DRIVER
                + " (apt-get install chromium chromium-driver)";
        if (Boolean.parseBoolean(System.getenv("LEDGER_TEST_REQUIRE_BROWSER"))) {
            throw new IllegalStateException(missing + "; LEDGER_TEST_REQUIRE_BROWSER=true requires it");
        }
        System.err.println("WARNING: browser tests skipped. " + missing);
        Assumptions.abort(missing);
    }

    /** A fresh headless browser (see {@link #requireAvailable()}). */
    public static ChromeDriver start() {
        requireAvailable();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--window-size=1280,1000", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return driver;
    }

    /** Saves what the browser shows as target/screenshots/{name}.png, for a reviewer to look at. */
    public static void screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot save the screenshot " + name, e);
        }
    }
}
