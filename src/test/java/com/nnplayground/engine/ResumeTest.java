package com.nnplayground.engine;

import static com.nnplayground.engine.TrainingRunTest.ADAM_MINI_BATCHES;
import static com.nnplayground.engine.TrainingRunTest.MORE_X;
import static com.nnplayground.engine.TrainingRunTest.MORE_Y;
import static com.nnplayground.engine.TrainingRunTest.WITH_BIASES;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run's {@link TrainingState} and {@link Training#resume}: going on from a state is the run never stopped. */
class ResumeTest {

    @Test
    void momentum_with_biases_resumed_at_every_tenth_iteration_ends_with_the_same_bits() {
        TrainingConfig momentum = new TrainingConfig(Loss.MSE, OptimizerKind.MOMENTUM, 0.1, 200, 0, 0.01, 3);
        assertResumesExactly(momentum);
    }

    @Test
    void adam_on_shuffled_mini_batches_with_l2_resumed_at_every_tenth_iteration_ends_with_the_same_bits() {
        assertResumesExactly(new TrainingConfig(ADAM_MINI_BATCHES.loss(), OptimizerKind.ADAM, 0.01, 200, 3, 0.001, 99));
    }

    @Test
    void a_state_reports_where_the_run_stood_and_the_heap_its_arrays_take() {
        Training training = new Training(Network.initialise(WITH_BIASES, Init.XAVIER, 5), MORE_X, MORE_Y,
                ADAM_MINI_BATCHES);
        training.run(12, null, null);

        TrainingState state = training.state();

        assertEquals(12, state.iterationsDone());
        assertEquals(training.lastLoss(), state.lastLoss());
        assertArrayEquals(training.network().weights(), state.network().weights());
        // 3x5 + 5x4 + 4x1 weights and 5 + 4 + 1 biases, three times (the values, Adam's m and v): 18 arrays of
        // numbers, held by 4 arrays (weights, biases, and m and v with a slot per layer's weights and biases)
        long numbers = 3 * (15 + 20 + 4 + 5 + 4 + 1);
        long arrays = 18 + 4;
        long references = 18;
        assertEquals(8 * numbers + 16 * arrays + 4 * references, state.bytes());
    }

    @Test
    void a_resumed_run_at_its_last_iteration_is_finished() {
        TrainingConfig short10 = new TrainingConfig(Loss.SSE, OptimizerKind.SGD, 1, 10, 0, 0, 0);
        Training training = new Training(SeedParityTest.seedNetworkWithReferenceWeights(),
                SeedParityTest.X, SeedParityTest.Y, short10);
        training.run(10, null, null);

        Training resumed = Training.resume(training.state(), SeedParityTest.X, SeedParityTest.Y, short10);

        assertTrue(resumed.finished());
        assertEquals(0, resumed.run(5, null, null));
    }

    private static void assertResumesExactly(TrainingConfig config) {
        Network start = Network.initialise(WITH_BIASES, Init.XAVIER, 5);
        Training whole = new Training(start, MORE_X, MORE_Y, config);
        List<TrainingState> states = new ArrayList<>();
        states.add(whole.state());
        whole.run(config.iterations(), (iteration, loss) -> {
            if (iteration % 10 == 0) {
                states.add(whole.state());
            }
        }, null);

        for (TrainingState state : states) {
            Training resumed = Training.resume(state, MORE_X, MORE_Y, config);
            resumed.run(config.iterations(), null, null);
            String where = "resumed after " + state.iterationsDone() + " iterations";
            assertEquals(config.iterations(), resumed.iterationsDone(), where);
            assertArrayEquals(whole.network().weights(), resumed.network().weights(), where);
            assertArrayEquals(whole.network().biases(), resumed.network().biases(), where);
            assertEquals(whole.lastLoss(), resumed.lastLoss(), where);
        }
    }
}
