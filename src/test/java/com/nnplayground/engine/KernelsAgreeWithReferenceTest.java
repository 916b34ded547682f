package com.nnplayground.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nnplayground.engine.kernels.KernelGradients;
import com.nnplayground.engine.kernels.KernelThreads;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kernels against the reference engine on many random networks: every hidden and output activation, every
 * loss that fits, every optimizer, biases on and off, L2 on and off, one full batch or mini-batches, from 1 row
 * to 700, layers narrow and wide. One batch's loss and gradients,
 * then whole runs (losses of every iteration, final weights and biases), must agree to 1e-12 relative.
 */
class KernelsAgreeWithReferenceTest {

    static final double TOLERANCE = 1e-12;
    static final int CASES = 240;
    static final int ITERATIONS = 4;
    static final Activation[] HIDDEN = {Activation.SIGMOID, Activation.TANH, Activation.RELU, Activation.LEAKY_RELU,
            Activation.LINEAR};
    /** Output activation and loss, every pair that fits ({@link Compatibility}). */
    static final Object[][] OUTPUTS = {
            {Activation.SIGMOID, Loss.SSE}, {Activation.SIGMOID, Loss.MSE}, {Activation.SIGMOID, Loss.BCE},
            {Activation.TANH, Loss.SSE}, {Activation.LINEAR, Loss.MSE}, {Activation.RELU, Loss.SSE},
            {Activation.LEAKY_RELU, Loss.MSE}, {Activation.SOFTMAX, Loss.CROSS_ENTROPY}};
    /** Products split between two threads where large; closed after the last case. */
    static final KernelThreads TWO_THREADS = KernelThreads.start(2);

    @AfterAll
    static void close_the_threads() {
        TWO_THREADS.close();
    }

    record Case(int seed, Architecture architecture, TrainingConfig config, double[][] x, double[][] y) {
        @Override
        public String toString() {
            return "#" + seed + " " + architecture + ", " + config.loss().id() + ", " + config.optimizer().id()
                    + ", batch " + config.batchSize() + ", l2 " + config.l2() + ", " + x.length + " rows";
        }
    }

    static Stream<Arguments> cases() {
        return IntStream.range(0, CASES).mapToObj(KernelsAgreeWithReferenceTest::randomCase).map(Arguments::of);
    }

    static Case randomCase(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] hidden = new int[random.nextInt(4)];
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] = random.nextInt(8) == 0 ? 32 + random.nextInt(40) : 1 + random.nextInt(20);
        }
        Object[] output = OUTPUTS[random.nextInt(OUTPUTS.length)];
        Activation outputActivation = (Activation) output[0];
        Loss loss = (Loss) output[1];
        int outputs = outputActivation == Activation.SOFTMAX ? 2 + random.nextInt(5) : 1 + random.nextInt(5);
        Architecture architecture = new Architecture(1 + random.nextInt(8), hidden, outputs,
                HIDDEN[random.nextInt(HIDDEN.length)], outputActivation, random.nextBoolean());
        int rows = random.nextInt(10) == 0 ? 500 + random.nextInt(1700) : 1 + random.nextInt(160);
        int batch = random.nextBoolean() ? 0 : 1 + random.nextInt(rows);
        TrainingConfig config = new TrainingConfig(loss, OptimizerKind.values()[random.nextInt(3)],
                0.001 + random.nextDouble(0.2), ITERATIONS, batch, random.nextBoolean() ? 0.0 : 0.01, seed);
        double[][] x = new double[rows][architecture.inputs()];
        double[][] y = new double[rows][outputs];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < x[r].length; c++) {
                x[r][c] = random.nextDouble(-3, 3);
            }
            int label = random.nextInt(outputs);
            for (int c = 0; c < outputs; c++) {
                y[r][c] = loss == Loss.CROSS_ENTROPY ? (c == label ? 1 : 0)
                        : loss == Loss.BCE ? random.nextInt(2) : random.nextDouble(-1, 1);
            }
        }
        return new Case(seed, architecture, config, x, y);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void one_batch_has_the_reference_loss_and_gradients(Case c) {
        Network network = Network.initialise(c.architecture, Init.XAVIER, c.seed);
        int rows = c.x.length;
        int count = Batches.maxRows(rows, c.config.batchSize());
        int[] order = count == rows ? null : shuffled(rows, c.seed);
        Gradients reference = new ReferenceGradients(c.architecture, c.config.loss(), c.x, c.y, count);
        Gradients kernels = new KernelGradients(c.architecture, c.config.loss(), c.x, c.y, count,
                c.seed % 2 == 0 ? KernelThreads.single() : TWO_THREADS);

        double expected = reference.compute(network.flatWeights(), network.flatBiases(), order, 0, count);
        double actual = kernels.compute(network.flatWeights(), network.flatBiases(), order, 0, count);

        assertClose(expected, actual, "loss");
        assertAllClose(reference.gradW(), kernels.gradW(), "dL/dW");
        assertAllClose(reference.gradB(), kernels.gradB(), "dL/db");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void whole_runs_give_the_reference_losses_and_weights(Case c) {
        Network start = Network.initialise(c.architecture, Init.XAVIER, c.seed);
        List<Double> expectedLosses = new ArrayList<>();
        List<Double> actualLosses = new ArrayList<>();
        Training reference = Training.reference(start, c.x, c.y, c.config);
        Training kernels = new Training(start, c.x, c.y, c.config, c.seed % 2 == 0 ? TWO_THREADS : KernelThreads.single());

        reference.run(ITERATIONS, (i, loss) -> expectedLosses.add(loss), null);
        kernels.run(ITERATIONS, (i, loss) -> actualLosses.add(loss), null);

        assertEquals(reference.stopReason(), kernels.stopReason());
        assertEquals(expectedLosses.size(), actualLosses.size(), "iterations reported");
        for (int i = 0; i < expectedLosses.size(); i++) {
            assertClose(expectedLosses.get(i), actualLosses.get(i), "loss of iteration " + (i + 1));
        }
        assertAllClose(reference.network().flatWeights(), kernels.network().flatWeights(), "final weights");
        assertAllClose(reference.network().flatBiases(), kernels.network().flatBiases(), "final biases");
    }

    static void assertAllClose(double[][] expected, double[][] actual, String what) {
        assertEquals(expected == null, actual == null, what);
        if (expected != null) {
            for (int l = 0; l < expected.length; l++) {
                for (int i = 0; i < expected[l].length; i++) {
                    assertClose(expected[l][i], actual[l][i], what + " of layer " + (l + 1) + ", element " + i);
                }
            }
        }
    }

    static void assertClose(double expected, double actual, String what) {
        double scale = Math.max(Math.abs(expected), Math.abs(actual));
        assertTrue(Math.abs(expected - actual) <= TOLERANCE * scale || Double.compare(expected, actual) == 0,
                what + ": reference " + expected + ", kernels " + actual);
    }

    private static int[] shuffled(int rows, long seed) {
        Batches batches = new Batches(rows, rows - 1, seed);
        batches.startEpoch();
        return batches.order();
    }
}
