package com.nnplayground.engine;

import static com.nnplayground.engine.SeedParityTest.X;
import static com.nnplayground.engine.SeedParityTest.Y;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

/** The life of a {@link Training}: repeatable, resumable, cancellable, and stopping when it diverges. */
public class TrainingRunTest {

    static final Architecture WITH_BIASES =
            new Architecture(3, new int[] {5, 4}, 1, Activation.TANH, Activation.SIGMOID, true);
    static final double[][] MORE_X = {{0, 0, 1}, {0, 1, 1}, {1, 0, 1}, {1, 1, 1}, {0.5, 0.2, 0}, {0.1, 0.9, 0},
            {0.7, 0.7, 1}};
    static final double[][] MORE_Y = {{0}, {1}, {1}, {0}, {1}, {0}, {1}};
    static final TrainingConfig ADAM_MINI_BATCHES =
            new TrainingConfig(Loss.BCE, OptimizerKind.ADAM, 0.01, 1500, 3, 0.001, 99);

    @Test
    void the_same_seeds_give_bit_identical_weights() {
        Training first = trainedWithAdamMiniBatches();
        Training second = trainedWithAdamMiniBatches();

        assertArrayEquals(first.network().weights(), second.network().weights());
        assertArrayEquals(first.network().biases(), second.network().biases());
        assertEquals(first.lastLoss(), second.lastLoss());
    }

    @Test
    void a_different_shuffling_seed_gives_different_weights() {
        Training other = new Training(Network.initialise(WITH_BIASES, Init.XAVIER, 5), MORE_X, MORE_Y,
                new TrainingConfig(Loss.BCE, OptimizerKind.ADAM, 0.01, 1500, 3, 0.001, 100));
        other.run(Integer.MAX_VALUE, null, null);

        assertFalse(Arrays.deepEquals(trainedWithAdamMiniBatches().network().weights(),
                other.network().weights()));
    }

    @Test
    void running_in_slices_of_7_gives_the_same_weights_as_one_call() {
        Training sliced = new Training(Network.initialise(WITH_BIASES, Init.XAVIER, 5), MORE_X, MORE_Y,
                ADAM_MINI_BATCHES);
        List<Integer> iterations = new ArrayList<>();
        int calls = 0;
        while (!sliced.finished()) {
            int ran = sliced.run(7, (iteration, loss) -> iterations.add(iteration), null);
            assertTrue(ran <= 7);
            calls++;
        }

        Training whole = trainedWithAdamMiniBatches();
        assertArrayEquals(whole.network().weights(), sliced.network().weights());
        assertArrayEquals(whole.network().biases(), sliced.network().biases());
        assertEquals(1500, sliced.iterationsDone());
        assertEquals(215, calls, "1500 = 214 * 7 + 2");
        assertEquals(1, iterations.get(0));
        assertEquals(1500, iterations.get(iterations.size() - 1));
        assertEquals(1500, iterations.size());
    }

    @Test
    void run_never_goes_past_the_configured_iterations() {
        Training training = new Training(Network.initialise(Architecture.seedNetwork(), Init.UNIFORM, 0), X, Y,
                new TrainingConfig(Loss.SSE, OptimizerKind.SGD, 1.0, 10, 0, 0.0, 0));
        assertTrue(Double.isNaN(training.lastLoss()));
        assertNull(training.stopReason());

        assertEquals(10, training.run(25, null, null));
        assertEquals(0, training.run(25, null, null));
        assertEquals(StopReason.COMPLETED, training.stopReason());
        assertEquals(10, training.iterationsDone());
    }

    @Test
    void cancel_from_another_thread_stops_run_promptly() throws InterruptedException {
        Training training = new Training(Network.initialise(Architecture.seedNetwork(), Init.UNIFORM, 0), X, Y,
                new TrainingConfig(Loss.SSE, OptimizerKind.SGD, 1.0, Integer.MAX_VALUE, 0, 0.0, 0));
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger ran = new AtomicInteger(-1);
        Thread worker = new Thread(() -> ran.set(training.run(Integer.MAX_VALUE, (i, loss) -> started.countDown(),
                null)));
        worker.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));

        training.cancel();
        worker.join(TimeUnit.SECONDS.toMillis(10));

        assertFalse(worker.isAlive(), "run() should return within one iteration of cancel()");
        assertEquals(StopReason.CANCELLED, training.stopReason());
        assertTrue(training.finished());
        assertEquals(training.iterationsDone(), ran.get());
        assertEquals(0, training.run(10, null, null), "a cancelled run stays cancelled");
    }

    @Test
    void a_cancelled_supplier_stops_run_before_the_next_iteration() {
        Training training = new Training(Network.initialise(Architecture.seedNetwork(), Init.UNIFORM, 0), X, Y,
                TrainingConfig.seedSettings());
        AtomicInteger seen = new AtomicInteger();

        int ran = training.run(1000, (iteration, loss) -> seen.set(iteration), () -> seen.get() >= 3);

        assertEquals(3, ran);
        assertEquals(StopReason.CANCELLED, training.stopReason());
    }

    @Test
    void a_diverging_run_stops_with_finite_weights() {
        Architecture linear = new Architecture(1, new int[] {3}, 1, Activation.LINEAR, Activation.LINEAR, true);
        double[][] x = {{1}, {2}, {3}};
        double[][] y = {{2}, {4}, {6}};
        Training training = new Training(Network.initialise(linear, Init.XAVIER, 0), x, y,
                new TrainingConfig(Loss.SSE, OptimizerKind.SGD, 100, 1000, 0, 0.0, 0));
        List<Double> losses = new ArrayList<>();

        training.run(Integer.MAX_VALUE, (iteration, loss) -> losses.add(loss), null);

        assertEquals(StopReason.DIVERGED, training.stopReason());
        assertTrue(training.iterationsDone() < 1000);
        assertEquals(training.iterationsDone(), losses.size());
        assertTrue(losses.stream().allMatch(Double::isFinite), "only finite losses are reported");
        assertTrue(Double.isFinite(training.lastLoss()));
        for (double[][] layer : training.network().weights()) {
            for (double[] row : layer) {
                for (double w : row) {
                    assertTrue(Double.isFinite(w), "weight " + w);
                }
            }
        }
    }

    @Test
    void an_epoch_of_mini_batches_reports_the_same_loss_as_one_full_batch() {
        for (Loss loss : new Loss[] {Loss.SSE, Loss.MSE, Loss.BCE}) {
            Network start = Network.initialise(WITH_BIASES, Init.XAVIER, 5);
            // A learning rate this small leaves the weights unchanged between batches.
            Training miniBatches = new Training(start, MORE_X, MORE_Y,
                    new TrainingConfig(loss, OptimizerKind.SGD, Double.MIN_VALUE, 1, 3, 0.0, 1));
            miniBatches.run(1, null, null);

            double fullBatch = loss.value(SeedParityTest.flat(MORE_Y), SeedParityTest.flat(start.predict(MORE_X)),
                    MORE_X.length, 1);
            assertEquals(fullBatch, miniBatches.lastLoss(), 1e-12, loss.id());
        }
    }

    @Test
    void run_allocates_nothing_per_iteration() {
        Training training = new Training(Network.initialise(WITH_BIASES, Init.XAVIER, 5), MORE_X, MORE_Y,
                new TrainingConfig(Loss.BCE, OptimizerKind.ADAM, 0.01, Integer.MAX_VALUE, 3, 0.001, 99));

        assertTrue(someRoundAllocatesNothing(training, 10_000), "every round of 10,000 iterations allocated");
    }

    /**
     * Whether one of up to 20 rounds of {@code iterations} allocates (almost) nothing on this thread: the first
     * rounds run before the JIT has compiled the loop (the interpreter boxes every vector of the kernels), and on a
     * busy machine that takes a while; a loop that allocates per iteration allocates in every round.
     */
    public static boolean someRoundAllocatesNothing(Training training, int iterations) {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().threadId();
        TrainingListener listener = (iteration, loss) -> { };
        BooleanSupplier never = () -> false;
        for (int round = 0; round < 20; round++) {
            long before = threads.getThreadAllocatedBytes(thread);
            training.run(iterations, listener, never);
            if (threads.getThreadAllocatedBytes(thread) - before < 10_000) {
                return true;
            }
        }
        return false;
    }

    static Training trainedWithAdamMiniBatches() {
        Training training = new Training(Network.initialise(WITH_BIASES, Init.XAVIER, 5), MORE_X, MORE_Y,
                ADAM_MINI_BATCHES);
        training.run(Integer.MAX_VALUE, null, null);
        return training;
    }
}
