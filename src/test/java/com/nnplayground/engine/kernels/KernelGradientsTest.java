package com.nnplayground.engine.kernels;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.Loss;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A batch computed in blocks, one per thread, as if it were one. Each test takes well under a second; a block waiting
 * for a turn that never comes (a counter carried on out of order) fails it at the timeout instead of hanging the
 * build.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class KernelGradientsTest {

    @Test
    void a_batch_is_cut_in_one_block_per_thread_where_its_activations_outweigh_its_weights() {
        int[] large = {2, 64, 64, 1};
        int[] wide = {784, 128, 10};
        assertEquals(2, KernelGradients.blocks(large, 1000, 2));
        assertEquals(3, KernelGradients.blocks(large, 1000, 3));
        assertEquals(1, KernelGradients.blocks(large, 1000, 1), "one thread");
        assertEquals(2, KernelGradients.blocks(large, 300, 2));
        assertEquals(1, KernelGradients.blocks(large, 300, 3), "fewer than 128 rows a block");
        // 1,000 x 129 activations against 4,288 weights
        assertEquals(1, KernelGradients.blocks(large, 260, 2), "260 x 129 activations < 8 x 4,288 weights");
        // wide: 2,000 x 138 activations against the 1,280 weights the blocks carry (its first layer's come after)
        assertEquals(2, KernelGradients.blocks(wide, 2000, 2));
        assertEquals(1, KernelGradients.blocks(new int[] {784, 600, 600, 10}, 2000, 2),
                "2,000 x 1,210 activations < 8 x 366,000 weights carried");
    }

    @Test
    void the_first_layers_gradient_comes_after_the_blocks_when_it_holds_half_of_the_weights() {
        assertTrue(KernelGradients.firstAfterBlocks(new int[] {784, 128, 10}), "100,352 of 101,632");
        assertFalse(KernelGradients.firstAfterBlocks(new int[] {2, 64, 64, 1}), "128 of 4,288");
        assertTrue(KernelGradients.firstAfterBlocks(new int[] {5, 20, 3, 3}), "100 of 169");
        assertTrue(KernelGradients.firstAfterBlocks(new int[] {20, 4, 3, 3}), "80 of 101: over its inputs");
        assertFalse(KernelGradients.firstAfterBlocks(new int[] {2, 20, 3, 3}), "40 of 109");
        assertFalse(KernelGradients.firstAfterBlocks(new int[] {3, 4, 1}), "the seed's tiny layers, summed one by one");
    }

    /**
     * A batch in blocks gives the bits of the same batch in one block, loss and gradients, on one thread and on
     * three, in 2 blocks and in 16, and in mini-batches gathered in a shuffled order (batches of 700 of 1,000 rows,
     * 7 blocks each, the last 300 rows too), for every loss: the blocks carry the sums on in the reference's order.
     * The first layer's gradient is carried from block to block (2 inputs), or comes after the blocks, its vectors
     * over its neurons (5 inputs) or over its inputs (20 inputs, 4 neurons).
     */
    @ParameterizedTest(name = "{0} inputs, {1} output, {2}, {3} rows a batch, {4} blocks")
    @CsvSource({"5, sigmoid, sse, 1000, 2", "2, linear, mse, 1000, 16", "20, sigmoid, bce, 1000, 16",
            "5, softmax, cross_entropy, 1000, 2", "2, tanh, sse, 700, 7", "20, softmax, cross_entropy, 700, 7"})
    void a_batch_in_blocks_has_the_bits_of_one_block(int inputs, String output, String lossId, int batchRows,
                                                      int blockCount) {
        Loss loss = Loss.fromId(lossId);
        int outputs = 3;
        // a layer of each kind of weight gradient: n x 20 (vectors over j), 20 x 3 (over i), 3 x 3 (sum by sum); with
        // 20 inputs, 20 x 4 (over i) first
        Architecture architecture = new Architecture(inputs, new int[] {inputs == 20 ? 4 : 20, 3}, outputs,
                Activation.TANH, Activation.fromId(output), true);
        SplittableRandom random = new SplittableRandom(8);
        int rows = 1000;
        double[][] x = new double[rows][inputs];
        double[][] y = new double[rows][outputs];
        for (int r = 0; r < rows; r++) {
            Arrays.setAll(x[r], i -> random.nextDouble(-2, 2));
            int label = random.nextInt(outputs);
            Arrays.setAll(y[r], k -> loss == Loss.CROSS_ENTROPY || loss == Loss.BCE ? (k == label ? 1 : 0)
                    : random.nextDouble(-1, 1));
        }
        int[] sizes = architecture.layerSizes();
        double[][] weights = new double[sizes.length - 1][];
        double[][] biases = new double[sizes.length - 1][];
        for (int l = 0; l < weights.length; l++) {
            weights[l] = random.doubles((long) sizes[l] * sizes[l + 1], -0.5, 0.5).toArray();
            biases[l] = random.doubles(sizes[l + 1], -0.5, 0.5).toArray();
        }
        int[] order = null;
        if (batchRows < rows) {
            order = new int[rows];
            Arrays.setAll(order, i -> i);
            for (int i = rows - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
        }
        KernelGradients oneBlock = new KernelGradients(architecture, loss, x, y, batchRows, KernelThreads.single(), 1);
        try (KernelThreads three = KernelThreads.start(3, 0)) {
            for (KernelThreads threads : new KernelThreads[] {KernelThreads.single(), three}) {
                KernelGradients blocks = new KernelGradients(architecture, loss, x, y, batchRows, threads, blockCount);
                for (int first = 0; first < rows; first += batchRows) {
                    int count = Math.min(batchRows, rows - first);
                    double expected = oneBlock.compute(weights, biases, order, first, count);
                    double actual = blocks.compute(weights, biases, order, first, count);
                    String where = threads.threads() + " threads, rows " + first + "-" + (first + count);

                    assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                            "loss, " + where);
                    for (int l = 0; l < weights.length; l++) {
                        assertArrayEquals(oneBlock.gradW()[l], blocks.gradW()[l], "dL/dW of layer " + (l + 1) + ", "
                                + where);
                        assertArrayEquals(oneBlock.gradB()[l], blocks.gradB()[l], "dL/db of layer " + (l + 1) + ", "
                                + where);
                    }
                }
            }
        }
    }

    /** A block that throws ends the batch with its exception, on every thread, instead of leaving the rest waiting. */
    @Test
    void a_failing_block_fails_the_batch_and_the_next_batch_runs() {
        Architecture architecture = new Architecture(2, new int[] {9}, 1, Activation.SIGMOID, Activation.SIGMOID,
                false);
        double[][] x = new double[600][2];
        double[][] y = new double[600][1];
        double[][] weights = {new double[18], new double[9]};
        try (KernelThreads two = KernelThreads.start(2, 0)) {
            KernelGradients gradients = new KernelGradients(architecture, Loss.SSE, x, y, 600, two, 2);
            double[][] wrong = {new double[3], new double[9]};

            assertThrows(ArrayIndexOutOfBoundsException.class, () -> gradients.compute(wrong, null, null, 0, 600));
            assertEquals(600 * 0.25, gradients.compute(weights, null, null, 0, 600));
        }
    }
}
