package com.nnplayground.engine;

import static com.nnplayground.engine.SeedParityTest.X;
import static com.nnplayground.engine.SeedParityTest.Y;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Wrong input is refused with a message that names the problem in plain words. */
class ValidationTest {

    static final Network SEED = Network.initialise(Architecture.seedNetwork(), Init.UNIFORM, 0);

    @Test
    void data_with_mismatched_rows_is_refused() {
        assertMessageContains(() -> new Training(SEED, X, new double[][] {{0}, {1}}, TrainingConfig.seedSettings()),
                "x has 4 row(s) but y has 2");
    }

    @Test
    void inputs_with_the_wrong_column_count_are_refused() {
        double[][] x = {{0, 0, 1}, {0, 1}, {1, 0, 1}, {1, 1, 1}};

        assertMessageContains(() -> new Training(SEED, x, Y, TrainingConfig.seedSettings()),
                "x row 1 has 2 column(s); the network has 3 input(s)");
    }

    @Test
    void targets_with_the_wrong_column_count_are_refused() {
        double[][] y = {{0}, {1}, {1}, {0, 1}};

        assertMessageContains(() -> new Training(SEED, X, y, TrainingConfig.seedSettings()),
                "y row 3 has 2 column(s); the network has 1 output(s)");
    }

    @Test
    void data_that_is_not_a_number_is_refused() {
        double[][] x = {{0, 0, 1}, {0, 1, 1}, {1, Double.NaN, 1}, {1, 1, 1}};

        assertMessageContains(() -> new Training(SEED, x, Y, TrainingConfig.seedSettings()), "x row 2, column 1 is NaN");
    }

    @Test
    void training_with_a_loss_that_does_not_fit_the_output_is_refused() {
        TrainingConfig crossEntropy = new TrainingConfig(Loss.CROSS_ENTROPY, OptimizerKind.SGD, 1, 10, 0, 0, 0);

        assertMessageContains(() -> new Training(SEED, X, Y, crossEntropy), "needs a softmax output");
    }

    @Test
    void weights_of_the_wrong_shape_name_the_layer_and_both_shapes() {
        double[][][] weights = {new double[3][4], new double[4][2]};

        assertMessageContains(() -> Network.of(Architecture.seedNetwork(), weights, null),
                "Layer 1 weights: expected 4x1 (fanIn x fanOut), got 2 column(s) in row 0");
        assertMessageContains(() -> Network.of(Architecture.seedNetwork(), new double[][][] {new double[2][4],
                new double[4][1]}, null), "Layer 0 weights: expected 3x4 (fanIn x fanOut), got 2 row(s)");
    }

    @Test
    void biases_must_match_the_architecture() {
        Architecture withBiases = new Architecture(3, new int[] {4}, 1, Activation.SIGMOID, Activation.SIGMOID, true);
        double[][][] weights = {new double[3][4], new double[4][1]};

        assertMessageContains(() -> Network.of(withBiases, weights, new double[][] {new double[4], new double[2]}),
                "Layer 1 biases: expected 1 value(s), got 2");
        assertMessageContains(() -> Network.of(Architecture.seedNetwork(), weights, new double[][] {new double[4],
                new double[1]}), "no biases, so biases must be null");
    }

    @Test
    void network_of_copies_the_weights_in_and_out() {
        double[][][] weights = {new double[3][4], new double[4][1]};
        Network network = Network.of(Architecture.seedNetwork(), weights, null);

        weights[0][0][0] = 5;
        network.weights()[0][0][0] = 7;

        assertEquals(0.0, network.weights()[0][0][0]);
    }

    @Test
    void softmax_is_refused_as_a_hidden_activation() {
        assertMessageContains(() -> new Architecture(2, new int[] {3}, 2, Activation.SOFTMAX, Activation.SOFTMAX,
                true), "softmax can only be the output activation");
    }

    @Test
    void layer_sizes_below_one_are_refused() {
        assertMessageContains(() -> new Architecture(2, new int[] {3, 0}, 1, Activation.TANH, Activation.SIGMOID,
                true), "Hidden layer 2 needs at least 1 neuron, not 0");
        assertMessageContains(() -> new Architecture(0, new int[] {3}, 1, Activation.TANH, Activation.SIGMOID,
                true), "at least 1 input");
    }

    @Test
    void architectures_compare_by_value_and_report_their_sizes() {
        Architecture seed = Architecture.seedNetwork();

        assertEquals(new Architecture(3, new int[] {4}, 1, Activation.SIGMOID, Activation.SIGMOID, false), seed);
        assertEquals(2, seed.layerCount());
        assertEquals(3, seed.layerSizes().length);
        assertEquals(4, seed.layerSizes()[1]);
    }

    @Test
    void training_settings_out_of_range_are_refused() {
        assertMessageContains(() -> new TrainingConfig(Loss.SSE, OptimizerKind.SGD, 0, 10, 0, 0, 0),
                "learning rate must be a positive number");
        assertMessageContains(() -> new TrainingConfig(Loss.SSE, OptimizerKind.SGD, 1, 10, -1, 0, 0),
                "batch size must be 0");
        assertMessageContains(() -> new TrainingConfig(Loss.SSE, OptimizerKind.SGD, 1, 10, 0, -0.1, 0),
                "L2 must be 0 or a positive number");
    }

    @Test
    void a_layer_too_large_for_one_array_is_refused_not_overflowed() {
        assertMessageContains(() -> new Architecture(2, new int[] {65536, 65536}, 1, Activation.SIGMOID,
                Activation.SIGMOID, false), "Layer 2 would have 4294967296 weights (65536 x 65536)");
    }

    static void assertMessageContains(Executable executable, String expected) {
        String message = assertThrows(IllegalArgumentException.class, executable).getMessage();
        assertTrue(message.contains(expected), "message was: " + message);
    }
}
