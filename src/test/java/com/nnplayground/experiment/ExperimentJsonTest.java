package com.nnplayground.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import com.nnplayground.dataset.Preset;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExperimentJsonTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void a_scaled_numeric_target_keeps_its_scaling_through_a_file_and_the_seeds_file_does_not_name_one() {
        Experiment sine = Recommendation.forPreset(Preset.SINE).experiment(Preset.SINE.dataset());
        Experiment scaled = new Experiment(sine.dataset(), sine.network(), sine.training(),
                new Preparation(com.nnplayground.dataset.Scaling.NONE, 0, com.nnplayground.dataset.Scaling.STANDARDISE));

        String json = ExperimentJson.write(scaled);
        assertThat(json).contains("\"targetScaling\" : \"standardise\"");
        assertThat(ExperimentJson.read(json).preparation()).isEqualTo(scaled.preparation());
        assertThat(ExperimentJson.write(Experiment.seedArticle())).doesNotContain("targetScaling");
        assertThatThrownBy(() -> ExperimentJson.read(json.replace("\"standardise\"", "\"zscore\"")))
                .hasMessageStartingWith("dataset.targetScaling: Unknown scaling 'zscore'");
    }

    @Test
    void a_target_of_numbers_marked_as_classes_keeps_the_mark_through_a_file() {
        Experiment digits = Recommendation.forPreset(Preset.DIGITS).experiment(Preset.DIGITS.dataset());

        String json = ExperimentJson.write(digits);
        Experiment back = ExperimentJson.read(json);

        assertThat(json).contains("\"targetClasses\" : true");
        assertThat(back.dataset().targetClasses()).isTrue();
        assertThat(back.dataset()).isEqualTo(digits.dataset());
        assertThat(ExperimentJson.write(Experiment.seedArticle())).doesNotContain("targetClasses");
        assertThat(ExperimentJson.read(ExperimentJson.write(Experiment.seedArticle())).dataset().targetClasses()).isFalse();
    }

    @Test
    void a_target_classes_mark_that_is_not_true_or_false_is_named() {
        String json = """
                {"dataset": {"columns": ["x", "y"], "rows": [[0, 1]], "targetClasses": "yes"}}""";

        assertThatThrownBy(() -> ExperimentJson.read(json)).isInstanceOf(ExperimentException.class)
                .hasMessageContaining("dataset.targetClasses");
    }

    @Test
    void the_seed_experiment_reads_back_as_it_was_written() {
        Experiment seed = Experiment.seedArticle();

        Experiment back = ExperimentJson.read(ExperimentJson.write(seed));

        assertThat(back.dataset()).isEqualTo(seed.dataset());
        assertThat(back.training()).isEqualTo(seed.training());
        NetworkSettings n = back.network();
        assertThat(n.hidden()).isEqualTo(seed.network().hidden());
        assertThat(n.activation()).isEqualTo(seed.network().activation());
        assertThat(n.output()).isEqualTo(seed.network().output());
        assertThat(n.bias()).isEqualTo(seed.network().bias());
        assertThat(n.init()).isEqualTo(seed.network().init());
        assertThat(n.seed()).isEqualTo(seed.network().seed());
        assertThat(n.weights()).isNull();
        assertThat(n.biases()).isNull();
    }

    @Test
    void non_default_settings_with_weights_and_biases_read_back_as_written() {
        Experiment e = new Experiment(Preset.CLUSTERS.dataset(),
                new NetworkSettings(List.of(2), Activation.LEAKY_RELU, Activation.SOFTMAX, true, Init.HE, 42,
                        new double[][][] {{{0.1, -0.2}, {0.3, 0.4}}, {{1e-3, 2, -3.5}, {0.25, 0, 7}}},
                        new double[][] {{0.5, -0.5}, {0, 1, 2}}),
                new TrainingSettings(Loss.CROSS_ENTROPY, OptimizerKind.ADAM, 0.003, 77, 16, 0.01));

        Experiment back = ExperimentJson.read(ExperimentJson.write(e));

        assertThat(back.dataset()).isEqualTo(e.dataset());
        assertThat(back.training()).isEqualTo(e.training());
        assertThat(back.network().hidden()).isEqualTo(e.network().hidden());
        assertThat(back.network().activation()).isEqualTo(Activation.LEAKY_RELU);
        assertThat(back.network().output()).isEqualTo(Activation.SOFTMAX);
        assertThat(back.network().init()).isEqualTo(Init.HE);
        assertThat(back.network().seed()).isEqualTo(42);
        assertThat(back.network().weights()).isDeepEqualTo(e.network().weights());
        assertThat(back.network().biases()).isDeepEqualTo(e.network().biases());
    }

    @Test
    void absent_network_and_training_sections_take_the_seed_settings() {
        Experiment e = ExperimentJson.read("""
                {"dataset": {"columns": ["a", "b", "y"], "rows": [[0, 1, 1], [1, 0, 0]]}}""");

        assertThat(e.training()).isEqualTo(TrainingSettings.seedArticle());
        NetworkSettings seed = NetworkSettings.seedArticle();
        assertThat(e.network().hidden()).isEqualTo(seed.hidden());
        assertThat(e.network().activation()).isEqualTo(seed.activation());
        assertThat(e.network().output()).isEqualTo(seed.output());
        assertThat(e.network().bias()).isEqualTo(seed.bias());
        assertThat(e.network().init()).isEqualTo(seed.init());
        assertThat(e.network().seed()).isEqualTo(seed.seed());
    }

    @Test
    void absent_target_and_inputs_mean_the_last_column_from_all_the_others() {
        Experiment e = ExperimentJson.read("""
                {"dataset": {"columns": ["a", "b", "y"], "rows": [[0, 1, 1], [1, 0, 0]]}}""");

        assertThat(e.dataset().target()).isEqualTo("y");
        assertThat(e.dataset().inputs()).containsExactly("a", "b");
    }

    @Test
    void empty_sections_take_the_seed_settings_field_by_field() {
        Experiment e = ExperimentJson.read(SeedReference.edited(root -> {
            root.putObject("network").put("activation", "tanh");
            root.putObject("training").put("learningRate", 0.5);
        }));

        assertThat(e.network().activation()).isEqualTo(Activation.TANH);
        assertThat(e.network().hidden()).isEqualTo(List.of(4));
        assertThat(e.training().learningRate()).isEqualTo(0.5);
        assertThat(e.training().iterations()).isEqualTo(1500);
        assertThat(e.training().loss()).isEqualTo(Loss.SSE);
    }

    @Test
    void invalid_json_says_where_it_broke() {
        assertThatThrownBy(() -> ExperimentJson.read("{\n  \"dataset\": {\n    \"columns\": [\"a\",, ]\n}"))
                .isInstanceOf(ExperimentException.class)
                .hasMessageStartingWith("not valid JSON")
                .hasMessageContaining("line 3")
                .hasMessageContaining("column ");
    }

    @Test
    void text_after_the_experiment_is_invalid_json() {
        String json = SeedReference.experimentJson() + " {\"dataset\": 1}";

        assertThatThrownBy(() -> ExperimentJson.read(json))
                .isInstanceOf(ExperimentException.class)
                .hasMessageStartingWith("not valid JSON");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> ExperimentJson.read("")).isInstanceOf(ExperimentException.class)
                .hasMessageContaining("JSON object");
    }

    @Test
    void a_misspelt_field_is_named_with_the_allowed_ones() {
        assertRefused(root -> ((ObjectNode) root.get("training")).put("learningrate", 0.1),
                "training.learningrate: unknown field", "learningRate");
    }

    @Test
    void an_unknown_top_level_field_is_named() {
        assertRefused(root -> root.put("netwrok", 1), "netwrok: unknown field", "network");
    }

    @Test
    void an_unknown_dataset_field_is_named() {
        assertRefused(root -> ((ObjectNode) root.get("dataset")).put("targt", "y"), "dataset.targt: unknown field");
    }

    @Test
    void an_unknown_activation_lists_the_allowed_ids() {
        assertRefused(network(n -> n.put("activation", "sigmod")), "network.activation:", "sigmod",
                "sigmoid, tanh, relu, leaky_relu, linear");
    }

    @Test
    void an_unknown_output_activation_lists_the_allowed_ids() {
        assertRefused(network(n -> n.put("output", "Sigmoid")), "network.output:", "softmax");
    }

    @Test
    void an_unknown_loss_lists_the_allowed_ids() {
        assertRefused(training(t -> t.put("loss", "mae")), "training.loss:", "sse, mse, bce, cross_entropy");
    }

    @Test
    void an_unknown_optimizer_lists_the_allowed_ids() {
        assertRefused(training(t -> t.put("optimizer", "rmsprop")), "training.optimizer:", "sgd, momentum, adam");
    }

    @Test
    void an_unknown_init_lists_the_allowed_ids() {
        assertRefused(network(n -> n.put("init", "glorot")), "network.init:", "uniform, xavier, he");
    }

    @Test
    void an_activation_that_is_not_text_is_refused() {
        assertRefused(network(n -> n.put("activation", 3)), "network.activation:", "text");
    }

    @Test
    void softmax_is_refused_as_hidden_activation() {
        assertRefused(network(n -> n.put("activation", "softmax")), "network.activation:", "output");
    }

    @Test
    void a_hidden_activation_error_does_not_offer_softmax() {
        assertThatThrownBy(() -> ExperimentJson.read(SeedReference.edited(network(n -> n.put("activation", "x")))))
                .hasMessageNotContaining("softmax");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "2.5", "\"x\"", "null", "3000000000"})
    void a_bad_hidden_layer_size_is_named_by_its_index(String size) {
        assertRefused(root -> root.withObjectProperty("network").set("hidden", parse("[4, " + size + "]")), "network.hidden[1]:");
    }

    @Test
    void hidden_sizes_that_are_not_a_list_are_refused() {
        assertRefused(network(n -> n.put("hidden", 4)), "network.hidden:", "[4]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-5", "1e12", "1000000000000", "\"many\"", "2.5", "true"})
    void bad_iterations_are_refused(String iterations) {
        assertRefused(root -> root.withObjectProperty("training").set("iterations", parse(iterations)), "training.iterations:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.1", "\"fast\"", "null", "1e400"})
    void a_bad_learning_rate_is_refused(String rate) {
        assertRefused(root -> root.withObjectProperty("training").set("learningRate", parse(rate)), "training.learningRate:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1.5", "\"all\""})
    void a_bad_batch_size_is_refused(String size) {
        assertRefused(root -> root.withObjectProperty("training").set("batchSize", parse(size)), "training.batchSize:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "\"none\""})
    void a_bad_l2_is_refused(String l2) {
        assertRefused(root -> root.withObjectProperty("training").set("l2", parse(l2)), "training.l2:");
    }

    @Test
    void bias_that_is_not_a_boolean_is_refused() {
        assertRefused(network(n -> n.put("bias", "yes")), "network.bias:");
    }

    @Test
    void a_weight_that_is_not_a_number_is_named_by_its_indices() {
        assertRefused(root -> ((ArrayNode) root.get("network").get("weights").get(1).get(2)).set(0, JSON.textNode("x")),
                "network.weights[1][2][0]:");
    }

    @Test
    void a_row_of_the_wrong_length_is_named() {
        assertRefused(root -> ((ArrayNode) root.get("dataset").get("rows").get(2)).remove(3), "dataset.rows[2]:",
                "4 values", "got 3");
    }

    @Test
    void a_row_that_is_not_an_array_is_named() {
        assertRefused(root -> ((ArrayNode) root.get("dataset").get("rows")).set(1, JSON.numberNode(1)),
                "dataset.rows[1]:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"v\": 1}", "true", "null", "[1]"})
    void a_cell_that_is_neither_number_nor_label_is_named(String cell) {
        assertRefused(root -> ((ArrayNode) root.get("dataset").get("rows").get(3)).set(1, parse(cell)),
                "dataset.rows[3][1]:");
    }

    @Test
    void a_target_that_is_not_a_column_is_named() {
        assertRefused(root -> root.withObjectProperty("dataset").put("target", "z"), "dataset.target:", "'z'");
    }

    @Test
    void an_input_that_is_not_a_column_is_named_by_its_index() {
        assertRefused(root -> root.withObjectProperty("dataset").set("inputs", parse("[\"x1\", \"x9\"]")), "dataset.inputs[1]:",
                "'x9'");
    }

    @Test
    void a_missing_dataset_is_refused() {
        assertRefused(root -> root.remove("dataset"), "dataset: missing");
    }

    @Test
    void a_dataset_that_is_not_an_object_is_refused() {
        assertRefused(root -> root.put("dataset", "xor.csv"), "dataset:");
    }

    @Test
    void missing_columns_are_refused() {
        assertRefused(root -> root.withObjectProperty("dataset").remove("columns"), "dataset.columns:");
    }

    @Test
    void missing_rows_are_refused() {
        assertRefused(root -> root.withObjectProperty("dataset").remove("rows"), "dataset.rows:");
    }

    @Test
    void a_column_named_twice_is_refused() {
        assertRefused(root -> {
            root.withObjectProperty("dataset").set("columns", parse("[\"x1\", \"x1\", \"x3\", \"y\"]"));
            root.withObjectProperty("dataset").set("inputs", parse("[\"x1\", \"x3\"]"));
        },
                "dataset.columns[1]:", "'x1'");
    }

    private static void assertRefused(Consumer<ObjectNode> edit, String messageStart, String... mentions) {
        String json = SeedReference.edited(edit);
        assertThatThrownBy(() -> ExperimentJson.read(json))
                .isInstanceOf(ExperimentException.class)
                .hasMessageStartingWith(messageStart)
                .satisfies(e -> {
                    for (String mention : mentions) {
                        assertThat(e.getMessage()).contains(mention);
                    }
                });
    }

    private static Consumer<ObjectNode> network(Consumer<ObjectNode> edit) {
        return root -> edit.accept(root.withObjectProperty("network"));
    }

    private static Consumer<ObjectNode> training(Consumer<ObjectNode> edit) {
        return root -> edit.accept(root.withObjectProperty("training"));
    }

    private static tools.jackson.databind.JsonNode parse(String json) {
        try {
            return ExperimentJson.MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
