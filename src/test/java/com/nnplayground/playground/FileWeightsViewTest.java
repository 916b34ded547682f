package com.nnplayground.playground;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.nnplayground.engine.Training;
import com.nnplayground.experiment.ExperimentJson;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.ui.ExperimentFilePanel;
import com.nnplayground.numbers.Numbers;
import com.nnplayground.results.PredictionRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An opened experiment file trains from its own initial weights, as the command line's train does. */
class FileWeightsViewTest extends PlaygroundTestBase {
    private static final Path SEED_XOR = Path.of("examples", "seed-xor.json");

    private void openSeedXor() throws IOException {
        LocatorJ._get(view, ExperimentFilePanel.class).openText(Files.readString(SEED_XOR));
    }

    private String weightsNote() {
        return byId(Span.class, "weights-note").getText();
    }

    /** What {@code train examples/seed-xor.json} computes: the same classes the command line runs. */
    private static double[][] commandLinePredictions() throws IOException {
        PreparedExperiment prepared = PreparedExperiment.of(ExperimentJson.read(Files.readString(SEED_XOR)));
        Training training = prepared.newTraining();
        training.run(prepared.config().iterations(), (iteration, loss) -> { }, () -> false);
        return training.network().predict(prepared.data().x());
    }

    @Test
    void seed_xor_json_on_the_page_gives_the_articles_predictions_exactly_as_train_does() throws IOException {
        openSeedXor();
        assertThat(weightsNote()).isEqualTo("Initial weights: the opened file's own (3×4, 4×1), as the command line's"
                + " train uses them.");
        trainAndWait();

        assertThat(predictionRows()).extracting(r -> Numbers.format(r.outputs()[0]))
                .containsExactly("0.017426", "0.974586", "0.984671", "0.022693");
        double[][] cli = commandLinePredictions();
        for (PredictionRow row : predictionRows()) {
            assertThat(row.outputs()).as("row %d, bit for bit", row.row()).isEqualTo(cli[row.row() - 1]);
        }
        assertThat(ExperimentJson.write(view.editor.current())).as("saving keeps the file's weights")
                .isEqualTo(ExperimentJson.write(ExperimentJson.read(Files.readString(SEED_XOR))));
    }

    @Test
    void the_files_weights_go_when_the_network_changes_shape_and_say_so() throws IOException {
        openSeedXor();
        _click(byId(Button.class, "add-layer"));
        assertThat(weightsNote()).isEqualTo("Initial weights: drawn from seed 0 (uniform [0, 1)); the opened"
                + " file's own no longer fit this network.");
        _click(byId(Button.class, "remove-layer"));
        assertThat(weightsNote()).as("they stay gone").startsWith("Initial weights: drawn from seed 0");
        trainAndWait();
        assertThat(Numbers.format(predictionRows().get(0).outputs()[0])).isNotEqualTo("0.017426");
    }

    @Test
    void another_seed_or_the_button_asks_for_new_weights() throws IOException {
        openSeedXor();
        seed().setValue("3");
        assertThat(weightsNote()).isEqualTo("Initial weights: drawn from seed 3 (uniform [0, 1)), as asked: the"
                + " opened file's own are no longer used.");

        openSeedXor();
        Button draw = byId(Button.class, "draw-weights");
        assertThat(draw.isVisible()).isTrue();
        _click(draw);
        assertThat(weightsNote()).isEqualTo("Initial weights: drawn from seed 0 (uniform [0, 1)).");
        assertThat(draw.isVisible()).isFalse();
        assertThat(view.editor.current().network().weights()).isNull();
    }
}
