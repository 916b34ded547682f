package com.nnplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
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

        drag(0);
        page.waitForFunction("() => document.getElementById('scrubber-label').textContent.startsWith('Iteration 1 of')");
        assertThat(page.textContent("#equations")).contains(row(seed.start().weights()[0][0]));
        assertThat(page.evaluate("() => document.getElementById('loss-chart').marker")).isEqualTo(1);

        drag(1);
        page.waitForFunction("() => document.getElementById('scrubber-label').textContent.startsWith('End of the run')");
        Training trained = seed.newTraining();
        trained.run(1500, null, null);
        assertThat(page.textContent("#equations")).contains(row(trained.network().weights()[0][0]))
                .doesNotContain(row(seed.start().weights()[0][0]));
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

    /** Drags the slider's thumb from its end to a share of its width (0 the left end, 1 the right). */
    private void drag(double share) {
        BoundingBox box = page.locator("#scrubber").boundingBox();
        double y = box.y + box.height / 2;
        double from = share == 0 ? box.x + box.width - 2 : box.x + 2;
        page.mouse().move(from, y);
        page.mouse().down();
        page.mouse().move(box.x + box.width * share, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        page.mouse().up();
    }

    private static String row(double[] weights) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < weights.length; i++) {
            text.append(i > 0 ? ", " : "").append(String.format("%.4f", weights[i]));
        }
        return text.append("]").toString();
    }
}
