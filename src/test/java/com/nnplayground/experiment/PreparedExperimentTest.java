package com.nnplayground.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import com.nnplayground.dataset.TargetKind;
import com.nnplayground.engine.StopReason;
import com.nnplayground.engine.Training;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class PreparedExperimentTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void the_seed_experiment_file_with_numpys_weights_reproduces_the_numpy_reference() {
        PreparedExperiment prepared = PreparedExperiment.of(ExperimentJson.read(SeedReference.experimentJson()));
        Training training = prepared.newTraining();
        List<Double> losses = new ArrayList<>();

        training.run(Integer.MAX_VALUE, (iteration, loss) -> losses.add(loss), () -> false);

        double[][] predictions = training.network().predict(prepared.data().x());
        for (int r = 0; r < SeedReference.PREDICTIONS.length; r++) {
            assertThat(predictions[r][0]).as("prediction for row %d", r)
                    .isCloseTo(SeedReference.PREDICTIONS[r], within(1e-9));
        }
        assertThat(losses).hasSize(1500);
        assertThat(losses.get(0)).isCloseTo(SeedReference.LOSS_ITERATION_1, within(1e-9));
        assertThat(losses.get(1499)).isCloseTo(SeedReference.LOSS_ITERATION_1500, within(1e-9));
        assertThat(training.stopReason()).isEqualTo(StopReason.COMPLETED);
    }

    @Test
    void weights_from_the_file_are_the_starting_network() {
        PreparedExperiment prepared = PreparedExperiment.of(ExperimentJson.read(SeedReference.experimentJson()));

        assertThat(prepared.start().weights()).isDeepEqualTo(new double[][][] {SeedReference.W1, SeedReference.W2});
    }

    @Test
    void without_weights_the_same_seed_gives_the_same_start_and_another_seed_another() {
        Experiment seed = Experiment.seedArticle();
        Experiment otherSeed = new Experiment(seed.dataset(), seed.network().withSeed(7), seed.training());

        double[][][] first = PreparedExperiment.of(seed).start().weights();

        assertThat(PreparedExperiment.of(seed).start().weights()).isDeepEqualTo(first);
        assertThat(Arrays.deepEquals(PreparedExperiment.of(otherSeed).start().weights(), first)).isFalse();
    }

    @Test
    void a_weight_matrix_of_the_wrong_shape_is_named_with_both_shapes() {
        assertRefused(root -> ((ArrayNode) root.get("network").get("weights").get(0)).remove(2),
                "network.weights", "3x4", "2 row(s)");
    }

    @Test
    void a_weight_row_of_the_wrong_length_is_named() {
        assertRefused(root -> ((ArrayNode) root.get("network").get("weights").get(1).get(3)).add(0.5),
                "network.weights", "4x1", "2 column(s)");
    }

    @Test
    void weights_for_too_few_layers_are_refused() {
        assertRefused(root -> ((ArrayNode) root.get("network").get("weights")).remove(1), "network.weights", "2 layer");
    }

    @Test
    void biases_while_bias_is_off_are_refused() {
        assertRefused(root -> root.withObjectProperty("network").set("biases", parse("[[0, 0, 0, 0], [0]]")), "network.biases",
                "bias is false");
    }

    @Test
    void biases_without_weights_are_refused() {
        assertRefused(root -> {
            root.withObjectProperty("network").remove("weights");
            root.withObjectProperty("network").put("bias", true).set("biases", parse("[[0, 0, 0, 0], [0]]"));
        }, "network.biases");
    }

    @Test
    void weights_without_biases_while_bias_is_on_are_refused() {
        assertRefused(root -> root.withObjectProperty("network").put("bias", true), "network.biases", "missing");
    }

    @Test
    void biases_of_the_wrong_length_are_named_as_biases() {
        assertRefused(root -> root.withObjectProperty("network").put("bias", true).set("biases", parse("[[0, 0, 0], [0]]")),
                "network.biases", "4", "3");
    }

    @Test
    void biases_for_too_few_layers_are_named_as_biases() {
        assertRefused(root -> root.withObjectProperty("network").put("bias", true).set("biases", parse("[[0, 0, 0, 0]]")),
                "network.biases", "2 layer");
    }

    @Test
    void a_non_numeric_input_names_its_row_and_column() {
        assertRefused(root -> ((ArrayNode) root.get("dataset").get("rows").get(1)).set(1, JSON.textNode("one")),
                "dataset", "Row 2", "'x2'", "'one'");
    }

    @Test
    void a_text_target_with_three_classes_gives_three_outputs() {
        Experiment e = ExperimentJson.read("""
                {"dataset": {"columns": ["a", "b", "kind"],
                             "rows": [[0, 0, "cat"], [0, 1, "dog"], [1, 0, "bird"], [1, 1, "dog"]]},
                 "network": {"output": "softmax"},
                 "training": {"loss": "cross_entropy"}}""");

        PreparedExperiment prepared = PreparedExperiment.of(e);

        assertThat(prepared.data().kind()).isEqualTo(TargetKind.MULTICLASS);
        assertThat(prepared.data().classes()).containsExactly("cat", "dog", "bird");
        assertThat(prepared.start().architecture().outputs()).isEqualTo(3);
        assertThat(prepared.data().y()[2]).containsExactly(0, 0, 1);
    }

    @Test
    void bce_with_a_linear_output_is_refused_in_plain_words() {
        assertRefused(root -> {
            root.withObjectProperty("network").put("output", "linear");
            root.withObjectProperty("training").put("loss", "bce");
        }, "training.loss", "bce needs outputs between 0 and 1", "not linear");
    }

    @Test
    void cross_entropy_with_a_sigmoid_output_is_refused() {
        assertRefused(root -> root.withObjectProperty("training").put("loss", "cross_entropy"), "training.loss", "softmax");
    }

    @Test
    void a_batch_larger_than_the_dataset_is_refused() {
        assertRefused(root -> root.withObjectProperty("training").put("batchSize", 5), "training.batchSize", "5", "4 rows");
    }

    @Test
    void a_batch_as_large_as_the_dataset_is_allowed() {
        Experiment e = ExperimentJson.read(SeedReference.edited(root -> root.withObjectProperty("training").put("batchSize", 4)));

        assertThat(PreparedExperiment.of(e).config().batchSize()).isEqualTo(4);
    }

    @Test
    void the_training_settings_reach_the_engine() {
        Experiment e = ExperimentJson.read(SeedReference.edited(root -> root.withObjectProperty("training")
                .put("optimizer", "momentum").put("learningRate", 0.25).put("iterations", 30).put("batchSize", 2)
                .put("l2", 0.001)));

        var config = PreparedExperiment.of(e).config();

        assertThat(config.optimizer().id()).isEqualTo("momentum");
        assertThat(config.learningRate()).isEqualTo(0.25);
        assertThat(config.iterations()).isEqualTo(30);
        assertThat(config.batchSize()).isEqualTo(2);
        assertThat(config.l2()).isEqualTo(0.001);
    }

    private static void assertRefused(Consumer<ObjectNode> edit, String field, String... mentions) {
        Experiment e = ExperimentJson.read(SeedReference.edited(edit));
        assertThatThrownBy(() -> PreparedExperiment.of(e))
                .isInstanceOf(ExperimentException.class)
                .hasMessageStartingWith(field)
                .satisfies(ex -> {
                    for (String mention : mentions) {
                        assertThat(ex.getMessage()).contains(mention);
                    }
                });
    }

    private static tools.jackson.databind.JsonNode parse(String json) {
        try {
            return ExperimentJson.MAPPER.readTree(json);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
