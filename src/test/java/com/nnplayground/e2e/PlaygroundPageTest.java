package com.nnplayground.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The app on a random port and one headless Chromium for the test class: {@link #openPlayground()} loads "/";
 * {@link #url(String)} names any other page (the test-only ones included).
 */
// Without Vaadin's development tools (Copilot): its toolbar's layer would take the clicks meant for the page's header
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.devTools.enabled=false")
public abstract class PlaygroundPageTest {
    /** The first load may wait for a dev bundle build when the frontend changed since the last commit. */
    protected static final double FIRST_LOAD_MILLIS = 180_000;

    protected static BrowserSupport browser;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void launchBrowser() {
        browser = BrowserSupport.launch();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    /** The address of {@code path} on this server. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A fresh page (its own session) on the playground, ready to click. */
    protected Page openPlayground() {
        Page page = browser.newPage();
        page.navigate(url("/"));
        page.waitForSelector("#train", new Page.WaitForSelectorOptions().setTimeout(FIRST_LOAD_MILLIS));
        return page;
    }
}
