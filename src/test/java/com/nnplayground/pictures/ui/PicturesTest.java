package com.nnplayground.pictures.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.nnplayground.dataset.Preset;
import com.nnplayground.dataset.Scaling;
import com.nnplayground.engine.Network;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.NetworkSettings;
import com.nnplayground.experiment.Preparation;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.Recommendation;
import com.nnplayground.engine.Training;
import com.nnplayground.pictures.Bytes;
import com.nnplayground.pictures.PictureFrame;
import com.nnplayground.training.ProgressBatch;
import com.nnplayground.training.TrainingOutcome;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.change.MapPutChange;
import com.vaadin.flow.internal.change.NodeChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the two pictures are sent, without a browser: the element state the client draws from. */
class PicturesTest {
    private Experiment experiment;
    private Pictures pictures;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        experiment = preset(Preset.CIRCLES, 0.25);
        pictures = new Pictures(() -> experiment);
        UI.getCurrent().add(pictures.diagram(), pictures.outputMap());
        respond();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static Experiment preset(Preset preset, double testShare) {
        Recommendation r = Recommendation.forPreset(preset);
        return new Experiment(preset.dataset(), r.network(), r.training(), new Preparation(Scaling.NONE, testShare));
    }

    /** Runs what waits for the page's response, as a round trip would, and returns the property changes sent. */
    private static Set<String> respond() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        List<NodeChange> changes = new ArrayList<>();
        ui.getInternals().getStateTree().collectChanges(changes::add);
        return changes.stream().filter(c -> c instanceof MapPutChange).map(c -> ((MapPutChange) c).getKey())
                .collect(Collectors.toSet());
    }

    private OutputMap map() {
        return pictures.outputMap().getMap();
    }

    private static ProgressBatch batch(Network snapshot, int done, int total) {
        return new ProgressBatch(new int[] {done}, new double[] {0.5}, null, done, total, 1000, 1, snapshot);
    }

    @Test
    void before_training_the_map_has_every_row_and_the_diagram_the_starting_weights() {
        OutputMap map = map();
        PreparedExperiment prepared = PreparedExperiment.of(experiment);

        assertThat(map.points().count()).isEqualTo(200);
        assertThat(map.getElement().getPropertyBean("points", OutputMap.Points.class)).isEqualTo(map.points());
        assertThat(map.description()).startsWith("Map of 200 rows over x1 (").contains("Test rows are hollow.");
        float[] start = PictureFrame.of(pictures.diagram().scene(), prepared.start()).weights();
        assertThat(pictures.diagram().frame().weights()).containsExactly(start);
        assertThat(pictures.diagram().getElement().getProperty("weights")).isEqualTo(Bytes.base64(start));
        assertThat(map.getElement().getProperty("status")).isEqualTo("Before training: the starting weights");
        assertThat(map.output()).isNotNull();
    }

    @Test
    void settings_that_cannot_train_still_show_the_data_and_say_why_there_is_no_network() {
        Recommendation r = Recommendation.forPreset(Preset.CIRCLES);
        NetworkSettings n = r.network();
        experiment = new Experiment(Preset.CIRCLES.dataset(), new NetworkSettings(List.of(0), n.activation(), n.output(),
                n.bias(), n.init(), n.seed(), null, null), r.training());
        pictures.refresh();
        respond();

        assertThat(map().points().count()).isEqualTo(200);
        assertThat(map().output()).isNull();
        assertThat(pictures.diagram().scene()).isNull();
        assertThat(pictures.diagram().getElement().getProperty("emptyText"))
                .startsWith("The network is drawn here once its settings can train: ");
    }

    @Test
    void each_push_sends_the_weights_and_output_of_its_snapshot() {
        PreparedExperiment prepared = PreparedExperiment.of(experiment);
        pictures.cleared();
        pictures.started(prepared);
        Training training = prepared.newTraining();
        training.run(50, (i, loss) -> { }, () -> false);
        Network trained = training.network();

        pictures.progress(batch(trained, 50, 500));
        Set<String> sent = respond();

        float[] expected = PictureFrame.of(pictures.diagram().scene(), trained).weights();
        assertThat(pictures.diagram().frame().weights()).containsExactly(expected);
        assertThat(pictures.diagram().getElement().getProperty("weights")).isEqualTo(Bytes.base64(expected));
        assertThat(map().getElement().getProperty("outputCells")).isEqualTo(Bytes.base64(map().output().cells()));
        assertThat(map().getElement().getProperty("status")).isEqualTo("Iteration 50 of 500");
        assertThat(sent).contains("weights", "maps", "outputCells", "activations").doesNotContain("points", "plane",
                "layout", "inputMaps");
    }

    @Test
    void a_push_with_the_same_weights_sends_nothing_new() {
        PreparedExperiment prepared = PreparedExperiment.of(experiment);
        pictures.started(prepared);
        Network snapshot = prepared.newTraining().network();
        pictures.progress(batch(snapshot, 1, 500));
        respond();

        pictures.progress(batch(snapshot, 1, 500));

        assertThat(respond()).isEmpty();
    }

    @Test
    void a_run_too_large_to_follow_live_says_so_and_keeps_its_start() {
        PreparedExperiment prepared = PreparedExperiment.of(experiment);
        pictures.started(prepared);
        PictureFrame start = pictures.diagram().frame();

        pictures.progress(batch(null, 10, 500));

        assertThat(pictures.diagram().frame()).isSameAs(start);
        assertThat(pictures.diagram().getElement().getProperty("note")).startsWith("More than 10,000 weights");
    }

    @Test
    void the_end_of_a_run_shows_its_final_network() {
        PreparedExperiment prepared = PreparedExperiment.of(experiment);
        pictures.started(prepared);
        Training training = prepared.newTraining();
        training.run(500, (i, loss) -> { }, () -> false);

        pictures.finished(prepared, new TrainingOutcome(TrainingOutcome.End.COMPLETED, "done", training.network(),
                null, 500, 0.1, 0.1));

        assertThat(pictures.diagram().frame().weights())
                .containsExactly(PictureFrame.of(pictures.diagram().scene(), training.network()).weights());
        assertThat(map().getElement().getProperty("status")).isEqualTo("After 500 iterations (completed)");
        assertThat(map().description()).contains("The network predicts");
    }

    @Test
    void choosing_a_row_sends_its_activations_and_marks_it_on_the_map() {
        PreparedExperiment prepared = PreparedExperiment.of(experiment);
        pictures.started(prepared);
        respond();

        pictures.setRow(7);
        Set<String> sent = respond();

        float[] expected = PictureFrame.activations(pictures.diagram().scene(), prepared.start(), prepared.data().x()[7]);
        assertThat(pictures.diagram().activations()).containsExactly(expected);
        assertThat(pictures.diagram().getElement().getProperty("rowLabel")).isEqualTo("row 8");
        assertThat(map().row()).isEqualTo(7);
        assertThat(sent).contains("activations", "row", "rowLabel").doesNotContain("weights", "outputCells");
    }

    @Test
    void a_re_attached_picture_gets_everything_again() {
        respond();
        UI ui = UI.getCurrent();
        ui.remove(pictures.diagram(), pictures.outputMap());
        respond();

        ui.add(pictures.diagram(), pictures.outputMap());

        assertThat(respond()).contains("layout", "weights", "maps", "inputMaps", "plane", "points", "outputCells");
    }

    @Test
    void the_test_rows_toggle_tells_the_map() {
        pictures.outputMap().showTestRows.setValue(false);

        assertThat(map().isShowTestRows()).isFalse();
        assertThat(respond()).contains("showTest");
    }

    @Test
    void with_three_inputs_two_are_chosen_for_the_axes_and_the_third_is_held_at_its_mean() {
        experiment = Experiment.seedArticle();
        pictures.cleared();
        respond();
        OutputMapPanel panel = pictures.outputMap();

        assertThat(panel.xAxis.isVisible()).isTrue();
        assertThat(map().scene().plane().x().label()).isEqualTo("x1");
        assertThat(map().scene().plane().y().label()).isEqualTo("x2");
        assertThat(map().description()).endsWith("Held at its mean over the training rows: x3 = 1.");

        panel.yAxis.setValue(2);

        assertThat(map().scene().plane().y().label()).isEqualTo("x3");
        assertThat(map().description()).endsWith("Held at its mean over the training rows: x2 = 0.5.");
        assertThat(map().output()).as("the network's output over the new plane").isNotNull();
        assertThat(pictures.diagram().scene().plane().y().label()).isEqualTo("x3");
    }
}
