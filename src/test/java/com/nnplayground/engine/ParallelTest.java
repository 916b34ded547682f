package com.nnplayground.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Products split between threads give the bits of one thread, and the split allocates nothing. */
class ParallelTest {

    static final Architecture LAYERS =
            new Architecture(7, new int[] {33, 17}, 5, Activation.SIGMOID, Activation.SIGMOID, true);

    @AfterEach
    void restore_the_default_split() {
        Parallel.reset();
    }

    /** 61 rows: products split; 520 rows: sigmoid layers split by neuron too ({@link Sigmoid#EACH_NEURON_ROWS}). */
    @ParameterizedTest(name = "{0} rows")
    @ValueSource(ints = {61, 520})
    void any_thread_count_gives_bit_identical_weights(int rows) {
        Network one = trainedWith(1, 200, rows);
        for (int threads : new int[] {2, 3, 5}) {
            Network many = trainedWith(threads, 200, rows);

            assertTrue(Arrays.deepEquals(one.weights(), many.weights()), threads + " threads changed the weights");
            assertTrue(Arrays.deepEquals(one.biases(), many.biases()), threads + " threads changed the biases");
        }
    }

    @Test
    void a_split_run_allocates_nothing_per_iteration() {
        Parallel.configure(2, 0);
        Training training = training(1_000_000, 61);
        training.run(500, null, null);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();

        long before = threads.getThreadAllocatedBytes(thread);
        training.run(500, null, null);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertTrue(allocated < 10_000, allocated + " bytes allocated in 500 split iterations");
        assertEquals(1_000, training.iterationsDone());
    }

    /** Every product split, however small, between {@code threads} threads. */
    private static Network trainedWith(int threads, int iterations, int rows) {
        Parallel.configure(threads, 0);
        Training training = training(iterations, rows);
        training.run(iterations, null, null);
        return training.network();
    }

    private static Training training(int iterations, int rows) {
        SplittableRandom random = new SplittableRandom(3);
        double[][] x = new double[rows][7];
        double[][] y = new double[rows][5];
        for (int r = 0; r < x.length; r++) {
            for (int c = 0; c < 7; c++) {
                x[r][c] = random.nextDouble(-1, 1);
            }
            for (int c = 0; c < 5; c++) {
                y[r][c] = x[r][c] * x[r][c + 1] > 0 ? 1 : 0;
            }
        }
        return new Training(Network.initialise(LAYERS, Init.XAVIER, 11), x, y,
                new TrainingConfig(Loss.SSE, OptimizerKind.MOMENTUM, 0.01, iterations, 0, 0.0, 5));
    }
}
