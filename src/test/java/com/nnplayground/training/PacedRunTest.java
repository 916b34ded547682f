package com.nnplayground.training;

import static com.nnplayground.training.TrainingServiceTest.seed;
import static org.assertj.core.api.Assertions.assertThat;

import com.nnplayground.engine.Network;
import com.nnplayground.engine.Training;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.RateChange;
import com.nnplayground.training.TrainingOutcome.End;
import com.nnplayground.training.TrainingServiceTest.Recorder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pace, pause, step and rates changed mid-run, on the server's own pool (two threads, as on a 2-core server). */
class PacedRunTest {
    private final ThreadPoolExecutor pool = (ThreadPoolExecutor) new TrainingExecutorConfiguration()
            .trainingExecutor(2, PlaygroundLimits.defaults());
    private final TrainingService service = service(PlaygroundLimits.defaults(), pool);

    @AfterEach
    void shutDown() {
        pool.shutdownNow();
    }

    private static TrainingService service(PlaygroundLimits limits, ExecutorService pool) {
        return new TrainingService(pool, Runnable::run, limits, new TrainingMetrics());
    }

    @Test
    void a_slow_pace_reports_every_iteration_on_its_own_and_takes_its_time() throws Exception {
        Recorder recorder = new Recorder();
        long t0 = System.nanoTime();
        service.start(seed(20), recorder, new Object(), RunStart.paced(10));
        assertThat(recorder.awaitOutcome().end()).isEqualTo(End.COMPLETED);
        double seconds = (System.nanoTime() - t0) / 1e9;

        assertThat(seconds).as("20 iterations at 10 a second: the 20th is due after 1.9 s").isGreaterThanOrEqualTo(1.9);
        List<Integer> all = new ArrayList<>();
        long single = 0;
        for (ProgressBatch batch : recorder.batches) {
            Arrays.stream(batch.iterations()).forEach(all::add);
            single += batch.iterations().length == 1 ? 1 : 0;
        }
        assertThat(all).as("every iteration once, in order").isEqualTo(IntStream.rangeClosed(1, 20).boxed().toList());
        // A tick late on a busy machine may carry two; batching by design would carry two in most
        assertThat(single).as("reports of a single iteration, of " + recorder.batches.size())
                .isGreaterThanOrEqualTo(15);
    }

    @Test
    void forty_paced_runs_hold_no_pool_thread_while_they_wait() throws Exception {
        List<TrainingJob> jobs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            jobs.add(service.start(seed(1_000_000), new Recorder(), new Object(), RunStart.paced(20)));
        }
        try {
            Thread.sleep(1500);
            int[] before = jobs.stream().mapToInt(TrainingJob::iterationsDone).toArray();
            double busy = meanBusyThreads(2_000);
            for (int i = 0; i < jobs.size(); i++) {
                assertThat(jobs.get(i).iterationsDone()).as("run %d goes on", i).isGreaterThan(before[i] + 10);
            }
            // A run that slept in the pool would keep both threads busy all the time (2.0) and starve 38 of the 40
            assertThat(busy).as("threads busy on average while 40 runs wait for their next iterations").isLessThan(0.1);
        } finally {
            jobs.forEach(TrainingJob::cancel);
        }
    }

    @Test
    void paused_runs_hold_no_thread_and_nothing_in_the_queue() throws Exception {
        List<TrainingJob> jobs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            jobs.add(service.start(seed(1_000_000), new Recorder(), new Object(), RunStart.paced(50)));
        }
        Thread.sleep(300);
        jobs.forEach(TrainingJob::pause);
        await(() -> jobs.stream().allMatch(j -> j.phase() == TrainingJob.Phase.PAUSED));
        int[] pausedAt = jobs.stream().mapToInt(TrainingJob::iterationsDone).toArray();

        assertThat(meanBusyThreads(500)).isZero();
        assertThat(pool.getQueue()).isEmpty();
        assertThat(jobs.stream().mapToInt(TrainingJob::iterationsDone).toArray()).isEqualTo(pausedAt);
        jobs.forEach(TrainingJob::cancel);
        assertThat(service.activeRuns()).as("a paused run ends at once when stopped").isZero();
    }

    @Test
    void pause_and_continue_give_the_same_bits_as_a_run_never_paused() throws Exception {
        Recorder recorder = new Recorder();
        TrainingJob job = service.start(seed(600_000), recorder, new Object(), RunStart.atFullSpeed());
        for (int pause = 0; pause < 3; pause++) {
            int from = job.iterationsDone();
            await(() -> job.iterationsDone() > from + 1000);
            job.pause();
            await(() -> job.phase() == TrainingJob.Phase.PAUSED);
            int pausedAt = job.iterationsDone();
            Thread.sleep(100);
            assertThat(job.iterationsDone()).as("a paused run trains nothing").isEqualTo(pausedAt);
            assertThat(recorder.iterationsSeen()).as("the page sees where it paused").isEqualTo(pausedAt);
            job.resume();
        }
        TrainingOutcome outcome = recorder.awaitOutcome();

        assertThat(outcome.end()).isEqualTo(End.COMPLETED);
        assertThat(outcome.network().weights()).isDeepEqualTo(trainedAlone(seed(600_000), 600_000).weights());
    }

    @Test
    void a_paced_run_paused_while_it_waits_goes_on_from_the_same_iteration() throws Exception {
        Recorder recorder = new Recorder();
        TrainingJob job = service.start(seed(30), recorder, new Object(), RunStart.paced(20));
        await(() -> job.iterationsDone() >= 5);
        job.pause();
        await(() -> job.phase() == TrainingJob.Phase.PAUSED);
        int pausedAt = job.iterationsDone();
        Thread.sleep(300);
        assertThat(job.iterationsDone()).isEqualTo(pausedAt);
        job.resume();
        TrainingOutcome outcome = recorder.awaitOutcome();

        assertThat(outcome.network().weights()).isDeepEqualTo(trainedAlone(seed(30), 30).weights());
        int expected = 1;
        for (ProgressBatch batch : recorder.batches) {
            for (int iteration : batch.iterations()) {
                assertThat(iteration).as("every iteration once, in order, across the pause").isEqualTo(expected++);
            }
        }
    }

    @Test
    void step_trains_exactly_the_iterations_asked_for_and_pauses() throws Exception {
        Recorder recorder = new Recorder();
        TrainingJob job = service.start(seed(1500), recorder, new Object(), RunStart.stepping(200, 1));
        await(() -> job.phase() == TrainingJob.Phase.PAUSED);
        assertThat(job.iterationsDone()).isEqualTo(1);
        assertThat(lastBatch(recorder).iterations()).containsExactly(1);
        assertThat(lastBatch(recorder).snapshot().weights()).isDeepEqualTo(trainedAlone(seed(1500), 1).weights());

        job.step(1);
        await(() -> recorder.iterationsSeen() == 2 && job.phase() == TrainingJob.Phase.PAUSED);
        job.step(10);
        await(() -> recorder.iterationsSeen() == 12 && job.phase() == TrainingJob.Phase.PAUSED);
        Thread.sleep(100);

        assertThat(job.iterationsDone()).isEqualTo(12);
        assertThat(lastBatch(recorder).iterations()).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(lastBatch(recorder).snapshot().weights()).isDeepEqualTo(trainedAlone(seed(1500), 12).weights());
        job.cancel();
        assertThat(recorder.awaitOutcome().end()).isEqualTo(End.STOPPED);
    }

    @Test
    void rates_changed_while_paused_take_effect_at_the_next_iteration_and_the_record_replays_bit_for_bit() throws Exception {
        Recorder recorder = new Recorder();
        TrainingJob job = service.start(seed(1500), recorder, new Object(), RunStart.stepping(Double.POSITIVE_INFINITY, 300));
        await(() -> job.phase() == TrainingJob.Phase.PAUSED);
        job.changeRates(0.25, 0.001);
        job.resume();
        TrainingOutcome outcome = recorder.awaitOutcome();

        assertThat(job.rateChanges()).containsExactly(new RateChange(301, 0.25, 0.001));
        assertThat(lastBatch(recorder).rateChanges()).containsExactly(new RateChange(301, 0.25, 0.001));
        Training byHand = seed(1500).newTraining();
        byHand.run(300, null, null);
        byHand.changeRates(0.25, 0.001);
        byHand.run(1200, null, null);
        assertThat(outcome.network().weights()).isDeepEqualTo(byHand.network().weights());

        Recorder replay = new Recorder();
        service.start(withRateChanges(seed(1500), job.rateChanges()), replay, new Object(), RunStart.paced(5000));
        assertThat(replay.awaitOutcome().network().weights()).isDeepEqualTo(outcome.network().weights());
    }

    @Test
    void rates_changed_while_a_run_goes_on_are_recorded_where_they_took_effect_and_replay_bit_for_bit() throws Exception {
        Recorder recorder = new Recorder();
        TrainingJob job = service.start(seed(3_000_000), recorder, new Object(), RunStart.atFullSpeed());
        await(() -> job.iterationsDone() > 1000);
        job.changeRates(0.5, 0);
        await(() -> !job.rateChanges().isEmpty());
        job.changeRates(0.2, 0.0001);
        TrainingOutcome outcome = recorder.awaitOutcome();

        List<RateChange> record = job.rateChanges();
        assertThat(record).hasSize(2);
        assertThat(record.get(0).iteration()).isGreaterThan(1001).isLessThan(record.get(1).iteration());
        Recorder replay = new Recorder();
        service.start(withRateChanges(seed(3_000_000), record), replay, new Object(), RunStart.atFullSpeed());
        assertThat(replay.awaitOutcome().network().weights()).isDeepEqualTo(outcome.network().weights());
    }

    @Test
    void a_paced_run_set_to_full_speed_goes_as_fast_as_it_goes() throws Exception {
        Recorder recorder = new Recorder();
        TrainingJob job = service.start(seed(200_000), recorder, new Object(), RunStart.paced(2));
        await(() -> job.iterationsDone() >= 1);
        Thread.sleep(200);
        assertThat(job.iterationsDone()).isLessThanOrEqualTo(2);
        job.setPace(Double.POSITIVE_INFINITY);
        assertThat(recorder.awaitOutcome().end()).isEqualTo(End.COMPLETED);
    }

    @Test
    void the_time_limit_leaves_pauses_out() throws Exception {
        PlaygroundLimits oneSecond = new PlaygroundLimits(10_000_000, 256, 8, 10_000, 1, 10, 5_242_880, 200, 1, 30, 100);
        Recorder recorder = new Recorder();
        TrainingJob job = service(oneSecond, pool).start(seed(1500), recorder, new Object(), RunStart.stepping(1000, 1));
        await(() -> job.phase() == TrainingJob.Phase.PAUSED);
        Thread.sleep(1200);
        job.resume();
        assertThat(recorder.awaitOutcome().end()).isEqualTo(End.COMPLETED);
    }

    @Test
    void stopping_a_paused_run_frees_its_browser_for_the_next_run_at_once() throws Exception {
        Object browser = new Object();
        Recorder first = new Recorder();
        TrainingJob job = service.start(seed(1500), first, browser, RunStart.stepping(200, 3));
        await(() -> job.phase() == TrainingJob.Phase.PAUSED);
        job.cancel();
        Recorder second = new Recorder();
        service.start(seed(10), second, browser, RunStart.atFullSpeed());

        assertThat(first.awaitOutcome().iterationsDone()).isEqualTo(3);
        assertThat(second.awaitOutcome().end()).isEqualTo(End.COMPLETED);
    }

    private double meanBusyThreads(long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        long samples = 0;
        long busy = 0;
        while (System.nanoTime() < end) {
            busy += pool.getActiveCount();
            samples++;
            Thread.sleep(1);
        }
        return (double) busy / samples;
    }

    private static Network trainedAlone(PreparedExperiment experiment, int iterations) {
        Training training = experiment.newTraining();
        training.run(iterations, null, null);
        return training.network();
    }

    private static PreparedExperiment withRateChanges(PreparedExperiment p, List<RateChange> changes) {
        Experiment e = p.experiment();
        return PreparedExperiment.of(new Experiment(e.dataset(), e.network(), e.training().withRateChanges(changes),
                e.preparation()));
    }

    private static ProgressBatch lastBatch(Recorder recorder) {
        return recorder.batches.get(recorder.batches.size() - 1);
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
            Thread.sleep(2);
        }
    }
}
