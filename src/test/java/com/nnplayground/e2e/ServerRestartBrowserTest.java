package com.nnplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.nnplayground.Application;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server stops while a page is training, and comes back: the page must say so plainly (connection lost, then
 * "this page has expired, reload"), never sit there with a frozen chart; a reload then works as before. The app
 * runs here as its own Spring application on a fixed port, so that it can be stopped and started again on the
 * same address while the browser keeps the page.
 */
class ServerRestartBrowserTest {

    private static final Page.WaitForFunctionOptions PATIENT = new Page.WaitForFunctionOptions().setTimeout(90_000);

    private ConfigurableApplicationContext server;
    private BrowserSupport browser;

    @AfterEach
    void stopEverything() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void a_restart_mid_run_shows_connection_lost_then_expired_and_a_reload_trains_again() throws IOException {
        int port = freePort();
        server = start(port);
        browser = BrowserSupport.launch();
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/");
        page.waitForSelector("#train", new Page.WaitForSelectorOptions().setTimeout(180_000));
        page.locator("#iterations input").fill("10000000");
        page.locator("#iterations input").press("Tab");
        // The server has the typed number once the speed line says how long it takes
        page.waitForFunction("() => document.body.innerText.includes('10,000,000 in')");
        page.click("#train");
        page.waitForFunction("() => document.getElementById('loss-chart').pointCount > 10");

        server.close();
        server = null;
        page.waitForFunction("() => document.body.innerText.includes('Connection to the server lost')", null, PATIENT);
        // Lumo fades the message in (opacity 0 to 1 over 0.5 s): it must end fully opaque, readable on a projector.
        page.waitForFunction("() => getComputedStyle(document.querySelector("
                + "'vaadin-connection-indicator .v-status-message')).opacity === '1'", null,
                new Page.WaitForFunctionOptions().setTimeout(5_000));
        BrowserSupport.screenshot(page, "restart-connection-lost");
        assertThat(((Number) page.evaluate("() => { const m = document.querySelector("
                + "'vaadin-connection-indicator .v-status-message'); const t = m.querySelector('.text');"
                + " return m.getBoundingClientRect().bottom - t.getBoundingClientRect().bottom; }")).doubleValue())
                .as("the message is shown in full, not clipped to Lumo's thin bar").isGreaterThanOrEqualTo(0);
        int pointsWhileDown = (Integer) page.evaluate("() => document.getElementById('loss-chart').pointCount");

        server = start(port);
        page.waitForFunction("() => document.body.innerText.includes('This page has expired')", null, PATIENT);
        BrowserSupport.screenshot(page, "restart-expired");
        assertThat(page.textContent("body")).contains("Reload the page");
        assertThat((Integer) page.evaluate("() => document.getElementById('loss-chart').pointCount"))
                .as("the chart keeps what it had").isEqualTo(pointsWhileDown);

        page.reload();
        page.waitForSelector("#train", new Page.WaitForSelectorOptions().setTimeout(180_000));
        // The page's memory (the tab's session storage) is read after the page is built: 1,500 first, then the typed value
        page.waitForFunction("() => ['10000000', '10,000,000'].includes(document.querySelector('#iterations input').value)",
                null, new Page.WaitForFunctionOptions().setTimeout(15_000));
        page.locator("#iterations input").fill("1500");
        page.locator("#iterations input").press("Tab");
        page.click("#train");
        page.waitForFunction("() => document.getElementById('training-status').textContent"
                + ".startsWith('Trained for 1,500 iterations')",
                null, PATIENT);
        assertThat(BrowserSupport.gridRows(page, "predictions")).hasSize(4);
    }

    private static ConfigurableApplicationContext start(int port) {
        // as arguments: properties set on the builder are defaults, which application.properties would override
        return new SpringApplicationBuilder(Application.class).run("--server.port=" + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
