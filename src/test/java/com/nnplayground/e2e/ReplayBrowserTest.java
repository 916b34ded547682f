package com.nnplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.nnplayground.engine.Training;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.PreparedExperiment;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The replay slider and the kept runs in a real headless Chromium: what the page draws when a user drags and compares. */
class ReplayBrowserTest extends PlaygroundPageTest {
    private static final String DONE = "() => document.getElementById('training-status').textContent.startsWith('Trained')"
            + " && !document.getElementById('train').hasAttribute('disabled')";

    private Page page;

    @BeforeEach
    void openThePlayground() {
        page = openPlayground();
    }

    @Test
    void dragged_to_iteration_1_the_maths_show_the_starting_weights_and_to_the_end_the_final_ones() {
        PreparedExperiment seed = PreparedExperiment.of(Experiment.seedArticle());
        page.click("#train");
        page.waitForFunction(DONE);

        moveTo(0);
        page.waitForFunction("() => document.getElementById('scrubber-label').textContent.startsWith('Iteration 1 of')");
        String start = BrowserSupport.firstLayerSums(seed, seed.start());
        assertThat(BrowserSupport.mathsTex(page, start)).contains(start);
        assertThat(page.evaluate("() => document.getElementById('loss-chart').marker")).isEqualTo(1);

        moveTo(1);
        page.waitForFunction("() => document.getElementById('scrubber-label').textContent.startsWith('End of the run')");
        Training trained = seed.newTraining();
        trained.run(1500, null, null);
        String end = BrowserSupport.firstLayerSums(seed, trained.network());
        assertThat(BrowserSupport.mathsTex(page, end)).contains(end).doesNotContain(start);
        assertThat(page.evaluate("() => document.getElementById('loss-chart').marker")).isEqualTo(1500);
        BrowserSupport.screenshot(page, "replay-end");
    }

    @Test
    void two_runs_draw_two_curves_and_the_legend_names_the_changed_setting() {
        page.click("#train");
        page.waitForFunction(DONE);
        page.locator("#learning-rate input").fill("0.1");
        page.locator("#learning-rate input").press("Tab");
        page.click("#train");
        page.waitForFunction("() => document.getElementById('loss-chart').overlayLabels.length === 1"
                + " && document.getElementById('loss-chart').trainingLabel.startsWith('Run 2')");
        page.waitForFunction(DONE);

        assertThat(page.evaluate("() => document.getElementById('loss-chart').overlayLabels")).isEqualTo(List.of("Run 1"));
        assertThat(page.evaluate("() => document.getElementById('loss-chart').trainingLabel"))
                .isEqualTo("Run 2: learning rate 1 → 0.1 (training loss)");
        assertThat(page.textContent("#run-history")).contains("Run 2: learning rate 1 → 0.1", "Run 1 ·");
        assertThat(BrowserSupport.paintedPixels(page, "loss-chart")).isGreaterThan(1000);
        BrowserSupport.screenshot(page, "replay-two-runs");
    }

    /**
     * Moves the slider to one end, as the browser reports a user's drag: the slider's own range input gets the value
     * and fires input and change (a mouse drag's pixel arithmetic on a 1,500-step track was not reliable headless).
     */
    private void moveTo(double share) {
        page.locator("#scrubber input").evaluate("(input, share) => {"
                + " input.value = share === 0 ? input.min : input.max;"
                + " input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));"
                + " input.dispatchEvent(new Event('change', { bubbles: true, composed: true })); }", share);
    }
}
