package com.nnplayground.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed article's network, trained exactly as shared/bench/numpy_reference.py does, must land where NumPy
 * lands. Every pinned number below was printed once by src/test/resources/reference/seed_reference.py (numpy
 * 2.4.6), which runs numpy_reference.py's training loop verbatim from {@code np.random.default_rng(0)}'s first
 * draws {@code random((3, 4))} and {@code random((4, 1))}, and records the SSE before each update; Python's
 * {@code repr} prints the shortest decimal that reads back as the same double, so the literals are exact.
 */
class SeedParityTest {

    static final double[][] X = {{0, 0, 1}, {0, 1, 1}, {1, 0, 1}, {1, 1, 1}};
    static final double[][] Y = {{0}, {1}, {1}, {0}};

    static final double[][] INITIAL_WEIGHTS_1 = {
            {0.6369616873214543, 0.2697867137638703, 0.04097352393619469, 0.016527635528529094},
            {0.8132702392002724, 0.9127555772777217, 0.6066357757671799, 0.7294965609839984},
            {0.5436249914654229, 0.9350724237877682, 0.8158535541215322, 0.002738500170148095}};
    static final double[][] INITIAL_WEIGHTS_2 = {
            {0.8574042765875693}, {0.033585575305464355}, {0.7296554464299441}, {0.17565562060255901}};

    static final double[] REFERENCE_PREDICTIONS =
            {0.017425995133931747, 0.9745861995229742, 0.9846705319920662, 0.022693090896644282};
    static final double REFERENCE_FINAL_SSE = 0.001699495524943514;
    static final double REFERENCE_LOSS_ITERATION_1 = 1.3324750059843928;
    static final double REFERENCE_LOSS_ITERATION_2 = 1.0574023459748927;
    static final double REFERENCE_LOSS_ITERATION_1500 = 0.001700994407527545;

    static Network seedNetworkWithReferenceWeights() {
        return Network.of(Architecture.seedNetwork(), new double[][][] {INITIAL_WEIGHTS_1, INITIAL_WEIGHTS_2}, null);
    }

    @Test
    void seed_settings_reproduce_the_numpy_reference() {
        Training training = new Training(seedNetworkWithReferenceWeights(), X, Y, TrainingConfig.seedSettings());
        List<Double> losses = new ArrayList<>();

        training.run(Integer.MAX_VALUE, (iteration, loss) -> losses.add(loss), () -> false);

        double[][] predictions = training.network().predict(X);
        for (int r = 0; r < X.length; r++) {
            assertEquals(REFERENCE_PREDICTIONS[r], predictions[r][0], 1e-9, "prediction for row " + r);
        }
        assertEquals(1500, losses.size());
        assertEquals(REFERENCE_LOSS_ITERATION_1, losses.get(0), 1e-9);
        assertEquals(REFERENCE_LOSS_ITERATION_2, losses.get(1), 1e-9);
        assertEquals(REFERENCE_LOSS_ITERATION_1500, losses.get(1499), 1e-9);
        assertEquals(REFERENCE_FINAL_SSE, Loss.SSE.value(flat(Y), flat(predictions), 4, 1), 1e-9);
        assertEquals(StopReason.COMPLETED, training.stopReason());
    }

    @Test
    void the_first_loss_is_the_sse_of_the_initial_weights() {
        double[][] predictions = seedNetworkWithReferenceWeights().predict(X);

        assertEquals(REFERENCE_LOSS_ITERATION_1, Loss.SSE.value(flat(Y), flat(predictions), 4, 1), 1e-15);
    }

    @Test
    void predict_one_row_matches_predict_many() {
        Network network = seedNetworkWithReferenceWeights();

        assertArrayEquals(network.predict(X)[2], network.predict(X[2]));
    }

    static double[] flat(double[][] rows) {
        return Matrices.flatten(rows, rows[0].length);
    }
}
