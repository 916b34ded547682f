package com.nnplayground.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.nnplayground.engine.Network;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.maths.Tex;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A headless Chromium for end-to-end tests: the machine's {@code /usr/bin/chromium} with flags that
 * suit containers and CI, or Playwright's own browser where that one is missing.
 *
 * <pre>{@code
 * try (BrowserSupport browser = BrowserSupport.launch()) {
 *     Page page = browser.newPage();
 *     page.navigate(baseUrl + "/");
 *     BrowserSupport.screenshot(page, "home");
 * }
 * }</pre>
 */
public final class BrowserSupport implements AutoCloseable {

    public static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final List<String> CHROMIUM_ARGS = List.of(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-background-networking", "--disable-component-update", "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;

    private BrowserSupport(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static BrowserSupport launch() {
        Playwright playwright = Playwright.create();
        try {
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true);
            if (Files.isExecutable(SYSTEM_CHROMIUM)) {
                options.setExecutablePath(SYSTEM_CHROMIUM).setArgs(CHROMIUM_ARGS);
            }
            return new BrowserSupport(playwright, playwright.chromium().launch(options));
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    /** A page in a fresh context (own cookies, so its own Vaadin session), 1280x800, downloads allowed. */
    public Page newPage() {
        return browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 800)
                .setAcceptDownloads(true)).newPage();
    }

    /** Saves a screenshot of the whole viewport as target/screenshots/{name}.png and returns its path. */
    public static Path screenshot(Page page, String name) {
        Path path = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(path));
        return path;
    }

    /** The text of every cell of a Vaadin Grid's rendered body rows, row by row (columns in display order). */
    @SuppressWarnings("unchecked")
    public static List<List<String>> gridRows(Page page, String gridId) {
        return (List<List<String>>) page.evaluate("""
                id => [...document.getElementById(id).shadowRoot.querySelectorAll('#items tr')]
                        .filter(tr => !tr.hidden && tr._item)
                        .map(tr => [...tr.querySelectorAll('td')].map(td => td._content.textContent))""", gridId);
    }

    /**
     * How the maths panel writes z⁽¹⁾ of data row 1 (its first stage, the forward pass) for these weights: a
     * fingerprint of the network it shows.
     */
    public static String firstLayerSums(PreparedExperiment experiment, Network network) {
        return Tex.row(network.forward(new double[][] {experiment.data().x()[0]}).z(1)[0]);
    }

    /**
     * Moves the speed slider to {@code position} (SpeedControl's steps), or to its right end, "as fast as it goes",
     * when null, as a drag that ends there does; the server answers with the pace in #speed-text.
     */
    public static void moveSpeedSlider(Page page, Integer position) {
        page.evaluate("p => { const s = document.getElementById('speed'); s.value = p == null ? s.max : p;"
                + " s.dispatchEvent(new Event('change', {bubbles: true})); }", position);
    }

    /** The TeX of every line of the maths panel, once a line holding {@code expected} has been typeset (scrolled to). */
    public static String mathsTex(Page page, String expected) {
        // The panel typesets only on screen (or within a screen of it), as a reader scrolls to it
        page.locator("#equations").scrollIntoViewIfNeeded();
        page.waitForFunction("t => [...document.querySelectorAll('#equations .maths-tex')]"
                + ".some(e => e.dataset.typeset === e.dataset.tex && e.dataset.tex.includes(t))", expected);
        return (String) page.evaluate("() => [...document.querySelectorAll('#equations .maths-tex')]"
                + ".map(e => e.dataset.tex).join('\\n')");
    }

    /** How many pixels of the first canvas in an element's shadow root are painted (not transparent). */
    public static long paintedPixels(Page page, String elementId) {
        return ((Number) page.evaluate("""
                id => {
                  const canvas = document.getElementById(id).shadowRoot.querySelector('canvas');
                  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                  let painted = 0;
                  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
                  return painted;
                }""", elementId)).longValue();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
