package com.nnplayground.playground;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.nnplayground.engine.Network;
import com.nnplayground.engine.Training;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.pictures.PictureFrame;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.slider.IntegerSlider;
import org.junit.jupiter.api.Test;

/** The replay slider on the page: the maths and the loss chart's marker at any iteration, during and after a run. */
class ScrubberViewTest extends PlaygroundTestBase {
    private final PreparedExperiment seed = PreparedExperiment.of(Experiment.seedArticle());

    @Test
    void after_the_seed_run_iteration_1_shows_the_starting_weights_and_the_last_position_the_final_ones() {
        trainAndWait();
        assertThat(slider().getMax()).isEqualTo(1501);
        assertThat(slider().getValue()).isEqualTo(1501);

        setAsUser(slider(), 1);
        assertThat(view.scrubber.shown().weights()).isDeepEqualTo(seed.start().weights());
        assertThat(equations().lines()).isEqualTo(mathsOf(seed.start()));
        assertThat(view.chart.marker()).isEqualTo(1);
        assertThat(label().getText()).startsWith("Iteration 1 of 1,500: the starting weights");

        setAsUser(slider(), 1501);
        Network end = trained(1500);
        assertThat(view.scrubber.shown().weights()).isDeepEqualTo(end.weights());
        assertThat(equations().lines()).isEqualTo(mathsOf(end));
        assertThat(view.chart.marker()).isEqualTo(1500);
        assertThat(label().getText()).startsWith("End of the run");
    }

    @Test
    void the_network_drawing_and_the_output_map_follow_the_slider_to_the_start_the_middle_and_the_end() {
        trainAndWait();
        float[] atEnd = view.pictures.diagram().frame().weights();
        assertThat(atEnd).containsExactly(PictureFrame.of(view.pictures.diagram().scene(), trained(1500)).weights());

        setAsUser(slider(), 1);
        assertThat(view.pictures.diagram().frame().weights())
                .containsExactly(PictureFrame.of(view.pictures.diagram().scene(), seed.start()).weights());
        assertThat(outputMap().getElement().getProperty("status")).isEqualTo("Replay: iteration 1, the weights after"
                + " 0 updates");

        setAsUser(slider(), 751);
        PictureFrame middle = PictureFrame.of(view.pictures.diagram().scene(), trained(750));
        assertThat(view.pictures.diagram().frame().weights()).containsExactly(middle.weights());
        assertThat(outputMap().output().cells()).containsExactly(middle.output().cells());

        setAsUser(slider(), 1501);
        assertThat(view.pictures.diagram().frame().weights()).containsExactly(atEnd);
        assertThat(outputMap().getElement().getProperty("status")).isEqualTo("After 1,500 iterations");
    }

    private com.nnplayground.pictures.ui.OutputMap outputMap() {
        return view.pictures.outputMap().getMap();
    }

    @Test
    void an_iteration_in_between_shows_the_weights_of_a_fresh_run_stopped_before_it() {
        trainAndWait();

        setAsUser(slider(), 751);

        assertThat(view.scrubber.shown().weights()).isDeepEqualTo(trained(750).weights());
        assertThat(view.chart.marker()).isEqualTo(751);
        assertThat(label().getText()).isEqualTo("Iteration 751 of 1,500: the weights it starts from, after 750 updates.");
    }

    @Test
    void moved_back_during_a_run_the_maths_stay_at_the_iteration_chosen_while_the_run_goes_on() {
        iterations().setValue("5000000");
        train();
        await(() -> slider().getMax() > 1_000);

        setAsUser(slider(), 1);
        int reached = slider().getMax();
        await(() -> slider().getMax() > reached + 1_000 || view.controls.train.isEnabled());

        assertThat(view.scrubber.live()).isFalse();
        assertThat(slider().getValue()).isEqualTo(1);
        assertThat(equations().lines()).isEqualTo(mathsOf(PreparedExperiment.of(view.editor.current()).start()));
        _click(view.controls.stop);
        await(() -> view.controls.train.isEnabled());
        assertThat(slider().getValue()).isEqualTo(1);
        assertThat(equations().lines()).isEqualTo(mathsOf(PreparedExperiment.of(view.editor.current()).start()));
    }

    @Test
    void back_at_its_last_position_during_a_run_the_slider_follows_the_run_again() {
        iterations().setValue("5000000");
        train();
        await(() -> slider().getMax() > 1_000);
        setAsUser(slider(), 1);

        setAsUser(slider(), slider().getMax());
        int reached = slider().getMax();
        await(() -> slider().getMax() > reached + 1_000 || view.controls.train.isEnabled());

        assertThat(view.scrubber.live()).isTrue();
        assertThat(slider().getValue()).isEqualTo(slider().getMax());
        assertThat(view.chart.marker()).isZero();
        _click(view.controls.stop);
        await(() -> view.controls.train.isEnabled());
    }

    @Test
    void before_a_run_and_after_reset_the_slider_is_off_and_the_chart_unmarked() {
        assertThat(slider().isEnabled()).isFalse();
        trainAndWait();
        setAsUser(slider(), 10);
        assertThat(view.chart.marker()).isEqualTo(10);

        _click(LocatorJ._get(view, com.vaadin.flow.component.button.Button.class, spec -> spec.withId("reset")));

        assertThat(slider().isEnabled()).isFalse();
        assertThat(view.chart.marker()).isZero();
        assertThat(label().getText()).startsWith("Replay: after Train");
    }

    private IntegerSlider slider() {
        return byId(IntegerSlider.class, "scrubber");
    }

    private Span label() {
        return byId(Span.class, "scrubber-label");
    }

    private Network trained(int iterations) {
        Training fresh = seed.newTraining();
        fresh.run(iterations, null, null);
        return fresh.network();
    }
}
