package com.nnplayground.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import com.nnplayground.engine.Training;
import com.nnplayground.experiment.ExperimentJson;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.SeedReference;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the CLI in-process, as {@code Application.main} does, with its output captured. */
class CliTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void train_on_the_seed_experiment_prints_the_numpy_reference_predictions() throws IOException {
        int code = run("train", file(SeedReference.experimentJson()).toString());

        assertThat(code).isZero();
        assertThat(err()).isEmpty();
        JsonNode result = MAPPER.readTree(out());
        assertThat(result.get("iterations").asInt()).isEqualTo(1500);
        assertThat(result.get("stopReason").asString()).isEqualTo("completed");
        for (int r = 0; r < 4; r++) {
            assertThat(result.get("predictions").get(r).get(0).asDouble()).as("prediction for row %d", r)
                    .isCloseTo(SeedReference.PREDICTIONS[r], within(1e-9));
        }
        JsonNode loss = result.get("loss");
        assertThat(loss).hasSize(1500);
        assertThat(loss.get(0).asDouble()).isCloseTo(SeedReference.LOSS_ITERATION_1, within(1e-9));
        assertThat(result.get("finalLoss").asDouble()).isEqualTo(loss.get(1499).asDouble());
        assertThat(result.get("finalLoss").asDouble()).isCloseTo(SeedReference.LOSS_ITERATION_1500, within(1e-9));
        assertThat(result.get("weights")).hasSize(2);
        assertThat(result.get("weights").get(0)).hasSize(3);
        assertThat(result.get("weights").get(0).get(0)).hasSize(4);
        assertThat(result.has("biases")).isFalse();
    }

    @Test
    void train_prints_exactly_one_line_of_json() throws IOException {
        run("train", file(SeedReference.experimentJson()).toString());

        assertThat(out().strip()).doesNotContain("\n");
    }

    @Test
    void train_follows_the_files_rate_changes_as_the_engine_does() throws IOException {
        String json = SeedReference.edited(root -> root.withObjectProperty("training").putArray("rateChanges")
                .addObject().put("iteration", 301).put("learningRate", 0.25));
        Training byHand = PreparedExperiment.of(ExperimentJson.read(json)).newTraining();
        byHand.run(300, null, null);
        byHand.changeRates(0.25, 0);
        byHand.run(1200, null, null);

        assertThat(run("train", file(json).toString())).isZero();

        JsonNode weights = MAPPER.readTree(out()).get("weights");
        double[][][] expected = byHand.network().weights();
        for (int l = 0; l < expected.length; l++) {
            for (int i = 0; i < expected[l].length; i++) {
                for (int j = 0; j < expected[l][i].length; j++) {
                    assertThat(weights.get(l).get(i).get(j).asDouble()).as("weight [%d][%d][%d]", l, i, j)
                            .isEqualTo(expected[l][i][j]);
                }
            }
        }
        Training unchanged = PreparedExperiment.of(ExperimentJson.read(SeedReference.experimentJson())).newTraining();
        unchanged.run(1500, null, null);
        assertThat(weights.get(1).get(0).get(0).asDouble()).as("not the run without the change")
                .isNotEqualTo(unchanged.network().weights()[1][0][0]);
    }

    @Test
    void a_classification_run_prints_its_classes_and_the_predicted_class_of_each_row() throws IOException {
        String json = """
                {"dataset": {"columns": ["a", "b", "answer"],
                             "rows": [[0, 0, "no"], [0, 1, "yes"], [1, 0, "yes"], [1, 1, "no"]]},
                 "network": {"bias": true, "hidden": [4]},
                 "training": {"iterations": 50}}""";

        int code = run("train", file(json).toString());

        assertThat(code).isZero();
        JsonNode result = MAPPER.readTree(out());
        assertThat(result.get("classes")).containsExactly(MAPPER.valueToTree("no"), MAPPER.valueToTree("yes"));
        assertThat(result.get("predictedClasses")).hasSize(4);
        for (JsonNode c : result.get("predictedClasses")) {
            assertThat(c.asString()).isIn("no", "yes");
        }
        assertThat(result.get("biases")).hasSize(2);
    }

    @Test
    void a_regression_run_prints_no_classes() throws IOException {
        String json = """
                {"dataset": {"columns": ["x", "y"], "rows": [[0, 0.5], [1, 1.5], [2, 2.5]]},
                 "network": {"output": "linear", "bias": true}, "training": {"loss": "mse", "learningRate": 0.05,
                 "iterations": 10}}""";

        assertThat(run("train", file(json).toString())).isZero();

        JsonNode result = MAPPER.readTree(out());
        assertThat(result.has("classes")).isFalse();
        assertThat(result.has("predictedClasses")).isFalse();
        assertThat(result.get("loss")).hasSize(10);
    }

    @Test
    void a_preset_trains_with_the_pages_settings_and_prints_its_test_rows_and_test_accuracy() throws IOException {
        int code = run("train", "--preset", "iris", "--repeat", "2");

        assertThat(code).isZero();
        JsonNode result = MAPPER.readTree(out());
        assertThat(result.get("classes")).containsExactly(MAPPER.valueToTree("setosa"),
                MAPPER.valueToTree("versicolor"), MAPPER.valueToTree("virginica"));
        assertThat(result.get("testRows")).hasSize(30);
        assertThat(result.get("testAccuracy").asDouble()).isGreaterThanOrEqualTo(0.93);
        assertThat(result.get("trainingAccuracy").asDouble()).isGreaterThanOrEqualTo(0.9);
        assertThat(result.get("seconds")).hasSize(2);
        assertThat(result.get("seconds").get(0).asDouble()).isPositive();
    }

    @Test
    void a_regression_preset_prints_r_squared_instead_of_accuracy() throws IOException {
        assertThat(run("train", "--preset", "diabetes")).isZero();

        JsonNode result = MAPPER.readTree(out());
        assertThat(result.has("testAccuracy")).isFalse();
        assertThat(result.get("testR2").asDouble()).isGreaterThanOrEqualTo(0.4);
        assertThat(result.get("predictions")).hasSize(442);
    }

    @Test
    void an_unknown_preset_or_a_bad_repeat_is_one_line_naming_it() {
        assertUsageError(new String[] {"train", "--preset", "irs"}, "--preset", "'irs'", "iris");
        out.reset();
        err.reset();
        assertUsageError(new String[] {"train", "--preset", "iris", "--repeat", "0"}, "--repeat", "'0'");
        out.reset();
        err.reset();
        assertUsageError(new String[] {"train", "--preset"}, "--preset needs a value");
        out.reset();
        err.reset();
        assertUsageError(new String[] {"train", "a.json", "--preset", "iris"}, "usage: train");
        out.reset();
        err.reset();
        assertUsageError(new String[] {"train", "--presets", "iris"}, "unknown option '--presets'");
    }

    @Test
    void a_missing_file_is_one_line_naming_it() {
        assertUsageError(new String[] {"train", dir.resolve("nope.json").toString()}, "nope.json");
    }

    @Test
    void invalid_json_is_one_line_with_its_position() throws IOException {
        assertUsageError(new String[] {"train", file("{\"dataset\": [1,,2]}").toString()}, "not valid JSON", "line 1");
    }

    @Test
    void an_unknown_activation_is_one_line_naming_the_field() throws IOException {
        String json = SeedReference.edited(root -> root.withObjectProperty("network").put("activation", "sigmod"));

        assertUsageError(new String[] {"train", file(json).toString()}, "network.activation", "sigmod");
    }

    @Test
    void a_wrong_weight_shape_is_one_line_naming_the_field() throws IOException {
        String json = SeedReference.edited(root -> ((ArrayNode) root.get("network").get("weights")).remove(0));

        assertUsageError(new String[] {"train", file(json).toString()}, "network.weights");
    }

    @Test
    void a_missing_target_column_is_one_line_naming_the_field() throws IOException {
        String json = SeedReference.edited(root -> root.withObjectProperty("dataset").put("target", "label"));

        assertUsageError(new String[] {"train", file(json).toString()}, "dataset.target", "'label'");
    }

    @Test
    void a_non_numeric_input_is_one_line_naming_row_and_column() throws IOException {
        String json = SeedReference.edited(root -> ((ArrayNode) root.get("dataset").get("rows").get(2))
                .set(0, MAPPER.valueToTree("one")));

        assertUsageError(new String[] {"train", file(json).toString()}, "dataset", "Row 3", "'x1'");
    }

    @Test
    void a_network_too_large_to_hold_is_one_line_naming_the_field() throws IOException {
        String json = SeedReference.edited(root -> {
            root.withObjectProperty("network").remove("weights");
            root.withObjectProperty("network").set("hidden", MAPPER.valueToTree(new int[] {65_536, 65_536}));
        });

        assertUsageError(new String[] {"train", file(json).toString()}, "network.hidden");
    }

    @Test
    void train_without_a_file_is_one_line_of_usage() {
        assertUsageError(new String[] {"train"}, "usage: train");
    }

    @Test
    void no_command_at_all_is_one_line_of_usage() {
        assertUsageError(new String[] {}, "train", "bench");
    }

    @Test
    void bench_with_default_flags_prints_the_numpy_references_fields_and_learns_xor() throws IOException {
        int code = run("bench");

        assertThat(code).isZero();
        JsonNode result = MAPPER.readTree(out());
        assertThat(result.propertyNames()).containsExactly("layers", "samples", "iterations", "seconds",
                "iterations_per_second", "final_sse", "predictions");
        assertThat(result.get("layers")).containsExactly(MAPPER.valueToTree(3), MAPPER.valueToTree(4),
                MAPPER.valueToTree(1));
        assertThat(result.get("samples").asInt()).isEqualTo(4);
        assertThat(result.get("iterations").asInt()).isEqualTo(1500);
        double[] xor = {0, 1, 1, 0};
        for (int r = 0; r < 4; r++) {
            assertThat(result.get("predictions").get(r).asDouble()).isCloseTo(xor[r], within(0.1));
        }
    }

    @Test
    void bench_with_many_samples_prints_no_predictions() throws IOException {
        assertThat(run("bench", "--layers", "2,8,1", "--samples", "100", "--iterations", "5", "--lr", "0.01")).isZero();

        JsonNode result = MAPPER.readTree(out());
        assertThat(result.get("samples").asInt()).isEqualTo(100);
        assertThat(result.get("iterations").asInt()).isEqualTo(5);
        assertThat(result.has("predictions")).isFalse();
    }

    @Test
    void bench_on_two_threads_ends_with_the_loss_of_one() throws IOException {
        String[] flags = {"bench", "--layers", "2,64,64,1", "--samples", "1000", "--iterations", "3", "--lr", "0.001",
                "--warmup", "0", "--threads", "1"};
        assertThat(run(flags)).isZero();
        double oneThread = MAPPER.readTree(out()).get("final_sse").asDouble();
        out.reset();
        flags[flags.length - 1] = "2";

        assertThat(run(flags)).isZero();

        assertThat(MAPPER.readTree(out()).get("final_sse").asDouble()).isEqualTo(oneThread);
    }

    @Test
    void bad_bench_flags_are_one_line_each() {
        String[][] cases = {
                {"--layers", "3"}, {"--layers", "3,x,1"}, {"--layers", "3,0,1"}, {"--samples", "0"},
                {"--iterations", "-5"}, {"--iterations", "many"}, {"--lr", "0"}, {"--lr", "fast"},
                {"--seed", "1.5"}, {"--size", "4"}, {"--lr"}, {"--threads", "0"}, {"--threads", "lots"}};
        for (String[] flags : cases) {
            ByteArrayOutputStream caseOut = new ByteArrayOutputStream();
            ByteArrayOutputStream caseErr = new ByteArrayOutputStream();
            String[] args = new String[flags.length + 1];
            args[0] = "bench";
            System.arraycopy(flags, 0, args, 1, flags.length);

            int code = Cli.run(args, print(caseOut), print(caseErr));

            String errText = caseErr.toString(StandardCharsets.UTF_8);
            assertThat(code).as("exit code for %s", String.join(" ", flags)).isEqualTo(2);
            assertThat(caseOut.size()).as("output for %s", String.join(" ", flags)).isZero();
            assertOneErrorLine(errText);
            assertThat(errText).contains(flags[0]);
        }
    }

    private void assertUsageError(String[] args, String... mentions) {
        int code = Cli.run(args, print(out), print(err));

        assertThat(code).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertOneErrorLine(err());
        for (String mention : mentions) {
            assertThat(err()).contains(mention);
        }
    }

    private static void assertOneErrorLine(String text) {
        assertThat(text).startsWith("error: ").endsWith(System.lineSeparator());
        assertThat(text.strip()).doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
    }

    private int run(String... args) {
        return Cli.run(args, print(out), print(err));
    }

    private Path file(String content) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "experiment", ".json"), content);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
