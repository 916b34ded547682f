package com.nnplayground.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The app on a random port and one headless Chromium for the test class; {@link #openPlayground()} loads "/". */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class PlaygroundPageTest {
    static BrowserSupport browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void launchBrowser() {
        browser = BrowserSupport.launch();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    /** A fresh page (its own session) on the playground, ready to click. */
    Page openPlayground() {
        Page page = browser.newPage();
        page.navigate("http://localhost:" + port + "/");
        // the first load may wait for a dev bundle build when the frontend changed since the last commit
        page.waitForSelector("#train", new Page.WaitForSelectorOptions().setTimeout(180_000));
        return page;
    }
}
