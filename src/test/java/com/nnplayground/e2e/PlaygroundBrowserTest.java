package com.nnplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The playground in a real headless Chromium: server push, the chart drawing, the grid as a user reads it. */
class PlaygroundBrowserTest extends PlaygroundPageTest {
    private static final String SUMMARY = "document.getElementById('training-summary').textContent";

    private Page page;

    @BeforeEach
    void openThePlayground() {
        page = openPlayground();
    }

    @Test
    void the_seed_experiment_trains_live_and_predicts_xor() {
        assertThat(page.textContent("#training-summary")).contains("Not trained yet");
        BrowserSupport.screenshot(page, "playground-before");

        page.click("#train");
        page.waitForFunction("() => " + SUMMARY + ".includes('Final loss')");

        assertThat(page.evaluate("() => document.getElementById('loss-chart').pointCount")).isEqualTo(1500);
        assertThat(BrowserSupport.paintedPixels(page, "loss-chart")).isGreaterThan(1000);
        List<List<String>> rows = BrowserSupport.gridRows(page, "predictions");
        assertThat(rows).hasSize(4);
        double[] xor = {0, 1, 1, 0};
        for (int r = 0; r < 4; r++) {
            List<String> row = rows.get(r);
            assertThat(Double.parseDouble(row.get(4))).as("target of row %d", r + 1).isEqualTo(xor[r]);
            assertThat(Double.parseDouble(row.get(5))).as("prediction of row %d", r + 1).isCloseTo(xor[r], within(0.1));
        }
        assertThat(page.textContent("#training-summary")).contains("accuracy 100.0 % (4 of 4)");
        assertThat(page.isEnabled("#train")).isTrue();
        BrowserSupport.screenshot(page, "playground-after");
    }

    @Test
    void stop_during_a_long_run_keeps_the_curve_and_shows_the_predictions_at_the_stop() {
        page.locator("#iterations input").fill("10000000");
        page.click("#train");
        page.waitForFunction("() => document.getElementById('loss-chart').pointCount > 100");
        assertThat(page.isDisabled("#train")).as("Train is disabled while a run is going").isTrue();
        assertThat(page.textContent("#progress-text")).contains("of 10,000,000");
        assertThat(page.evaluate("() => getComputedStyle(document.getElementById('training-progress').shadowRoot"
                + ".querySelector('[part=value]')).transitionDuration"))
                .as("the bar jumps: a slide on every report kept the page repainting").isEqualTo("0s");
        BrowserSupport.screenshot(page, "playground-during");

        page.click("#stop");
        page.waitForFunction("() => document.getElementById('training-status').textContent.startsWith('Stopped at iteration')");
        page.waitForFunction("() => " + SUMMARY + ".includes('Final loss')");
        assertThat(BrowserSupport.gridRows(page, "predictions")).hasSize(4);
        assertThat((Integer) page.evaluate("() => document.getElementById('loss-chart').pointCount"))
                .isPositive().isLessThanOrEqualTo(4000);
        assertThat(page.isEnabled("#train")).isTrue();
    }
}
