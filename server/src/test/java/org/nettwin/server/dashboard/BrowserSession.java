package org.nettwin.server.dashboard;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian chromium driven through {@code /usr/bin/chromedriver} for dashboard tests, with a fresh profile
 * that is deleted on close. Selenium Manager never runs (explicit binary and driver paths; the build also sets
 * {@code SE_OFFLINE=true}). Finds elements by their {@code data-testid}, waits generously (loaded 2-core machines),
 * reads the dashboard's test hooks ({@code window.__nettwin}), collects SEVERE console entries and writes
 * screenshots to {@code target/screenshots}.
 *
 * <pre>{@code
 * try (BrowserSession b = BrowserSession.start()) {
 *     b.signIn(baseUrl, token);                        // opens baseUrl#token=..., waits for the map
 *     b.waitUntil("every node on the map", () -> b.nodeIds().size() == 21);
 *     long states = b.stateCount();
 *     b.waitUntil("a live state push", () -> b.stateCount() > states);
 *     assertThat(b.consoleErrors()).isEmpty();
 * }
 * }</pre>
 */
public final class BrowserSession implements AutoCloseable {

    /** Debian's chromium. */
    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    /** Debian's chromium-driver. */
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** How long waits last by default: generous, for a loaded 2-core machine. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Held so that its level sticks: Selenium warns when it has no CDP bindings for this chromium (unused here). */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

    static {
        CDP_LOG.setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path profile;
    private final List<String> severe = new ArrayList<>();

    private BrowserSession(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Whether chromium and chromedriver are installed where the session expects them. */
    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** Starts a headless chromium (1400×900) with a fresh profile. */
    public static BrowserSession start() {
        if (!available()) {
            throw new IllegalStateException("dashboard tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + ": install them with 'apt-get install -y chromium chromium-driver'");
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("nettwin-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a chromium profile directory", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
        try {
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(PATIENCE).scriptTimeout(PATIENCE);
            return new BrowserSession(driver, profile);
        } catch (RuntimeException e) {
            deleteQuietly(profile);
            throw e;
        }
    }

    /** The underlying Selenium driver, for anything this class does not wrap. */
    public WebDriver driver() {
        return driver;
    }

    /** Navigates to {@code url} (only 127.0.0.1 URLs in tests). */
    public void open(String url) {
        driver.get(url);
    }

    /**
     * Opens the dashboard at {@code baseUrl} signed in with {@code token} (passed in the URL fragment, which the
     * dashboard removes from the address bar) and waits until the shell shows a role.
     */
    public void signIn(String baseUrl, String token) {
        open(baseUrl + "#token=" + token);
        waitUntil("the dashboard to sign in", () -> !text("role").isEmpty());
    }

    /** Signs in through the login form. */
    public void signInWithForm(String token) {
        type("login-token", token);
        click("login-submit");
    }

    /** The CSS selector of a {@code data-testid}. */
    public static By testId(String id) {
        return By.cssSelector("[data-testid=\"" + id + "\"]");
    }

    /** The element with that {@code data-testid}, waiting until it is displayed. */
    public WebElement element(String testId) {
        By by = testId(testId);
        waitUntil(testId + " to be displayed", () -> {
            List<WebElement> found = driver.findElements(by);
            return !found.isEmpty() && found.get(0).isDisplayed();
        });
        return driver.findElement(by);
    }

    /** Whether an element with that {@code data-testid} is displayed now (no waiting). */
    public boolean displayed(String testId) {
        List<WebElement> found = driver.findElements(testId(testId));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    /** The visible text of an element by {@code data-testid} ("" when it is missing or hidden). */
    public String text(String testId) {
        List<WebElement> found = driver.findElements(testId(testId));
        return found.isEmpty() ? "" : found.get(0).getText().trim();
    }

    /** Clicks the element with that {@code data-testid} once it is displayed. */
    public void click(String testId) {
        element(testId).click();
    }

    /** Replaces the value of an input by {@code data-testid}. */
    public void type(String testId, String value) {
        WebElement e = element(testId);
        e.clear();
        e.sendKeys(value);
    }

    /** Goes to a dashboard route: "map", "whatif", "whatif/&lt;job id&gt;", "events", "fidelity". */
    public void route(String route) {
        script("location.hash = '#/' + arguments[0]", route);
    }

    /** Waits up to {@link #PATIENCE} for a condition; fails naming {@code what} (and the console errors). */
    public void waitUntil(String what, Supplier<Boolean> condition) {
        waitUntil(what, PATIENCE, condition);
    }

    /** Waits up to {@code patience} for a condition; fails naming {@code what} (and the console errors). */
    public void waitUntil(String what, Duration patience, Supplier<Boolean> condition) {
        try {
            new WebDriverWait(driver, patience, Duration.ofMillis(100)).until(d -> {
                Boolean ok = condition.get();
                return ok != null && ok;
            });
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + patience.toSeconds() + " s for " + what + " in vain; url "
                + driver.getCurrentUrl() + "; console errors " + consoleErrors(), e);
        }
    }

    /** Runs JavaScript in the page and returns its result (Selenium's conversions: Long, Double, String, List…). */
    public Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    /** The ids of the nodes drawn on the map ({@code window.__nettwin.nodeIds()}). */
    public List<String> nodeIds() {
        return strings(script("return window.__nettwin ? window.__nettwin.nodeIds() : []"));
    }

    /** The ids of the links drawn on the map. */
    public List<String> linkIds() {
        return strings(script("return window.__nettwin ? window.__nettwin.linkIds() : []"));
    }

    /** How many twin states the page has received (the first GET plus each WebSocket push). */
    public long stateCount() {
        Object n = script("return window.__nettwin ? window.__nettwin.stateCount : 0");
        return n instanceof Number number ? number.longValue() : 0;
    }

    /** The {@code at} of the last twin state, or null before the first. */
    public String lastStateAt() {
        return (String) script("return window.__nettwin ? window.__nettwin.lastStateAt : null");
    }

    /** The live feed's connection: "connecting", "live" or "disconnected". */
    public String connection() {
        return (String) script("return window.__nettwin ? window.__nettwin.connection : 'disconnected'");
    }

    /** A link's status in the last state (UP, DOWN, STALE, UNKNOWN) or null when the state has no such link. */
    public String linkStatus(String linkId) {
        return (String) script("return window.__nettwin ? window.__nettwin.linkStatus(arguments[0]) : null", linkId);
    }

    /** A node's status in the last state, or null. */
    public String nodeStatus(String nodeId) {
        return (String) script("return window.__nettwin ? window.__nettwin.nodeStatus(arguments[0]) : null", nodeId);
    }

    /**
     * When (the page's {@code Date.now()}, ms since the epoch) the page first rendered the element's current status:
     * "node" or "link"; null when the page has no status for it. Same machine clock as the test's.
     */
    public Long statusSince(String kind, String id) {
        Object t = script("return window.__nettwin ? window.__nettwin.statusSince(arguments[0], arguments[1]) : null",
            kind, id);
        return t instanceof Number number ? number.longValue() : null;
    }

    /** Selects a node or link as if it were clicked on the map (the map is a canvas): "node" or "link". */
    public void select(String kind, String id) {
        script("window.__nettwin.select(arguments[0], arguments[1])", kind, id);
    }

    /**
     * Every SEVERE browser-console entry since the session started (uncaught errors, console.error, failed
     * requests such as a 401 or 404 answer, which chromium logs as network errors).
     */
    public List<String> consoleErrors() {
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                severe.add(e.getMessage());
            }
        }
        return List.copyOf(severe);
    }

    /** Forgets the console entries seen so far (e.g. between tests sharing a session). */
    public void clearConsole() {
        consoleErrors();
        severe.clear();
    }

    /** The SEVERE console entries that contain none of {@code expected} (e.g. "/api/emulator/faults - 404"). */
    public List<String> consoleErrorsExcept(String... expected) {
        return consoleErrors().stream().filter(m -> Arrays.stream(expected).noneMatch(m::contains)).toList();
    }

    /** Saves a PNG of the window as {@code target/screenshots/<name>.png} and returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write screenshot " + name, e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static List<String> strings(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(String::valueOf).toList();
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp profile is harmless
        }
    }
}
