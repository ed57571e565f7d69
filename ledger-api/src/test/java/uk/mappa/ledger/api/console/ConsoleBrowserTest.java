package uk.mappa.ledger.api.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.mappa.ledger.LedgerApplication;
import uk.mappa.ledger.support.Browser;

/**
 * The console in a real browser (headless Chromium) against the running ledger: a business manager signs in
 * with the keyboard's first stop being the skip link, sees a share sent to their board in its holdings, and
 * signs out; a wrong password is shown as a GOV.UK error summary. Each page is saved under target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest {

    /**
     * The ledger as on the embedded default, on a port of its own, started here rather than as a Spring test
     * context: the test framework would pause and later restart the shared embedded context around a second one.
     */
    ConfigurableApplicationContext ledger;
    int port;
    ChromeDriver browser;

    @BeforeAll
    void startLedger() {
        Browser.requireAvailable();
        ledger = new SpringApplicationBuilder(LedgerApplication.class).run("--server.port=0",
                "--server.address=127.0.0.1", "--spring.datasource.url=jdbc:h2:mem:ledger-browser;DB_CLOSE_DELAY=-1",
                "--ledger.security.demo-users=true", "--ledger.log.key-file=target/test-ledger-browser-log-key.pem");
        port = Integer.parseInt(ledger.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    void stopLedger() {
        if (ledger != null) {
            ledger.close();
        }
    }

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /**
     * Waits for the page whose main heading is {@code heading}: after a click the browser may still show the page
     * before (whose elements go stale as it is replaced).
     */
    void awaitHeading(String heading) {
        await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> heading.equals(browser.findElement(By.tagName("h1")).getText()));
    }

    void signIn(String user, String password) {
        browser.get(url("/sign-in"));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
    }

    @Test
    void aBusinessManagerSeesWhatTheirBoardHoldsAndSignsOut() throws Exception {
        String title = "Browser holdings " + UUID.randomUUID();
        recordShareToKnowsley(title);

        browser.get(url("/"));
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement first = browser.switchTo().activeElement();
        assertThat(first.getText()).isEqualTo("Skip to main content");
        Browser.screenshot(browser, "sign-in");

        signIn("manager.knowsley-lscb", "demo");
        awaitHeading("Information sharing ledger");
        assertThat(browser.findElement(By.cssSelector(".govuk-summary-list")).getText())
                .contains("manager.knowsley-lscb", "knowsley-lscb", "BUSINESS_MANAGER");
        Browser.screenshot(browser, "home");

        browser.findElement(By.linkText("Holdings")).click();
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            browser.navigate().refresh();
            return browser.getPageSource().contains(title);
        });
        assertThat(browser.findElement(By.cssSelector("table.govuk-table")).getText())
                .contains(title, "ANNUAL_REPORT", "merseyside-smb", "1 April 2026");
        Browser.screenshot(browser, "holdings");

        browser.findElement(By.cssSelector(".govuk-service-navigation form button")).click();
        assertThat(browser.findElement(By.cssSelector(".govuk-notification-banner")).getText())
                .contains("You have signed out.");
        browser.get(url("/console/holdings"));
        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
    }

    @Test
    void aWrongPasswordIsShownAsAnErrorSummaryThatTakesFocus() {
        signIn("manager.knowsley-lscb", "not-the-password");

        WebElement summary = browser.findElement(By.cssSelector(".govuk-error-summary"));
        assertThat(summary.getText()).contains("There is a problem", "Enter the user name and password of a demo user");
        // GOV.UK Frontend's script moves focus to the summary, so a screen reader announces it first.
        assertThat(browser.switchTo().activeElement().getAttribute("class")).contains("govuk-error-summary");
        summary.findElement(By.linkText("Enter the user name and password of a demo user")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("username");
        Browser.screenshot(browser, "sign-in-error");
    }

    @Test
    void aBusinessManagerRecordsAShareOfADocumentPickedInTheBrowserAndTheRecipientAcknowledgesIt() throws Exception {
        String title = "Browser recorded " + UUID.randomUUID();
        Path document = Files.createTempFile("annual-report", ".txt");
        Files.writeString(document, "Knowsley annual report 2026: " + title);
        String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(document)));

        signIn("manager.merseyside-smb", "demo");
        browser.findElement(By.linkText("Record a share")).click();
        browser.findElement(By.cssSelector("label[for=recipientBodyIds]")).click();
        browser.findElement(By.cssSelector("label[for=category]")).click();
        Browser.screenshot(browser, "record-share-recipients");
        browser.findElement(By.cssSelector("#main-content form button[type=submit]")).click();
        awaitHeading("Which agreement was it shared under?");
        browser.findElement(By.cssSelector("label[for=agreementId]")).click();
        Browser.screenshot(browser, "record-share-agreement");
        browser.findElement(By.cssSelector("#main-content form button[type=submit]")).click();

        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.cssSelector("label[for=lawfulBasis-CJA_2003_S325], label[for=lawfulBasis]")).click();
        browser.findElement(By.cssSelector("label[for=marking-OFFICIAL_SENSITIVE]")).click();
        // The descriptors are revealed only under OFFICIAL-SENSITIVE (GOV.UK Frontend's conditional reveal).
        browser.findElement(By.cssSelector("label[for=descriptor-PERSONAL]")).click();
        browser.findElement(By.id("purpose")).sendKeys("LSCB business planning");
        browser.findElement(By.id("document")).sendKeys(document.toAbsolutePath().toString());
        await().atMost(Duration.ofSeconds(10)).until(() ->
                digest.equals(browser.findElement(By.id("contentSha256")).getDomProperty("value")));
        Browser.screenshot(browser, "record-share-details");
        browser.findElement(By.cssSelector("#main-content form button[type=submit]")).click();

        assertThat(browser.findElement(By.cssSelector(".govuk-notification-banner")).getText())
                .contains("The share is recorded.");
        assertThat(browser.findElement(By.id("contentSha256")).getText()).isEqualTo(digest);
        String shareId = browser.getCurrentUrl().replaceAll(".*/console/shares/([^?]+).*", "$1");
        HttpResponse<String> stored = api("GET", "/api/shares/" + shareId, "manager.knowsley-lscb", null);
        assertThat(stored.body()).contains("\"contentSha256\":\"" + digest + "\"", title, "\"PERSONAL\"");
        Browser.screenshot(browser, "share-recorded");
        browser.findElement(By.cssSelector(".govuk-service-navigation form button")).click();
        // Signed out before the next person signs in (a sign-out still on its way would end their session).
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.getCurrentUrl().endsWith("/sign-in?signedOut"));

        signIn("manager.knowsley-lscb", "demo");
        browser.get(url("/console/shares/" + shareId));
        browser.findElement(By.id("acknowledge")).click();
        assertThat(browser.findElement(By.cssSelector(".govuk-notification-banner")).getText())
                .contains("Receipt is acknowledged.");
        Browser.screenshot(browser, "share-acknowledged");

        // The recipient checks the document it received: the same file, fingerprinted in the browser again.
        browser.findElement(By.linkText("Check a document")).click();
        browser.findElement(By.id("document")).sendKeys(document.toAbsolutePath().toString());
        await().atMost(Duration.ofSeconds(10)).until(() ->
                digest.equals(browser.findElement(By.id("contentSha256")).getDomProperty("value")));
        browser.findElement(By.cssSelector("#main-content form button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            if (browser.getPageSource().contains(title)) {
                return true;
            }
            browser.navigate().refresh();
            return false;
        });
        assertThat(browser.findElement(By.id("shares")).getText()).contains(title, "merseyside-smb", "knowsley-lscb");
        Browser.screenshot(browser, "check-a-document");
        assertThat(api("GET", "/api/shares/" + shareId, "manager.knowsley-lscb", null).body())
                .contains("\"acknowledgements\":[{\"bodyId\":\"knowsley-lscb\"");
    }

    @Test
    void anIgLeadSeesTheAreasDashboardFindsAShareInTheAuditTrailAndDownloadsItAsCsv() throws Exception {
        String title = "Browser audit " + UUID.randomUUID();
        recordShareToKnowsley(title);

        signIn("ig.merseyside", "demo");
        browser.findElement(By.linkText("Dashboard")).click();
        awaitHeading("Dashboard");
        assertThat(browser.findElement(By.id("shares-by-body")).getText()).contains("Merseyside Strategic MAPPA Board");
        Browser.screenshot(browser, "dashboard");

        browser.findElement(By.linkText("Audit trail")).click();
        browser.findElement(By.cssSelector("#bodyId option[value=knowsley-lscb]")).click();
        browser.findElement(By.cssSelector("#category option[value=ANNUAL_REPORT]")).click();
        browser.findElement(By.cssSelector("#main-content form button[type=submit]")).click();
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            browser.navigate().refresh();
            return browser.getPageSource().contains(title);
        });
        assertThat(browser.findElement(By.cssSelector("table.govuk-table")).getText())
                .contains(title, "ShareRecorded", "manager.merseyside-smb");
        Browser.screenshot(browser, "audit-trail");

        String csv = browser.findElement(By.id("csv")).getDomProperty("href");
        assertThat(csv).contains("bodyId=knowsley-lscb", "category=ANNUAL_REPORT");
        HttpResponse<String> download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(csv))
                .header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(download.body()).contains(title).startsWith("position,");
    }

    @Test
    void anAuditorChecksTheWholeLogAndSeesItsVerdict() {
        signIn("auditor", "demo");
        browser.findElement(By.linkText("Log")).click();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            browser.navigate().refresh();
            return !browser.findElements(By.id("tree-head")).isEmpty();
        });
        browser.findElement(By.id("verify")).click();
        // The page follows the check in place, then shows its verdict.
        await().atMost(Duration.ofSeconds(30)).until(() -> !browser.findElements(By.id("verdict")).isEmpty());
        assertThat(browser.findElement(By.id("verdict")).getText()).contains("Intact");
        assertThat(browser.findElement(By.id("projections")).isDisplayed()).isTrue();
        Browser.screenshot(browser, "log");
    }

    @Test
    void aCsodsOfficerSeesTheForcesCasesWithTheirNextTimeLimit() throws Exception {
        HttpResponse<String> created = api("POST", "/api/csods/cases", "csods.merseyside-police", """
                {"applicant": {"name": "Browser Applicant"}, "subject": {"name": "Browser Subject"},
                 "children": [{"name": "Browser Child"}], "relationship": "Neighbour"}""");
        assertThat(created.statusCode()).isEqualTo(201);
        String id = created.body().replaceAll("(?s).*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");

        signIn("csods.merseyside-police", "demo");
        assertThat(browser.findElements(By.linkText("Record a share"))).isEmpty();
        browser.findElement(By.linkText("CSODS cases")).click();
        await().atMost(Duration.ofSeconds(15)).until(() -> {
            browser.navigate().refresh();
            return browser.getPageSource().contains(id);
        });
        assertThat(browser.findElement(By.id("cases")).getText()).contains(id, "Application received",
                "Initial checks by").doesNotContain("Browser Applicant", "Browser Subject", "Browser Child");
        Browser.screenshot(browser, "csods-cases");
    }

    private HttpResponse<String> api(String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(request.method(method, json == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void recordShareToKnowsley(String title) throws Exception {
        assertThat(api("POST", "/api/shares", "manager.merseyside-smb", ConsoleTest.share(title)).statusCode())
                .isEqualTo(201);
    }
}
