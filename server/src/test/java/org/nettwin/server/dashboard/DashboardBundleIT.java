package org.nettwin.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DashboardBundleIT {

    private static BundleServer server;
    private static BrowserSession browser;

    @BeforeAll
    static void start() {
        server = BundleServer.start();
        browser = BrowserSession.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void freshPage() {
        browser.open(server.url());
        browser.script("sessionStorage.clear()");
        browser.open("about:blank");
        browser.clearConsole();
    }

    @Test
    void showsTheLoginPageWithoutConsoleErrors() {
        browser.open(server.url());

        browser.element("login-form");
        assertThat(browser.element("login-token").getAttribute("type")).isEqualTo("password");
        assertThat(browser.displayed("shell")).isFalse();
        browser.screenshot("dashboard-login");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void exposesTheTestHooksBeforeSignIn() {
        browser.open(server.url());
        browser.element("login-form");

        assertThat(browser.nodeIds()).isEmpty();
        assertThat(browser.stateCount()).isZero();
        assertThat(browser.connection()).isEqualTo("disconnected");
    }

    @Test
    void removesATokenFromTheAddressBarAndSaysWhenTheServerCannotCheckIt() {
        browser.open(server.url() + "#token=not-a-real-token");

        browser.waitUntil("the login page to say why sign-in failed", () -> !browser.text("login-message").isEmpty());
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("not-a-real-token");
        assertThat(browser.script("return sessionStorage.getItem('nettwin.token')")).isNull();
        // chromium logs the refused call as a SEVERE network entry: the harness sees it, and can filter it out
        browser.waitUntil("the refused call in the console", () -> !browser.consoleErrors().isEmpty());
        assertThat(browser.consoleErrors()).anyMatch(m -> m.contains("/api/whoami"));
        assertThat(browser.consoleErrorsExcept("/api/whoami")).isEmpty();
    }
}
