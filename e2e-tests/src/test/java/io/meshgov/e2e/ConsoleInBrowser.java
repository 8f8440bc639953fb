package io.meshgov.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The seed's story in a real browser: Debian's Chromium, headless, through Debian's chromedriver (nothing is
 * downloaded). The owner and the analyst do their jobs on the console's pages after the demo: find "Top 10
 * customers", see 2.1 deprecated with 3.0 as its replacement and the analyst pending, see her in 2.1's impact, try
 * to retire 2.1 too early and read the catalog's reason, then, as the analyst, move to 3.0 and leave 2.1 and see the
 * campaign, the alert and the impact follow. Each page is photographed: into target/screenshots, or docs/console
 * with {@code -Dmeshgov.screenshots.write=true}.
 */
final class ConsoleInBrowser {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver browser;
    private final String base;
    private final List<String> timings = new ArrayList<>();

    private ConsoleInBrowser(WebDriver browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    /**
     * Whether this machine has Debian's Chromium and driver. Where they are missing the walk is skipped with a line
     * saying so, unless {@code MESHGOV_REQUIRE_BROWSER} is set ({@code .ci/run} installs both and sets it).
     */
    static boolean available() {
        boolean there = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!there && System.getenv("MESHGOV_REQUIRE_BROWSER") != null) {
            throw new AssertionError("MESHGOV_REQUIRE_BROWSER is set but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: apt-get install chromium chromium-driver");
        }
        if (!there) System.out.println("browser walk skipped: no " + CHROMIUM + " / " + CHROMEDRIVER);
        return there;
    }

    /** Walks the story; returns the page timings measured in the browser. */
    static List<String> walkTheStory(int consolePort) throws IOException {
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().window().setSize(new Dimension(1280, 1000));
            ConsoleInBrowser walk = new ConsoleInBrowser(driver, "http://localhost:" + consolePort);
            walk.story();
            return walk.timings;
        } finally {
            driver.quit();
        }
    }

    private void story() throws IOException {
        // the analyst looks for what she uses
        open("/");
        WebElement search = browser.findElement(By.name("q"));
        search.sendKeys("Top 10 customers");
        search.submit();
        waitFor(() -> browser.getCurrentUrl().contains("q="));
        shoot("catalog");
        browser.findElement(By.linkText("Top 10 customers")).click();
        waitFor(() -> browser.getCurrentUrl().endsWith("/products/top-10-customers"));
        assertThat(text()).contains("2.1.0", "3.0.0", "What changed");
        shoot("product");

        open("/products/top-10-customers/versions/2.1");
        assertThat(text()).contains("Deprecated", "Sunset in");
        assertThat(browser.findElement(By.cssSelector(".deprecation a")).getText())
                .startsWith("3.0");
        assertThat(browser.findElement(By.cssSelector("tr.pending")).getText()).contains("jane.analyst");
        String pendingBefore =
                browser.findElement(By.cssSelector(".pending-count")).getText();
        shoot("version-deprecated");

        open("/consumers/jane.analyst");
        assertThat(browser.findElement(By.cssSelector(".warning")).getText()).isNotBlank();
        shoot("consumer");

        long lineage = renderedGraph("/products/top-10-customers/versions/2.1/lineage");
        assertThat(text()).as("2.1's impact before she moves").contains("jane.analyst");
        timings.add("lineage page of 2.1 rendered in " + lineage + " ms");
        shoot("lineage");

        // the owner tries to retire 2.1 while the analyst is still on it
        open("/products/top-10-customers/versions/2.1");
        fill("#retire", "domain", "sales");
        fill("#retire", "reason", "3.0 replaces it");
        browser.findElement(By.cssSelector("#retire button")).click();
        Decided refused = decided();
        assertThat(refused.state()).isEqualTo("REFUSED");
        assertThat(refused.text()).contains("lifecycle", "before its sunset", "consumer(s) remain");
        shoot("retire-refused");

        // a bad sunset is refused by the form before anything is sent
        open("/products/top-10-customers/versions/3.0");
        fill("#deprecate", "domain", "sales");
        fill("#deprecate", "reason", "too early");
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = '2020-01-01'",
                        browser.findElement(By.cssSelector("#deprecate [name='sunset']")));
        browser.findElement(By.cssSelector("#deprecate button")).click();
        waitFor(() ->
                !browser.findElements(By.cssSelector("#deprecate .field-error")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#deprecate .field-error"))
                        .getText())
                .contains("in the past");

        // the analyst moves: registers to 3.0, then deregisters from 2.1
        open("/products/top-10-customers/versions/3.0");
        fill("#register", "domain", "finance");
        fill("#register", "consumerId", "jane.analyst");
        fill("#register", "purpose", "credit-risk review of key accounts");
        fill("#register", "contact", "jane.analyst@acmeco.example");
        browser.findElement(By.cssSelector("#register button")).click();
        assertThat(decided().state()).isEqualTo("APPLIED");
        shoot("register-applied");

        open("/products/top-10-customers/versions/2.1");
        browser.findElement(By.cssSelector("tr[data-consumer='jane.analyst'] form.deregister button"))
                .click();
        assertThat(decided().state()).isEqualTo("APPLIED");
        open("/products/top-10-customers/versions/2.1");
        assertThat(browser.findElement(By.cssSelector(".pending-count")).getText())
                .as("pending consumers after she left")
                .isNotEqualTo(pendingBefore);
        shoot("version-migrated");

        reloadUntil("/alerts?state=RESOLVED", () -> text().contains("jane.analyst"));
        shoot("alerts");
        reloadUntil(
                "/products/top-10-customers/versions/2.1/lineage",
                () -> !browser.findElement(By.tagName("main")).getText().contains("jane.analyst"));

        open("/products/top-10-customers/versions/3.0/quality");
        shoot("quality");
        open("/products/top-10-customers/compare?versions=2.1,3.0");
        shoot("compare");
        open("/violations");
        shoot("violations");
    }

    private long renderedGraph(String path) {
        open(path);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> "true".equals(d.findElement(By.id("lineage-graph")).getAttribute("data-rendered")));
        Object millis = ((JavascriptExecutor) browser).executeScript("return Math.round(performance.now());");
        return ((Number) millis).longValue();
    }

    /** What the decision panel says once the catalog has decided (the page polls it, replacing it, while it waits). */
    private Decided decided() {
        return new WebDriverWait(browser, Duration.ofSeconds(60))
                .ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    var panels = d.findElements(By.id("decision"));
                    if (panels.isEmpty()) return null;
                    String state = panels.get(0).getAttribute("data-state");
                    return "WAITING".equals(state)
                            ? null
                            : new Decided(state, panels.get(0).getText());
                });
    }

    private record Decided(String state, String text) {}

    private void reloadUntil(String path, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .pollingEvery(Duration.ofSeconds(1))
                .until(d -> {
                    open(path);
                    return condition.getAsBoolean();
                });
    }

    private void fill(String form, String field, String value) {
        WebElement input = browser.findElement(By.cssSelector(form + " [name='" + field + "']"));
        input.clear();
        input.sendKeys(value);
    }

    private void open(String path) {
        browser.get(base + path);
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> condition.getAsBoolean());
    }

    private void shoot(String name) throws IOException {
        Path shot = ((org.openqa.selenium.TakesScreenshot) browser)
                .getScreenshotAs(OutputType.FILE)
                .toPath();
        Path dir = Boolean.getBoolean("meshgov.screenshots.write")
                ? MeshProcesses.ROOT.resolve("docs/console")
                : MeshProcesses.ROOT.resolve("e2e-tests/target/screenshots");
        Files.createDirectories(dir);
        Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
