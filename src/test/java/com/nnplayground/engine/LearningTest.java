package com.nnplayground.engine;

import static com.nnplayground.engine.SeedParityTest.X;
import static com.nnplayground.engine.SeedParityTest.Y;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Training reaches an outcome, asserted with a margin, never an exact epoch count. */
class LearningTest {

    @ParameterizedTest(name = "init seed {0}")
    @ValueSource(longs = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19})
    void seed_settings_learn_xor_from_any_uniform_start(long seed) {
        Network start = Network.initialise(Architecture.seedNetwork(), Init.UNIFORM, seed);

        assertLearnsXor(start, TrainingConfig.seedSettings());
    }

    @Test
    void mini_batches_learn_xor() {
        Network start = Network.initialise(Architecture.seedNetwork(), Init.UNIFORM, 0);

        assertLearnsXor(start, new TrainingConfig(Loss.SSE, OptimizerKind.SGD, 1.0, 1500, 2, 0.0, 7));
    }

    @Test
    void momentum_learns_xor() {
        Network start = Network.initialise(Architecture.seedNetwork(), Init.UNIFORM, 0);

        assertLearnsXor(start, new TrainingConfig(Loss.SSE, OptimizerKind.MOMENTUM, 0.1, 1500, 0, 0.0, 0));
    }

    @Test
    void adam_learns_xor() {
        Network start = Network.initialise(Architecture.seedNetwork(), Init.UNIFORM, 0);

        assertLearnsXor(start, new TrainingConfig(Loss.SSE, OptimizerKind.ADAM, 0.05, 1500, 0, 0.0, 0));
    }

    @Test
    void sigmoid_with_bce_and_biases_learns_xor() {
        Architecture architecture = new Architecture(2, new int[] {4}, 1, Activation.TANH, Activation.SIGMOID, true);
        Network start = Network.initialise(architecture, Init.XAVIER, 3);
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};

        Training training = new Training(start, x, Y, new TrainingConfig(Loss.BCE, OptimizerKind.ADAM, 0.05, 1500, 0,
                0.0, 0));
        training.run(Integer.MAX_VALUE, null, null);

        assertPredictionsWithin(0.1, Y, training.network().predict(x));
    }

    @Test
    void softmax_with_cross_entropy_separates_three_clusters() {
        Clusters clusters = Clusters.generate(3, 60, new SplittableRandom(42));
        Architecture architecture = new Architecture(2, new int[] {8}, 3, Activation.TANH, Activation.SOFTMAX, true);
        Network start = Network.initialise(architecture, Init.XAVIER, 1);
        assertTrue(clusters.accuracy(start) < 0.95, "the untrained network must not already separate them");

        Training training = new Training(start, clusters.x(), clusters.y(),
                new TrainingConfig(Loss.CROSS_ENTROPY, OptimizerKind.SGD, 0.5, 500, 0, 0.0, 0));
        training.run(Integer.MAX_VALUE, null, null);

        assertTrue(clusters.accuracy(training.network()) >= 0.95,
                "training accuracy " + clusters.accuracy(training.network()));
    }

    @Test
    void l2_keeps_weights_smaller() {
        Network start = Network.initialise(Architecture.seedNetwork(), Init.UNIFORM, 0);
        Training plain = new Training(start, X, Y, TrainingConfig.seedSettings());
        Training penalised = new Training(start, X, Y,
                new TrainingConfig(Loss.SSE, OptimizerKind.SGD, 1.0, 1500, 0, 0.01, 0));

        plain.run(Integer.MAX_VALUE, null, null);
        penalised.run(Integer.MAX_VALUE, null, null);

        assertTrue(sumOfSquares(penalised.network()) < sumOfSquares(plain.network()));
    }

    static void assertLearnsXor(Network start, TrainingConfig config) {
        Training training = new Training(start, X, Y, config);

        training.run(Integer.MAX_VALUE, null, null);

        assertEquals(StopReason.COMPLETED, training.stopReason());
        assertPredictionsWithin(0.1, Y, training.network().predict(X));
    }

    static void assertPredictionsWithin(double margin, double[][] targets, double[][] predictions) {
        for (int r = 0; r < targets.length; r++) {
            assertEquals(targets[r][0], predictions[r][0], margin, "row " + r);
        }
    }

    static double sumOfSquares(Network network) {
        double sum = 0;
        for (double[][] layer : network.weights()) {
            for (double[] row : layer) {
                for (double w : row) {
                    sum += w * w;
                }
            }
        }
        return sum;
    }
}
