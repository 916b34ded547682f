package com.nnplayground.engine.kernels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.Network;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.engine.Training;
import com.nnplayground.engine.TrainingConfig;
import com.nnplayground.engine.TrainingRunTest;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Products split between threads give the bits of one thread, the split allocates nothing, and close ends it. */
class KernelThreadsTest {

    static final Architecture LAYERS =
            new Architecture(7, new int[] {33, 17}, 5, Activation.SIGMOID, Activation.SIGMOID, true);
    /** Most of the weights in the first layer: in blocks, its gradient comes after them. */
    static final Architecture FIRST_HEAVY =
            new Architecture(40, new int[] {24}, 3, Activation.SIGMOID, Activation.SIGMOID, true);

    /**
     * 61 rows: every product and every activation of a layer split between the threads; 520 and 1,100: a batch in 2
     * and 4 blocks ({@link KernelGradients#blocks}) shared out; 1,300 in batches of 600: 2 blocks a batch, the last
     * batch's 100 rows too; 1,201 in batches of 600: the last batch's one row leaves a block with none, whose empty
     * sums must not carry the batch before's on. Each weight gradient carried from block to block, or, with most of
     * the weights in the first layer, that layer's computed after the blocks
     * ({@link KernelGradients#firstAfterBlocks}).
     */
    @ParameterizedTest(name = "{0} rows, batch {1}, first layer heavy: {2}")
    @CsvSource({"61, 0, false", "520, 0, false", "1100, 0, false", "1300, 600, false", "520, 0, true",
            "1100, 0, true", "1300, 600, true", "1201, 600, false", "1201, 600, true"})
    void any_thread_count_gives_bit_identical_weights(int rows, int batch, boolean firstHeavy) {
        Architecture layers = firstHeavy ? FIRST_HEAVY : LAYERS;
        assertEquals(firstHeavy, KernelGradients.firstAfterBlocks(layers.layerSizes()));
        Network one = trainedWith(layers, 1, 200, rows, batch);
        for (int threads : new int[] {2, 3, 5}) {
            Network many = trainedWith(layers, threads, 200, rows, batch);

            assertTrue(Arrays.deepEquals(one.weights(), many.weights()), threads + " threads changed the weights");
            assertTrue(Arrays.deepEquals(one.biases(), many.biases()), threads + " threads changed the biases");
        }
    }

    /**
     * Wide products are shared out by columns, narrow ones by rows ({@link LayerProduct}): both give the bits of one
     * thread, at widths from a few slices to many and with as few rows as one.
     */
    @Test
    void a_product_shared_by_rows_or_by_columns_gives_the_bits_of_one_thread() {
        SplittableRandom random = new SplittableRandom(17);
        try (KernelThreads three = KernelThreads.start(3, 0)) {
            LayerProduct alone = new LayerProduct(KernelThreads.single());
            LayerProduct shared = new LayerProduct(three);
            for (int round = 0; round < 60; round++) {
                int rows = 1 + random.nextInt(round % 2 == 0 ? 5 : 70);
                int inner = 1 + random.nextInt(round % 5 == 0 ? 600 : 30);
                int width = NeuronMajor.PAD * (1 + random.nextInt(round % 3 == 0 ? 8 : 130));
                double[] x = values(random, rows * inner);
                double[] y = values(random, inner * width);
                double[] bias = random.nextBoolean() ? values(random, rows) : null;
                double[] expected = new double[rows * width];
                double[] actual = new double[rows * width];
                alone.multiply(x, inner, 1, y, width, expected, width, inner, width, bias, rows);
                shared.multiply(x, inner, 1, y, width, actual, width, inner, width, bias, rows);

                assertTrue(Arrays.equals(expected, actual),
                        "round " + round + ": " + rows + " x " + width + ", inner " + inner + " differs on 3 threads");
            }
        }
    }

    /**
     * Once compiled: before C2 has compiled the vector kernels every vector is a heap object, and on a busy machine
     * that takes a while, so the test looks at up to 20 rounds of 500 iterations for one that allocates nothing.
     */
    @ParameterizedTest(name = "{0} rows, first layer heavy: {1}")
    @CsvSource({"61, false", "600, false", "600, true"})
    void a_split_run_allocates_nothing_per_iteration(int rows, boolean firstHeavy) {
        try (KernelThreads threads = KernelThreads.start(2, 0)) {
            Training training = training(firstHeavy ? FIRST_HEAVY : LAYERS, 1_000_000, rows, 0, threads);
            assertTrue(TrainingRunTest.someRoundAllocatesNothing(training, 500),
                    "every round of 500 split iterations allocated");
        }
    }

    @Test
    void closing_ends_the_helpers_and_later_products_run_on_the_caller() throws InterruptedException {
        KernelThreads threads = KernelThreads.start(3, 0);
        Training training = training(LAYERS, 100, 61, 0, threads);
        training.run(10, null, null);
        assertEquals(2, threads.helpersAlive());

        threads.close();

        long deadline = System.nanoTime() + 10_000_000_000L;
        while (threads.helpersAlive() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(0, threads.helpersAlive(), "helper threads still running after close");
        assertEquals(10, training.run(10, null, null));
    }

    @Test
    void one_thread_starts_no_helper() {
        assertEquals(KernelThreads.single(), KernelThreads.start(1));
        assertEquals(1, KernelThreads.single().threads());
    }

    /** Every product split, however small, between {@code threads} threads. */
    private static Network trainedWith(Architecture layers, int threads, int iterations, int rows, int batch) {
        try (KernelThreads kernels = KernelThreads.start(threads, 0)) {
            Training training = training(layers, iterations, rows, batch, kernels);
            training.run(iterations, null, null);
            return training.network();
        }
    }

    private static double[] values(SplittableRandom random, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextDouble(-2, 2);
        }
        return values;
    }

    /** {@code layers} (fewer outputs than inputs) on {@code rows} random rows, each target the sign of two inputs'. */
    private static Training training(Architecture layers, int iterations, int rows, int batch,
                                     KernelThreads threads) {
        SplittableRandom random = new SplittableRandom(3);
        double[][] x = new double[rows][layers.inputs()];
        double[][] y = new double[rows][layers.outputs()];
        for (int r = 0; r < x.length; r++) {
            for (int c = 0; c < x[r].length; c++) {
                x[r][c] = random.nextDouble(-1, 1);
            }
            for (int c = 0; c < y[r].length; c++) {
                y[r][c] = x[r][c] * x[r][c + 1] > 0 ? 1 : 0;
            }
        }
        return new Training(Network.initialise(layers, Init.XAVIER, 11), x, y,
                new TrainingConfig(Loss.SSE, OptimizerKind.MOMENTUM, 0.01, iterations, batch, 0.0, 5), threads);
    }
}
