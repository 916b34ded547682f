package com.nnplayground.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hostile experiment files: whatever arrives, only a field-naming ExperimentException comes back. */
class ExperimentJsonFuzzTest {
    private static final String SEED = ExperimentJson.write(Experiment.seedArticle());

    /** Reads the text; anything but success or an ExperimentException fails the test. */
    private static void readsOrRefuses(String json) {
        try {
            PreparedExperiment.of(ExperimentJson.read(json));
        } catch (ExperimentException expected) {
            assertThat(expected.getMessage()).isNotBlank().doesNotContain("\tat ");
        }
    }

    @Test
    void random_bytes_are_refused_with_a_message() {
        Random random = new Random(1234);
        for (int i = 0; i < 2000; i++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            readsOrRefuses(new String(bytes, StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void mutations_of_a_valid_file_never_throw_anything_else() {
        Random random = new Random(99);
        String alphabet = "{}[]\",:0123456789-+.eE truefalsnul";
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder(SEED);
            for (int m = random.nextInt(4) + 1; m > 0; m--) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(3)) {
                    case 0 -> text.deleteCharAt(at);
                    case 1 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> text.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            readsOrRefuses(text.toString());
        }
    }

    @Test
    void deeply_nested_json_is_refused_not_a_stack_overflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertThatThrownBy(() -> ExperimentJson.read(deep)).isInstanceOf(ExperimentException.class)
                .hasMessageContaining("nesting depth");
        String deepInField = SEED.replace("\"hidden\" : [ 4 ]", "\"hidden\" : " + "[".repeat(500) + "]".repeat(500));
        assertThatThrownBy(() -> ExperimentJson.read(deepInField)).isInstanceOf(ExperimentException.class)
                .hasMessageStartingWith("network.hidden");
    }

    @Test
    void a_million_columns_or_a_huge_field_are_refused() {
        StringBuilder columns = new StringBuilder("{\"dataset\":{\"columns\":[");
        for (int i = 0; i < 1_000_000; i++) {
            columns.append(i == 0 ? "" : ",").append("\"c").append(i).append('"');
        }
        columns.append("],\"rows\":[[1]]}}");
        assertThatThrownBy(() -> PreparedExperiment.of(ExperimentJson.read(columns.toString())))
                .isInstanceOf(ExperimentException.class)
                .hasMessage("dataset.columns: 1,000,000 columns; the limit is 200");

        String hugeName = SEED.replace("\"x1\"", "\"" + "x".repeat(30_000_000) + "\"");
        assertThatThrownBy(() -> ExperimentJson.read(hugeName)).isInstanceOf(ExperimentException.class);
    }

    @Test
    void extreme_numbers_are_read_exactly_or_refused_plainly() {
        Experiment huge = ExperimentJson.read(SEED.replace("\"learningRate\" : 1.0", "\"learningRate\" : 1e308"));
        assertThat(huge.training().learningRate()).isEqualTo(1e308);
        assertThatThrownBy(() -> ExperimentJson.read(SEED.replace("\"learningRate\" : 1.0", "\"learningRate\" : 1e309")))
                .hasMessageStartingWith("training.learningRate");
        assertThatThrownBy(() -> ExperimentJson.read(SEED.replace("\"learningRate\" : 1.0", "\"learningRate\" : -0.0")))
                .hasMessageStartingWith("training.learningRate");

        Experiment extremes = ExperimentJson.read(SEED.replace("[ 0, 0, 1, 0 ]", "[ -0.0, 1e308, -1e308, 0 ]"));
        List<String> cells = extremes.dataset().rows().get(0);
        assertThat(Double.doubleToRawLongBits(Double.parseDouble(cells.get(0)))).as("the sign of -0.0 survives")
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(Double.parseDouble(cells.get(1))).isEqualTo(1e308);
        assertThat(Double.parseDouble(cells.get(2))).isEqualTo(-1e308);
        double[] x = PreparedExperiment.of(extremes).data().x()[0];
        assertThat(x).as("and reach the network as given").containsExactly(-0.0, 1e308, -1e308);

        Experiment formula = ExperimentJson.read(SEED.replace("[ 0, 0, 1, 0 ]", "[ \"=HYPERLINK(\\\"http://x\\\")\", 0, 1, 0 ]"));
        assertThat(formula.dataset().rows().get(0).get(0)).as("a label is read as text, exactly")
                .isEqualTo("=HYPERLINK(\"http://x\")");
        readsOrRefuses(SEED.replace("[ 0, 0, 1, 0 ]", "[ \"=HYPERLINK(\\\"http://x\\\")\", 0, 1, 0 ]"));
    }
}
