package com.nnplayground.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.nnplayground.numbers.Numbers;
import com.nnplayground.engine.Network;
import com.nnplayground.engine.Training;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.PreparedExperiment;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pace, pause and step as a class sees them: what the browser is sent, push by push. */
class PaceBrowserTest extends PlaygroundPageTest {
    private static final String POINTS = "() => document.getElementById('loss-chart').pointCount";

    private Page page;

    @BeforeEach
    void openThePlayground() {
        page = openPlayground();
    }

    @Test
    void step_advances_exactly_one_iteration_and_the_maths_shows_the_engines_weights_after_it() {
        page.click("#step");
        page.waitForFunction("() => document.getElementById('progress-text').textContent.startsWith('Iteration 1 of')");
        assertThat(page.evaluate(POINTS)).isEqualTo(1);
        assertThat(BrowserSupport.mathsTex(page, sums(trainedFor(1)))).contains(sums(trainedFor(1)));
        assertThat(page.textContent("#pause")).as("the button, then its tooltip").startsWith("Continue");

        page.click("#step-ten");
        page.waitForFunction("() => document.getElementById('progress-text').textContent.startsWith('Iteration 11 of')");
        assertThat(page.evaluate(POINTS)).isEqualTo(11);
        assertThat(BrowserSupport.mathsTex(page, sums(trainedFor(11)))).contains(sums(trainedFor(11)))
                .doesNotContain(sums(trainedFor(1)));
        BrowserSupport.screenshot(page, "pace-stepped");
    }

    @Test
    void a_paced_run_pushes_many_intermediate_states_to_the_loss_chart() {
        page.evaluate("""
                () => {
                  const chart = document.getElementById('loss-chart');
                  const append = chart.appendPoints.bind(chart);
                  window.__pushes = [];
                  chart.appendPoints = (...args) => { append(...args); window.__pushes.push(chart.pointCount); };
                }""");
        assertThat(page.textContent("#speed-text")).startsWith("200 iterations a second");
        page.click("#train");
        page.waitForTimeout(2500);
        BrowserSupport.screenshot(page, "pace-during");
        page.waitForFunction("() => document.getElementById('training-status').textContent.startsWith('Trained')",
                null, new Page.WaitForFunctionOptions().setTimeout(60_000));

        @SuppressWarnings("unchecked")
        List<Number> pushes = (List<Number>) page.evaluate("() => window.__pushes");
        // 7.5 s at about ten pushes a second; a run at full speed sends its 1,500 points in one or two
        assertThat(pushes).as("chart updates during the run").hasSizeGreaterThan(25);
        assertThat(pushes.get(pushes.size() - 1).intValue()).isEqualTo(1500);
        for (int i = 1; i < pushes.size(); i++) {
            assertThat(pushes.get(i).intValue()).as("each push shows a later state").isGreaterThan(pushes.get(i - 1).intValue());
        }
    }

    @Test
    void continue_after_pause_gives_the_same_final_weights_as_a_run_never_paused() {
        // 50 iterations a second: 30 s for the run, so that a busy machine still clicks Pause before it ends
        BrowserSupport.moveSpeedSlider(page, 7);
        page.waitForFunction("() => document.getElementById('speed-text').textContent.startsWith('50 iterations')");
        page.click("#train");
        page.waitForFunction(POINTS + " > 100");
        page.click("#pause");
        page.waitForFunction("() => document.getElementById('training-status').textContent.startsWith('Paused at iteration')");
        page.waitForTimeout(300);
        Object pausedAt = page.evaluate(POINTS);
        page.waitForTimeout(700);
        assertThat(page.evaluate(POINTS)).as("nothing trains while paused").isEqualTo(pausedAt);
        assertThat(page.textContent("#train-note")).contains("Continue goes on from there");
        BrowserSupport.screenshot(page, "pace-paused");

        BrowserSupport.moveSpeedSlider(page, null);
        page.click("#pause");
        page.waitForFunction("() => document.getElementById('training-status').textContent.startsWith('Trained')");

        assertThat(page.evaluate(POINTS)).isEqualTo(1500);
        Training unpaused = PreparedExperiment.of(Experiment.seedArticle()).newTraining();
        unpaused.run(1500, null, null);
        assertThat(BrowserSupport.mathsTex(page, sums(unpaused.network()))).contains(sums(unpaused.network()));
        assertThat(page.textContent("#training-summary")).contains("Final loss " + Numbers.format(unpaused.lastLoss()));
    }

    private static Network trainedFor(int iterations) {
        Training training = PreparedExperiment.of(Experiment.seedArticle()).newTraining();
        training.run(iterations, null, null);
        return training.network();
    }

    private static String sums(Network network) {
        return BrowserSupport.firstLayerSums(PreparedExperiment.of(Experiment.seedArticle()), network);
    }
}
