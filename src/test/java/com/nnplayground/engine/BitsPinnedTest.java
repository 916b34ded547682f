package com.nnplayground.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nnplayground.engine.kernels.KernelThreads;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Trains a grid of small problems (every activation, loss, optimizer, biases on and off, full and mini-batches,
 * few and many rows) and compares a digest of the exact bits of the loss history, final weights and biases with
 * pinned values. The three cases without a sigmoid are the bits of the engine's first row-major kernels, which
 * every later layout (neuron-major, the vector tiles) reproduced; the seven with one were pinned when the sigmoid
 * got the engine's own exp ({@code kernels.Sigmoid}, its polynomial of degree 11), and a JVM without the Vector
 * API gives the same. The last two, 1,100 rows and 1,300 in batches of 600, are the bits of the engine before
 * batches were computed in blocks (main {@code 56c3747}); in blocks, on any number of threads, they are the same
 * (each case is trained on one thread and on two). Any change to the kernels that alters a summation order, an
 * operand order or an exp shows up here, not only as a tolerance drift elsewhere.
 */
class BitsPinnedTest {

    @ParameterizedTest(name = "{0} rows, layers {1}, {2}/{3}, {4}, {5}, bias {6}, batch {7}")
    @CsvSource({
            "4,   3-4-1,     sigmoid,    sigmoid, sse,           sgd,      false, 0,  0x73103029a737664c",
            "150, 4-8-3,     sigmoid,    sigmoid, sse,           sgd,      false, 0,  0x18f045c43da5e1d5",
            "200, 2-16-16-1, sigmoid,    sigmoid, sse,           sgd,      false, 0,  0xb205eefbfd216f67",
            "20,  2-9-2,     sigmoid,    sigmoid, bce,           adam,     true,  0,  0x6f17a4dba723a667",
            "61,  7-33-17-5, tanh,       linear,  mse,           momentum, true,  0,  0xff35fb3cafdeae24",
            "61,  7-12-4,    relu,       softmax, cross_entropy, adam,     true,  8,  0xcde8344bb796fbe2",
            "90,  3-10-10-2, leaky_relu, sigmoid, bce,           sgd,      true,  16, 0x92f2160ba69fe852",
            "33,  5-6-1,     linear,     linear,  sse,           momentum, false, 7,  0x63167f4ce4f4341f",
            "130, 2-5-3,     sigmoid,    softmax, cross_entropy, sgd,      true,  0,  0x59febc831edee7d5",
            "300, 6-40-3,    tanh,       sigmoid, mse,           adam,     true,  64, 0xf4bae294c4c2be71",
            "1100, 3-24-2,   sigmoid,    sigmoid, mse,           sgd,      true,  0,  0xe90387751cb46686",
            "1300, 4-20-3,   relu,       softmax, cross_entropy, adam,     true,  600, 0x58e43cb39570cadf",
    })
    void training_gives_the_pinned_bits(int rows, String layers, String hidden, String output, String loss,
                                        String optimizer, boolean bias, int batch, String expected) {
        String[] parts = layers.split("-");
        int[] sizes = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            sizes[i] = Integer.parseInt(parts[i]);
        }
        int[] hiddenSizes = Arrays.copyOfRange(sizes, 1, sizes.length - 1);
        Architecture architecture = new Architecture(sizes[0], hiddenSizes, sizes[sizes.length - 1],
                Activation.fromId(hidden), Activation.fromId(output), bias);
        Loss lossFunction = Loss.fromId(loss);
        SplittableRandom random = new SplittableRandom(rows * 31L + sizes.length);
        double[][] x = new double[rows][sizes[0]];
        double[][] y = new double[rows][architecture.outputs()];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < x[r].length; c++) {
                x[r][c] = random.nextDouble(-2, 2);
            }
            int label = random.nextInt(architecture.outputs());
            for (int c = 0; c < y[r].length; c++) {
                y[r][c] = lossFunction == Loss.SSE || lossFunction == Loss.MSE && output.equals("linear")
                        ? random.nextDouble() : (c == label ? 1 : 0);
            }
        }
        TrainingConfig config = new TrainingConfig(lossFunction, OptimizerKind.fromId(optimizer), 0.05, 60, batch,
                bias ? 0.001 : 0.0, 9);
        assertEquals(expected, digest(new Training(Network.initialise(architecture, Init.XAVIER, 4), x, y, config)),
                "one thread");
        // two threads: the batches of many rows in blocks (KernelGradients.blocks), the rest as on one
        try (KernelThreads two = KernelThreads.start(2)) {
            assertEquals(expected, digest(new Training(Network.initialise(architecture, Init.XAVIER, 4), x, y, config,
                    two)), "two threads");
        }
    }

    private static String digest(Training training) {
        long[] digest = {17};
        training.run(60, (iteration, value) -> mix(digest, value), null);
        Network trained = training.network();
        for (double[][] layer : trained.weights()) {
            for (double[] row : layer) {
                for (double w : row) {
                    mix(digest, w);
                }
            }
        }
        if (trained.biases() != null) {
            for (double[] layer : trained.biases()) {
                for (double b : layer) {
                    mix(digest, b);
                }
            }
        }
        return "0x" + Long.toHexString(digest[0]);
    }

    private static void mix(long[] digest, double value) {
        digest[0] = digest[0] * 0x9E3779B97F4A7C15L + Double.doubleToRawLongBits(value);
    }
}
