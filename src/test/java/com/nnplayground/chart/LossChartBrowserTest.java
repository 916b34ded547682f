package com.nnplayground.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.nnplayground.e2e.BrowserSupport;
import com.nnplayground.e2e.PlaygroundPageTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chart in a real headless Chromium: what only a browser shows (the canvas, the downloads). */
class LossChartBrowserTest extends PlaygroundPageTest {

    private static final String CHART = "document.getElementById('loss-chart')";

    private Page page;
    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeEach
    void openTestPage() {
        page = browser.newPage();
        page.onConsoleMessage(message -> {
            // the app has no favicon yet; that 404 is not the chart's business
            if (message.type().equals("error") && !message.location().contains("/favicon.ico")) {
                consoleErrors.add(message.text() + " at " + message.location());
            }
        });
        page.navigate(url("/chart-test"));
        page.waitForFunction("() => " + CHART + "?.pointCount === 1000", null,
                new Page.WaitForFunctionOptions().setTimeout(FIRST_LOAD_MILLIS));
    }

    @AfterEach
    void noErrorsInTheBrowserConsole() {
        assertEquals(List.of(), consoleErrors);
    }

    private void waitFor(String condition) {
        page.waitForFunction("() => " + condition);
    }

    private Object evaluate(String expression) {
        return page.evaluate("() => " + expression);
    }

    /** Pixels of the canvas that are not transparent, and those in the training line's blue. */
    private List<?> paintedAndBluePixels() {
        return (List<?>) page.evaluate("""
                () => {
                  const canvas = document.getElementById('loss-chart').shadowRoot.querySelector('canvas');
                  const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                  let painted = 0, blue = 0;
                  for (let i = 0; i < data.length; i += 4) {
                    if (data[i + 3] > 0) painted++;
                    if (data[i + 3] > 128 && data[i + 2] > 180 && data[i] < 90) blue++;
                  }
                  return [painted, blue];
                }""");
    }

    @Test
    void draws_the_points_sent_at_attach_and_then_appended() {
        page.click("#append-more");
        waitFor(CHART + ".pointCount === 1500");

        List<?> pixels = paintedAndBluePixels();
        assertTrue(((Number) pixels.get(0)).intValue() > 5000, "painted pixels: " + pixels.get(0));
        assertTrue(((Number) pixels.get(1)).intValue() > 300, "training-line pixels: " + pixels.get(1));
        assertEquals("1500", page.textContent("#server-count"));
        Path screenshot = BrowserSupport.screenshot(page, "chart");
        assertTrue(Files.exists(screenshot));
    }

    @Test
    void hovering_shows_the_iteration_and_both_losses() {
        // at iteration 250, where both losses have a point (the test loss is measured every 10 iterations)
        var box = page.locator("#loss-chart canvas").boundingBox();
        double x = ((Number) evaluate(CHART + ".chart.scales.x.getPixelForValue(250)")).doubleValue();
        page.mouse().move(box.x + x, box.y + box.height / 2);
        waitFor(CHART + ".chart.tooltip.opacity > 0");

        String title = (String) evaluate(CHART + ".chart.tooltip.title[0]");
        String lines = (String) evaluate(CHART + ".chart.tooltip.body.map(b => b.lines.join()).join('|')");
        assertEquals("iteration 250", title);
        assertTrue(lines.matches("training loss: [0-9.e-]+\\|test loss: [0-9.e-]+"), lines);
        BrowserSupport.screenshot(page, "chart-tooltip");
    }

    @Test
    void the_log_scale_checkbox_switches_the_y_axis() {
        page.click("vaadin-checkbox");
        waitFor(CHART + ".chart.scales.y.type === 'logarithmic'");
        BrowserSupport.screenshot(page, "chart-log");
    }

    @Test
    void a_long_run_is_downsampled_to_the_same_points_in_browser_and_server() {
        page.click("#run-long");
        waitFor(CHART + ".chart.data.datasets[0].data.at(-1).x === 9999");

        int serverCount = Integer.parseInt(page.textContent("#server-count"));
        assertTrue(serverCount <= LossChart.DEFAULT_CAP, "server keeps " + serverCount);
        assertEquals(serverCount, ((Number) evaluate(CHART + ".pointCount")).intValue());
        assertEquals(0, ((Number) evaluate(CHART + ".chart.data.datasets[0].data[0].x")).intValue());
    }

    @Test
    void a_re_attached_chart_draws_its_whole_history_again() {
        page.click("#reattach");
        page.click("#append-more");
        waitFor(CHART + ".pointCount === 1500");

        page.click("#detach");
        waitFor(CHART + " === null");
        page.click("#reattach");
        waitFor(CHART + "?.pointCount === 1500");
        assertTrue(((Number) paintedAndBluePixels().get(1)).intValue() > 300);
    }

    @Test
    void downloads_the_history_as_csv_and_the_picture_as_png() throws Exception {
        Download csv = page.waitForDownload(() -> page.click("text=Download CSV"));
        assertEquals("loss.csv", csv.suggestedFilename());
        List<String> lines = Files.readAllLines(csv.path());
        assertEquals("iteration,training_loss,test_loss", lines.get(0));
        assertEquals(1001, lines.size());

        Download png = page.waitForDownload(() -> page.click("text=Download PNG"));
        assertEquals("loss.png", png.suggestedFilename());
        byte[] bytes = Files.readAllBytes(png.path());
        assertTrue(bytes.length > 5000 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G', bytes.length + " bytes");
    }
}
