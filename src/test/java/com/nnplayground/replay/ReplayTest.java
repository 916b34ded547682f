package com.nnplayground.replay;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.Network;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.engine.Training;
import com.nnplayground.engine.TrainingConfig;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.RateSchedule;
import com.nnplayground.engine.TrainingListener;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** A run replayed at any iteration gives the weights of a fresh run stopped there, bit for bit. */
class ReplayTest {

    @Test
    void the_seed_run_replays_exactly_at_every_one_of_its_1500_iterations() {
        PreparedExperiment seed = PreparedExperiment.of(Experiment.seedArticle());
        Recorded run = Recorded.of(seed.newTraining(), seed.data().trainX(), seed.data().trainY());
        Replay replay = Replay.of(seed, run.snapshots);

        for (int done = 0; done <= 1500; done++) {
            assertReplayed(run.networks.get(done), replay.after(done), done);
        }
        assertEquals(121, run.snapshots.size());
    }

    @Test
    void the_seed_run_replays_exactly_backwards_and_at_random_iterations_against_fresh_runs_stopped_there() {
        PreparedExperiment seed = PreparedExperiment.of(Experiment.seedArticle());
        Recorded run = Recorded.of(seed.newTraining(), seed.data().trainX(), seed.data().trainY());
        Replay replay = Replay.of(seed, run.snapshots);
        SplittableRandom random = new SplittableRandom(7);

        for (int done = 1500; done >= 0; done -= 7) {
            assertReplayed(run.networks.get(done), replay.after(done), done);
        }
        for (int i = 0; i < 40; i++) {
            int done = random.nextInt(1501);
            Training fresh = seed.newTraining();
            fresh.run(done, null, null);
            assertReplayed(fresh.network(), replay.after(done), done);
        }
    }

    @Test
    void adam_on_shuffled_mini_batches_with_biases_and_l2_replays_exactly_at_every_iteration() {
        Architecture architecture = new Architecture(2, new int[] {6, 5}, 3, Activation.TANH, Activation.SOFTMAX, true);
        double[][] x = new double[30][];
        double[][] y = new double[30][3];
        SplittableRandom random = new SplittableRandom(3);
        for (int r = 0; r < x.length; r++) {
            x[r] = new double[] {random.nextDouble(-1, 1), random.nextDouble(-1, 1)};
            y[r][r % 3] = 1;
        }
        TrainingConfig config = new TrainingConfig(Loss.CROSS_ENTROPY, OptimizerKind.ADAM, 0.02, 400, 7, 0.001, 11);
        Recorded run = Recorded.of(new Training(Network.initialise(architecture, Init.XAVIER, 4), x, y, config), x, y);
        Replay replay = new Replay(run.snapshots, x, y, config, List.of());

        for (int done = 0; done <= 400; done++) {
            assertReplayed(run.networks.get(done), replay.after(done), done);
        }
    }

    @Test
    void rates_changed_during_the_run_replay_at_their_iterations_even_when_reported_after_the_run_went_on() {
        PreparedExperiment seed = PreparedExperiment.of(Experiment.seedArticle());
        Training training = seed.newTraining();
        Snapshots snapshots = Snapshots.of(training);
        RateSchedule schedule = seed.schedule();
        List<Network> networks = new ArrayList<>(List.of(training.network()));
        TrainingListener keep = (done, loss) -> {
            snapshots.offer(done, training);
            networks.add(training.network());
        };
        Replay replay = Replay.of(seed, snapshots);
        schedule.run(training, 70, keep, null);
        // Iterations replayed before the teacher changes the rate stay as they were
        assertReplayed(networks.get(45), replay.after(45), 45);
        schedule.change(training, 0.1, 0.0);
        schedule.run(training, 400, keep, null);
        schedule.change(training, 3.0, 0.001);
        schedule.run(training, Integer.MAX_VALUE, keep, null);
        snapshots.end(training);
        replay.followRates(schedule.plan());

        for (int done = 0; done <= 1500; done++) {
            assertReplayed(networks.get(done), replay.after(done), done);
        }
        int between = 80;
        while (snapshots.atOrBefore(between).iterationsDone() == between) {
            between++;
        }
        Replay withoutTheChanges = Replay.of(seed, snapshots);
        assertFalse(java.util.Arrays.equals(networks.get(between).weights(),
                withoutTheChanges.after(between).network().weights()),
                "the changes matter: replayed at the first rate, iteration " + between + " differs");
    }

    @Test
    void a_run_stopped_early_replays_up_to_where_it_stopped() {
        PreparedExperiment seed = PreparedExperiment.of(Experiment.seedArticle());
        Training training = seed.newTraining();
        Snapshots snapshots = Snapshots.of(training);
        training.run(1000, (done, loss) -> snapshots.offer(done, training), null);
        training.run(77, (done, loss) -> snapshots.offer(done, training), null);
        training.cancel();
        snapshots.end(training);

        Replay.Replayed last = Replay.of(seed, snapshots).after(1077);

        assertReplayed(training.network(), last, 1077);
        assertEquals(1077, snapshots.latest().iterationsDone());
    }

    @Test
    void an_iteration_too_costly_to_recompute_shows_the_nearest_earlier_snapshot_and_says_so() {
        Architecture wide = new Architecture(50, new int[] {200}, 1, Activation.SIGMOID, Activation.SIGMOID, false);
        double[][] x = new double[400][50];
        double[][] y = new double[400][1];
        TrainingConfig config = new TrainingConfig(Loss.SSE, OptimizerKind.SGD, 0.01, 20, 0, 0, 0);
        Training training = new Training(Network.initialise(wide, Init.XAVIER, 1), x, y, config);
        // Only the start and the end fit this budget; 19 iterations of 400 rows x 10,200 weights are too many
        Snapshots snapshots = new Snapshots(training.state(), 20, 1);
        training.run(20, (done, loss) -> snapshots.offer(done, training), null);

        Replay.Replayed shown = new Replay(snapshots, x, y, config, List.of()).after(19);

        assertFalse(shown.exact());
        assertEquals(0, shown.iterationsDone());
        assertTrue(new Replay(snapshots, x, y, config, List.of()).after(20).exact());
    }

    private static void assertReplayed(Network expected, Replay.Replayed replayed, int done) {
        assertTrue(replayed.exact(), "iteration " + done);
        assertEquals(done, replayed.iterationsDone());
        assertArrayEquals(expected.weights(), replayed.network().weights(), "weights after iteration " + done);
        assertArrayEquals(expected.biases(), replayed.network().biases(), "biases after iteration " + done);
    }

    /** One run to its end with its snapshots, and its network after every iteration (0: the start). */
    private record Recorded(Snapshots snapshots, List<Network> networks) {
        static Recorded of(Training training, double[][] x, double[][] y) {
            Snapshots snapshots = Snapshots.of(training);
            List<Network> networks = new ArrayList<>(List.of(training.network()));
            training.run(Integer.MAX_VALUE, (done, loss) -> {
                snapshots.offer(done, training);
                networks.add(training.network());
            }, null);
            snapshots.end(training);
            return new Recorded(snapshots, networks);
        }
    }
}
