package org.nettwin.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.nettwin.model.network.Network;
import org.nettwin.server.api.Role;
import org.nettwin.server.demo.DemoCommand;
import org.nettwin.server.demo.DemoRig;

/**
 * The dashboard in headless chromium against a real {@code nettwin demo} rig (emulated metro network, collectors,
 * live twin, what-if jobs, API), without the storyline: the test injects the faults itself through the API. The
 * steps share one rig and one browser and run in order (sign-in, live updates, a fault and its repair, what-ifs,
 * a viewer's refused what-if).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardIT {

    /** What the detail panel says under a plotted chart: {@code 123 points, one per 2 s}. */
    private static final java.util.regex.Pattern POINTS = java.util.regex.Pattern.compile("\\d+ points, one per \\d+ s");

    private static final String LINK = "core-gw--agg-north";
    private static final Duration FAULT_PATIENCE = Duration.ofSeconds(30);
    private static final Duration ESTIMATE_PATIENCE = Duration.ofSeconds(60);
    private static final Duration PACKET_PATIENCE = Duration.ofSeconds(120);

    @TempDir
    static Path dataDir;

    private static Network network;
    private static DemoRig rig;
    private static BrowserSession browser;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void start() throws Exception {
        network = DemoCommand.metro();
        rig = DemoRig.start(network, new DemoRig.Options(dataDir, 0, 1, Duration.ofMinutes(10), "realistic",
                Optional.empty()), Clock.systemUTC(), line -> { });
        browser = BrowserSession.start();
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (rig != null) {
                rig.close();
            }
        }
    }

    @Test
    @Order(1)
    void showsEveryNodeAndLinkOfTheDemoNetworkAfterSignIn() {
        browser.signIn(base(), rig.token(Role.OPERATOR));

        TreeSet<String> nodes = new TreeSet<>();
        network.topology().nodes().forEach(n -> nodes.add(n.id().value()));
        TreeSet<String> links = new TreeSet<>();
        network.topology().links().forEach(l -> links.add(l.id().value()));
        browser.waitUntil("every node and link on the map", () -> new TreeSet<>(browser.nodeIds()).equals(nodes)
                && new TreeSet<>(browser.linkIds()).equals(links));
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("#token=");
        assertThat(browser.text("role")).containsIgnoringCase("operator");
        assertThat(browser.text("node-count")).contains(nodes.size() + " nodes").contains(links.size() + " links");
        browser.screenshot("demo-map-signed-in");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(2)
    void receivesLiveStateUpdates() {
        browser.waitUntil("the live feed to connect", () -> "live".equals(browser.connection()));
        long count = browser.stateCount();
        String at = browser.lastStateAt();
        String clock = browser.text("last-state-clock");

        browser.waitUntil("a live state push", () -> browser.stateCount() > count
                && browser.lastStateAt() != null && !browser.lastStateAt().equals(at));
        browser.waitUntil("the top bar clock to move", () -> !browser.text("last-state-clock").equals(clock));
        assertThat(browser.text("live-indicator")).isEqualTo("live");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(3)
    void showsAnInjectedLinkFailureAndItsRepairOnTheMap() throws Exception {
        browser.waitUntil("the link to be up before the fault", FAULT_PATIENCE, () -> "UP".equals(status(LINK)));

        long down = injectAndWait("link-down", "DOWN");
        System.out.printf("fault → dashboard: %d ms (link-down %s)%n", down, LINK);
        browser.select("link", LINK);
        browser.waitUntil("the detail panel to say DOWN", () -> browser.text("detail-status").equals("DOWN"));
        browser.screenshot("demo-link-down");

        long up = injectAndWait("link-up", "UP");
        System.out.printf("fault → dashboard: %d ms (link-up %s)%n", up, LINK);
        browser.screenshot("demo-link-up");

        assertThat(down).isLessThan(FAULT_PATIENCE.toMillis());
        assertThat(up).isLessThan(FAULT_PATIENCE.toMillis());
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(4)
    void runsAFlowWhatIfStartedFromTheMap() {
        awaitEstimate();
        failLinkFromTheMap();
        browser.click("whatif-run");

        browser.element("outcome-flow");
        browser.waitUntil("the job to be shown", () -> !browser.text("job-status").isEmpty());
        assertThat(browser.text("job")).contains("fail link " + LINK);
        assertThat(browser.text("outcome-links")).as("the table of changed link utilisation").contains(LINK)
                .contains("agg-west");
        browser.screenshot("demo-whatif-flow");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(5)
    void runsAPacketLevelWhatIfToTheEnd() {
        failLinkFromTheMap();
        if (!browser.element("whatif-packet").isSelected()) {
            browser.click("whatif-packet");
        }
        browser.click("whatif-run");

        browser.element("outcome-flow");
        browser.waitUntil("the packet-level outcome", PACKET_PATIENCE, () -> browser.displayed("outcome-packet"));
        browser.waitUntil("the job to be DONE", () -> browser.text("job-status").equals("DONE"));
        assertThat(browser.text("outcome-packet")).contains("Packet-level");
        browser.screenshot("demo-whatif-packet");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(6)
    void tellsAViewerThatItCannotRunAWhatIf() {
        browser.script("sessionStorage.clear()");
        browser.open("about:blank");
        browser.signIn(base(), rig.token(Role.VIEWER));
        assertThat(browser.text("role")).containsIgnoringCase("viewer");
        browser.waitUntil("the map", () -> browser.linkIds().contains(LINK));

        failLinkFromTheMap();
        browser.click("whatif-run");

        browser.waitUntil("the refusal", () -> browser.text("whatif-message").contains("can look but not run"));
        browser.screenshot("demo-viewer-refused");
        assertThat(browser.consoleErrorsExcept(
                "/api/whatif - Failed to load resource: the server responded with a status of 403")).isEmpty();
    }

    @Test
    @Order(7)
    void chartsAnElementsHistoryWithASelectableRange() {
        browser.clearConsole();
        browser.route("map");
        browser.select("node", "agg-north");
        browser.waitUntil("the node's series to load and plot", () -> POINTS.matcher(
                browser.text("chart-message")).matches() && !browser.text("chart-message").startsWith("0 "));
        Object options = browser.script("return document.querySelector('[data-testid=series-select]').options.length");
        assertThat(((Number) options).intValue()).isPositive();
        assertThat(browser.script("return document.querySelector('[data-testid=series-select]').selectedOptions[0]"
                + ".textContent")).asString().contains("out-octets");
        browser.script("document.querySelector('[data-testid=range-selector] [data-range=\"3600\"]').click()");
        browser.waitUntil("the one-hour range to be plotted", () -> browser.text("chart-message").endsWith(
                "one per 8 s"));
        browser.screenshot("demo-element-history");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(8)
    void showsTheFailureInTheEventsTimelineAndTheFidelityPanel() {
        browser.clearConsole();
        browser.route("events");
        browser.waitUntil("the link failure in the event list", () -> ((Number) browser.script(
                "return [...document.querySelectorAll('[data-testid=event]')].filter(r => r.textContent.includes("
                        + "arguments[0])).length", LINK)).intValue() >= 2);
        assertThat(browser.script("return document.querySelector('[data-testid=event-timeline] canvas') !== null"))
                .isEqualTo(true);
        browser.screenshot("demo-events");
        browser.route("fidelity");
        browser.waitUntil("a fidelity score", () -> browser.script(
                "const e = document.querySelector('[data-testid=fidelity-score]'); return e ? e.textContent : ''")
                .toString().matches("\\d+ %"));
        browser.screenshot("demo-fidelity");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    private static void failLinkFromTheMap() {
        browser.route("map");
        browser.select("link", LINK);
        browser.click("whatif-fail-link");
        browser.waitUntil("the what-if page with the change", () -> browser.text("whatif-changes").contains(LINK));
    }

    private static void awaitEstimate() {
        browser.waitUntil("the twin's first traffic-matrix estimate", ESTIMATE_PATIENCE,
                () -> rig.twin().twin().state().matrix().isPresent());
    }

    /** Injects a link fault through the API; returns ms from the POST to the page first rendering {@code want}. */
    private static long injectAndWait(String type, String want) throws IOException, InterruptedException {
        long posted = System.currentTimeMillis();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "api/emulator/faults"))
                .header("Authorization", "Bearer " + rig.token(Role.OPERATOR))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"" + type + "\",\"link\":\"" + LINK + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        browser.waitUntil(LINK + " " + want + " on the page", FAULT_PATIENCE, () -> want.equals(status(LINK)));
        Long since = browser.statusSince("link", LINK);
        assertThat(since).isNotNull();
        return since - posted;
    }

    private static String status(String link) {
        return browser.linkStatus(link);
    }

    private static String base() {
        String uri = rig.uri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }
}
