package com.nnplayground.playground;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.nnplayground.dataset.Preset;
import com.nnplayground.engine.Network;
import com.nnplayground.engine.Training;
import com.nnplayground.numbers.ui.NumberInput;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.ExperimentJson;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.RateChange;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.slider.IntegerSlider;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Train, Pause / Continue, Step, Step 10, Stop and the speed, in each phase of a run; rates changed mid-run. */
class RunControlsTest extends PlaygroundTestBase {

    private Button button(String id) {
        return byId(Button.class, id);
    }

    private IntegerSlider speed() {
        return byId(IntegerSlider.class, "speed");
    }

    private NumberInput l2() {
        return byId(NumberInput.class, "l2");
    }

    /** Enabled state of train, pause, step, step-ten, stop, in that order. */
    private List<Boolean> enabled() {
        return List.of("train", "pause", "step", "step-ten", "stop").stream().map(id -> button(id).isEnabled()).toList();
    }

    private void slow() {
        view.controls.speed.setIterationsPerSecond(2);
    }

    private int iterationsShown() {
        return view.chart.points().isEmpty() ? 0 : view.chart.points().get(view.chart.points().size() - 1).iteration();
    }

    @Test
    void before_any_run_train_and_step_start_one_and_the_seeds_xor_is_paced_at_200_a_second() {
        assertThat(enabled()).containsExactly(true, false, true, true, false);
        assertThat(button("train").getText()).isEqualTo("Train");
        assertThat(button("pause").getText()).isEqualTo("Pause");
        assertThat(view.controls.speed.iterationsPerSecond()).isEqualTo(200);
        assertThat(byId(com.vaadin.flow.component.html.Span.class, "speed-text").getText())
                .isEqualTo("200 iterations a second · 1,500 in 8 s");
        assertThat(byId(Div.class, "train-note").getText()).contains("initial weights of seed 0");
    }

    @Test
    void each_preset_sets_its_own_pace_and_the_user_can_go_as_fast_as_it_goes() {
        @SuppressWarnings("unchecked")
        Select<Preset> preset = byId(Select.class, "dataset-preset");
        preset.setValue(Preset.SPIRALS);
        assertThat(view.controls.speed.iterationsPerSecond()).isEqualTo(100);
        preset.setValue(Preset.SINE);
        assertThat(view.controls.speed.iterationsPerSecond()).isEqualTo(100);
        preset.setValue(Preset.CIRCLES);
        assertThat(view.controls.speed.iterationsPerSecond()).as("500 iterations in about 8 s").isEqualTo(50);
        preset.setValue(Preset.CLUSTERS);
        assertThat(view.controls.speed.iterationsPerSecond()).isEqualTo(50);
        setAsUser(speed(), SpeedControl.FULL_SPEED);
        assertThat(view.controls.speed.iterationsPerSecond()).isInfinite();
        assertThat(byId(com.vaadin.flow.component.html.Span.class, "speed-text").getText()).isEqualTo("as fast as it goes");
    }

    @Test
    void while_running_only_pause_and_stop_act_and_only_the_learning_rate_and_l2_can_change() {
        slow();
        _click(button("train"));
        await(() -> iterationsShown() >= 1);

        assertThat(enabled()).containsExactly(false, true, false, false, true);
        assertThat(learningRate().isReadOnly()).isFalse();
        assertThat(l2().isReadOnly()).isFalse();
        assertThat(iterations().isReadOnly()).isTrue();
        assertThat(seed().isReadOnly()).isTrue();
        assertThat(hiddenLayers().isReadOnly()).isTrue();
        assertThat(loss().isReadOnly()).isTrue();
        assertThat(optimizer().isReadOnly()).isTrue();
        assertThat(byId(Checkbox.class, "bias").isReadOnly()).isTrue();
        assertThat(byId(NumberInput.class, "batch-size").isReadOnly()).isTrue();
        assertThat(((HasValue<?, ?>) byId(Select.class, "dataset-preset")).isReadOnly()).isTrue();
        _click(button("stop"));
        await(() -> view.controls.phase() == RunPhase.FINISHED);
        assertThat(iterations().isReadOnly()).isFalse();
    }

    @Test
    void pause_becomes_continue_and_continue_goes_on_from_the_same_iteration() {
        slow();
        _click(button("train"));
        await(() -> iterationsShown() >= 1);
        _click(button("pause"));

        assertThat(button("pause").getText()).isEqualTo("Continue");
        assertThat(enabled()).containsExactly(true, true, true, true, true);
        assertThat(button("train").getText()).isEqualTo("Train again");
        await(() -> view.controls.status.getText().startsWith("Paused at iteration"));
        int pausedAt = iterationsShown();
        assertThat(byId(Div.class, "train-note").getText())
                .contains("Continue goes on from there", "Train again starts from the initial weights of seed 0");
        assertThat(view.controls.status.getText()).isEqualTo("Paused at iteration " + pausedAt + " of 1,500.");
        assertThat(byId(Div.class, "progress-text").getText()).isEqualTo("Iteration " + pausedAt + " of 1,500 · paused");

        setAsUser(speed(), SpeedControl.FULL_SPEED);
        _click(button("pause"));
        assertThat(button("pause").getText()).isEqualTo("Pause");
        await(() -> view.controls.phase() == RunPhase.FINISHED);
        assertThat(view.chart.points()).as("every iteration once: none lost or repeated across the pause").hasSize(1500);
        assertThat(enabled()).containsExactly(true, false, true, true, false);
        assertThat(button("train").getText()).isEqualTo("Train again");
    }

    @Test
    void step_before_a_run_trains_exactly_one_iteration_and_step_ten_ten_more() {
        _click(button("step"));
        await(() -> iterationsShown() == 1);
        assertThat(view.controls.phase()).isEqualTo(RunPhase.PAUSED);
        assertThat(view.chart.points()).hasSize(1);
        assertThat(equations().lines()).isEqualTo(mathsOf(trainedFor(1)));

        _click(button("step-ten"));
        await(() -> iterationsShown() == 11);
        _click(button("step"));
        await(() -> iterationsShown() == 12);
        assertThat(view.chart.points()).hasSize(12);
        assertThat(equations().lines()).isEqualTo(mathsOf(trainedFor(12)));
        assertThat(view.controls.status.getText()).isEqualTo("Paused at iteration 12 of 1,500.");
        assertThat(service.activeRuns()).as("a paused run holds its place, nothing more").isEqualTo(1);
    }

    @Test
    void train_again_after_a_pause_asks_nothing_and_starts_afresh_from_the_initial_weights() {
        _click(button("step-ten"));
        await(() -> iterationsShown() == 10);
        _click(button("train"));
        await(() -> view.controls.phase() == RunPhase.RUNNING && iterationsShown() >= 1);

        assertThat(view.chart.points().get(0).iteration()).as("a new run, from iteration 1").isEqualTo(1);
        assertThat(service.activeRuns()).as("the paused run was stopped").isEqualTo(1);
        setAsUser(speed(), SpeedControl.FULL_SPEED);
        await(() -> view.controls.phase() == RunPhase.FINISHED);
        assertThat(view.chart.points()).hasSize(1500);
        assertThat(view.controls.status.getText()).isEqualTo("Trained for 1,500 iterations.");
    }

    @Test
    void a_rate_changed_while_paused_is_recorded_at_the_next_iteration_saved_and_replayed_bit_for_bit() {
        _click(button("step-ten"));
        await(() -> iterationsShown() == 10);
        setAsUser(learningRate(), "0.25");
        _click(button("step"));
        await(() -> iterationsShown() == 11);
        _click(button("stop"));
        await(() -> view.controls.phase() == RunPhase.FINISHED);

        assertThat(learningRate().getValue()).as("a new run starts at the first rate again").isEqualTo("1");
        assertThat(byId(Div.class, "rate-changes").getText())
                .isEqualTo("Rates changed during the run, replayed by Train: from iteration 11, rate 0.25, L2 0.");
        Experiment saved = ExperimentJson.read(ExperimentJson.write(view.editor.current()));
        assertThat(saved.training().rateChanges()).containsExactly(new RateChange(11, 0.25, 0));

        trainAndWait();
        Training byHand = PreparedExperiment.of(Experiment.seedArticle()).newTraining();
        byHand.run(10, null, null);
        byHand.changeRates(0.25, 0);
        byHand.run(1490, null, null);
        assertThat(view.chart.finalLoss().orElseThrow()).isEqualTo(byHand.lastLoss());

        _click(button("clear-rate-changes"));
        assertThat(view.editor.current().training().rateChanges()).isEmpty();
        assertThat(byId(Div.class, "rate-changes").getText()).isEmpty();
    }

    @Test
    void a_recorded_rate_change_shows_in_the_field_when_the_run_reaches_it() {
        String file = ExperimentJson.write(new Experiment(Preset.XOR_SEED.dataset(),
                Experiment.seedArticle().network(), Experiment.seedArticle().training()
                .withRateChanges(List.of(new RateChange(6, 0.5, 0.001)))));
        LocatorJ._get(view, com.nnplayground.experiment.ui.ExperimentFilePanel.class).openText(file);
        assertThat(byId(Div.class, "rate-changes").getText()).contains("from iteration 6, rate 0.5, L2 0.001");

        _click(button("step"));
        await(() -> iterationsShown() == 1);
        assertThat(learningRate().getValue()).isEqualTo("1");
        _click(button("step-ten"));
        await(() -> iterationsShown() == 11);
        assertThat(learningRate().getValue()).isEqualTo("0.5");
        assertThat(l2().getValue()).isEqualTo("0.001");
    }

    @Test
    void a_faster_speed_takes_effect_while_the_run_goes_on() {
        slow();
        _click(button("train"));
        await(() -> iterationsShown() >= 1);
        setAsUser(speed(), SpeedControl.FULL_SPEED);
        await(() -> view.controls.phase() == RunPhase.FINISHED);
        assertThat(view.chart.points()).hasSize(1500);
    }

    @Test
    void reset_while_paused_stops_the_run_and_clears_everything() {
        _click(button("step-ten"));
        await(() -> iterationsShown() == 10);
        _click(button("reset"));
        assertThat(view.controls.phase()).isEqualTo(RunPhase.IDLE);
        assertThat(view.chart.points()).isEmpty();
        assertThat(enabled()).containsExactly(true, false, true, true, false);
        await(() -> service.activeRuns() == 0);
    }

    private static Network trainedFor(int iterations) {
        Training training = PreparedExperiment.of(Experiment.seedArticle()).newTraining();
        training.run(iterations, null, null);
        return training.network();
    }
}
