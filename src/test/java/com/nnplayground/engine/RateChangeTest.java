package com.nnplayground.engine;

import static com.nnplayground.engine.SeedParityTest.X;
import static com.nnplayground.engine.SeedParityTest.Y;
import static com.nnplayground.engine.TrainingRunTest.ADAM_MINI_BATCHES;
import static com.nnplayground.engine.TrainingRunTest.MORE_X;
import static com.nnplayground.engine.TrainingRunTest.MORE_Y;
import static com.nnplayground.engine.TrainingRunTest.WITH_BIASES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Training#changeRates}: new rates from the next iteration on, nothing else touched. */
class RateChangeTest {

    private static final TrainingConfig SEED_1500 = TrainingConfig.seedSettings();

    @Test
    void a_changed_rate_trains_on_exactly_as_a_new_run_from_the_same_weights_with_that_rate() {
        Training changed = new Training(Network.initialise(Architecture.seedNetwork(), Init.UNIFORM, 0), X, Y, SEED_1500);
        changed.run(300, null, null);
        Network at300 = changed.network();
        changed.changeRates(0.25, 0);
        changed.run(200, null, null);

        // Plain gradient descent keeps no state between steps, so the rest of the run is a new run from iteration 300
        Training fresh = new Training(at300, X, Y, new TrainingConfig(Loss.SSE, OptimizerKind.SGD, 0.25, 200, 0, 0, 0));
        fresh.run(200, null, null);
        assertArrayEquals(fresh.network().weights(), changed.network().weights());
        assertEquals(0.25, changed.learningRate());
        assertEquals(500, changed.iterationsDone());
    }

    @Test
    void l2_switched_on_mid_run_penalises_the_weights_from_the_next_iteration() {
        Architecture biased = new Architecture(3, new int[] {4}, 1, Activation.SIGMOID, Activation.SIGMOID, true);
        TrainingConfig plain = new TrainingConfig(Loss.SSE, OptimizerKind.SGD, 1.0, 1500, 0, 0, 0);
        Training changed = new Training(Network.initialise(biased, Init.XAVIER, 3), X, Y, plain);
        changed.run(100, null, null);
        Network at100 = changed.network();
        changed.changeRates(0.5, 0.01);
        changed.run(100, null, null);

        Training fresh = new Training(at100, X, Y, new TrainingConfig(Loss.SSE, OptimizerKind.SGD, 0.5, 100, 0, 0.01, 0));
        fresh.run(100, null, null);
        assertArrayEquals(fresh.network().weights(), changed.network().weights());
        assertArrayEquals(fresh.network().biases(), changed.network().biases());
        assertEquals(0.01, changed.l2());
    }

    @Test
    void changing_to_the_rates_already_in_force_changes_no_bit() {
        Training unchanged = TrainingRunTest.trainedWithAdamMiniBatches();
        Training touched = new Training(Network.initialise(WITH_BIASES, Init.XAVIER, 5), MORE_X, MORE_Y, ADAM_MINI_BATCHES);
        touched.run(700, null, null);
        touched.changeRates(ADAM_MINI_BATCHES.learningRate(), ADAM_MINI_BATCHES.l2());
        touched.run(Integer.MAX_VALUE, null, null);

        assertArrayEquals(unchanged.network().weights(), touched.network().weights());
        assertArrayEquals(unchanged.network().biases(), touched.network().biases());
    }

    @Test
    void with_adam_a_new_rate_leaves_every_earlier_iteration_alone_and_changes_the_later_ones() {
        List<Double> plain = losses(null);
        List<Double> lowered = losses(0.001);

        assertEquals(plain.subList(0, 700), lowered.subList(0, 700), "iterations 1-700 are as they were");
        assertFalse(plain.get(700).equals(lowered.get(700)),
                "iteration 701's later mini-batches follow its first update at the new rate");
    }

    @Test
    void a_nonsense_rate_is_refused_in_plain_words_and_the_run_keeps_its_rates() {
        Training training = new Training(Network.initialise(Architecture.seedNetwork(), Init.UNIFORM, 0), X, Y, SEED_1500);
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> training.changeRates(0, 0));
        assertEquals("The learning rate must be a positive number, not 0.0", zero.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> training.changeRates(1, -0.1));
        assertEquals("L2 must be 0 or a positive number, not -0.1", negative.getMessage());
        assertEquals(1.0, training.learningRate());
        assertEquals(0.0, training.l2());
    }

    @Test
    void iterations_after_a_change_allocate_nothing() {
        Training training = new Training(Network.initialise(WITH_BIASES, Init.XAVIER, 5), MORE_X, MORE_Y,
                new TrainingConfig(Loss.BCE, OptimizerKind.MOMENTUM, 0.05, 40_000, 0, 0, 1));
        TrainingListener listener = (iteration, loss) -> { };
        training.run(20_000, listener, null);
        training.changeRates(0.02, 0.001);
        training.run(100, listener, null);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();

        long before = threads.getThreadAllocatedBytes(thread);
        training.run(10_000, listener, null);
        long allocated = threads.getThreadAllocatedBytes(thread) - before;

        assertTrue(allocated < 10_000, allocated + " bytes allocated in 10,000 iterations");
    }

    /** The loss of every iteration of the Adam run, its rate set to {@code loweredTo} after iteration 700 (or not). */
    private static List<Double> losses(Double loweredTo) {
        Training training = new Training(Network.initialise(WITH_BIASES, Init.XAVIER, 5), MORE_X, MORE_Y, ADAM_MINI_BATCHES);
        List<Double> losses = new ArrayList<>();
        training.run(700, (iteration, loss) -> losses.add(loss), null);
        if (loweredTo != null) {
            training.changeRates(loweredTo, ADAM_MINI_BATCHES.l2());
        }
        training.run(Integer.MAX_VALUE, (iteration, loss) -> losses.add(loss), null);
        assertEquals(1500, losses.size());
        return losses;
    }
}
