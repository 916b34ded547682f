package com.nnplayground.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.nnplayground.capacity.MemoryBudget;
import com.nnplayground.dataset.Dataset;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.engine.kernels.KernelThreads;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.NetworkSettings;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.TrainingSettings;
import com.nnplayground.training.TrainingOutcome.End;
import com.nnplayground.training.TrainingServiceTest.Recorder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A run whose one iteration takes far longer than a slice (10,000 rows through 256 x 256 x 256: about 4 billion
 * multiply-adds, 125 ms on one core of a Zen 5 VM by {@code bench}) beside small runs, on a pool of one thread and a
 * lane of one. In the pool each of its slices would hold the small runs for a whole iteration, so that each small run,
 * which needs two or three slices, would wait at least one of its iterations. Counts, not times, but they hold only
 * while one iteration is much longer than all the small runs together (a few milliseconds each): with 4,000 rows
 * through 256 x 256 (800 million multiply-adds, 27 ms on that core) the large run once did 4 iterations in the lane,
 * above the bound of 3.
 */
class LargeRunLaneTest {
    private static final int SMALL_RUNS = 8;

    private final ExecutorService pool = Executors.newSingleThreadExecutor();
    private final ExecutorService lane = Executors.newSingleThreadExecutor();

    @AfterEach
    void shutDown() {
        pool.shutdownNow();
        lane.shutdownNow();
    }

    private static PreparedExperiment large() {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < 10_000; r++) {
            rows.add(List.of(Integer.toString(r % 17), Integer.toString(r % 5), Integer.toString(r % 2)));
        }
        Dataset data = new Dataset(List.of("a", "b", "y"), rows, List.of("a", "b"), "y");
        NetworkSettings network = new NetworkSettings(List.of(256, 256, 256), Activation.SIGMOID, Activation.SIGMOID,
                true, Init.UNIFORM, 0, null, null);
        TrainingSettings training = new TrainingSettings(Loss.MSE, OptimizerKind.SGD, 0.1, 10_000, 0, 0, List.of());
        return PreparedExperiment.of(new Experiment(data, network, training));
    }

    private TrainingService service(long workAbove) {
        return new TrainingService(pool, new LargeRuns(lane, workAbove), Runnable::run, PlaygroundLimits.defaults(),
                new TrainingMetrics(), KernelThreads.single(), MemoryBudget.unbounded());
    }

    /** Runs {@link #SMALL_RUNS} seed runs one after the other and says how many iterations the large run did meanwhile. */
    private static int largeIterationsWhileSmallRunsTrain(TrainingService service, TrainingJob large) throws Exception {
        int before = large.iterationsDone();
        for (int i = 0; i < SMALL_RUNS; i++) {
            Recorder small = new Recorder();
            TrainingJob job = service.start(TrainingServiceTest.seed(1500), small);
            assertThat(small.awaitOutcome().iterationsDone()).isEqualTo(1500);
            assertThat(job.large()).as("a small run stays in the pool").isFalse();
        }
        return large.iterationsDone() - before;
    }

    private static void stop(TrainingJob job, Recorder recorder) throws Exception {
        job.cancel();
        assertThat(recorder.outcome.get(60, TimeUnit.SECONDS).end()).isEqualTo(End.STOPPED);
    }

    @Test
    void small_runs_finish_one_after_another_while_a_large_run_trains_one_iteration_in_its_own_lane() throws Exception {
        assertThat(LargeRuns.work(large())).isGreaterThan(LargeRuns.DEFAULT_WORK);
        TrainingService service = service(LargeRuns.DEFAULT_WORK);
        Recorder largeRecorder = new Recorder();
        TrainingJob large = service.start(large(), largeRecorder);
        largeRecorder.firstProgress.get(60, TimeUnit.SECONDS);
        assertThat(large.large()).isTrue();

        assertThat(largeIterationsWhileSmallRunsTrain(service, large))
                .as("iterations of the large run while %d small runs trained (in the pool: at least one each)",
                        SMALL_RUNS)
                .isLessThanOrEqualTo(3);
        stop(large, largeRecorder);
    }

    @Test
    void a_run_whose_size_was_not_foreseen_moves_to_the_lane_once_its_first_iteration_is_measured() throws Exception {
        TrainingService service = service(Long.MAX_VALUE);
        Recorder largeRecorder = new Recorder();
        TrainingJob large = service.start(large(), largeRecorder);
        assertThat(large.large()).as("nothing foresees it").isFalse();
        largeRecorder.firstProgress.get(60, TimeUnit.SECONDS);
        assertThat(large.large()).as("one iteration measured longer than a slice").isTrue();

        assertThat(largeIterationsWhileSmallRunsTrain(service, large)).isLessThanOrEqualTo(3);
        stop(large, largeRecorder);
    }
}
