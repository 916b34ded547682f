package com.nnplayground.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nnplayground.dataset.Preset;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.NetworkSettings;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.TrainingSettings;
import com.nnplayground.training.TrainingOutcome.End;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The service on a real pool: slicing, fairness, cancellation, divergence, limits and failures. */
class TrainingServiceTest {
    private final ExecutorService oneThread = Executors.newSingleThreadExecutor();

    @AfterEach
    void shutDown() {
        oneThread.shutdownNow();
    }

    /** Collects what a run reports, as a view would. */
    static class Recorder implements TrainingObserver {
        final List<ProgressBatch> batches = new CopyOnWriteArrayList<>();
        final CompletableFuture<TrainingOutcome> outcome = new CompletableFuture<>();
        final CompletableFuture<Void> firstProgress = new CompletableFuture<>();

        @Override
        public void onProgress(ProgressBatch batch) {
            batches.add(batch);
            firstProgress.complete(null);
        }

        @Override
        public void onFinished(TrainingOutcome o) {
            outcome.complete(o);
        }

        int iterationsSeen() {
            return batches.isEmpty() ? 0 : batches.get(batches.size() - 1).iterationsDone();
        }

        TrainingOutcome awaitOutcome() throws Exception {
            return outcome.get(30, TimeUnit.SECONDS);
        }
    }

    static PreparedExperiment seed(int iterations) {
        Experiment e = Experiment.seedArticle();
        TrainingSettings t = e.training();
        return PreparedExperiment.of(new Experiment(e.dataset(), e.network(),
                new TrainingSettings(t.loss(), t.optimizer(), t.learningRate(), iterations, 0, 0)));
    }

    private TrainingService service(PlaygroundLimits limits) {
        return new TrainingService(oneThread, Runnable::run, limits, new TrainingMetrics());
    }

    @Test
    void a_run_reports_every_iteration_once_in_order_and_the_exact_final_loss() throws Exception {
        Recorder recorder = new Recorder();
        service(PlaygroundLimits.defaults()).start(seed(1500), recorder);
        TrainingOutcome outcome = recorder.awaitOutcome();

        assertThat(outcome.end()).isEqualTo(End.COMPLETED);
        assertThat(outcome.iterationsDone()).isEqualTo(1500);
        int expected = 1;
        for (ProgressBatch batch : recorder.batches) {
            for (int iteration : batch.iterations()) {
                assertThat(iteration).isEqualTo(expected++);
            }
        }
        assertThat(expected).isEqualTo(1501);
        ProgressBatch last = recorder.batches.get(recorder.batches.size() - 1);
        assertThat(last.losses()[last.losses().length - 1]).isEqualTo(outcome.finalLoss());
        assertThat(outcome.predictions()).hasDimensions(4, 1);
    }

    @Test
    void a_long_run_sends_its_losses_thinned_ending_each_batch_at_the_exact_latest_loss() throws Exception {
        Recorder recorder = new Recorder();
        service(PlaygroundLimits.defaults()).start(seed(2_000_000), recorder);
        TrainingOutcome outcome = recorder.awaitOutcome();

        int previous = 0;
        int points = 0;
        for (ProgressBatch batch : recorder.batches) {
            for (int iteration : batch.iterations()) {
                assertThat(iteration).isGreaterThan(previous);
                previous = iteration;
            }
            points += batch.iterations().length;
            assertThat(batch.iterations()[batch.iterations().length - 1]).isEqualTo(batch.iterationsDone());
        }
        assertThat(points).as("at most two points a bucket and three more a batch")
                .isLessThanOrEqualTo(2 * LossBuffer.BUCKETS + 3 * recorder.batches.size());
        ProgressBatch last = recorder.batches.get(recorder.batches.size() - 1);
        assertThat(previous).isEqualTo(2_000_000);
        assertThat(last.losses()[last.losses().length - 1]).isEqualTo(outcome.finalLoss());
    }

    @Test
    void cancel_stops_a_long_run_promptly_and_keeps_what_it_learned() throws Exception {
        Recorder recorder = new Recorder();
        TrainingService service = service(PlaygroundLimits.defaults());
        TrainingJob job = service.start(seed(10_000_000), recorder);
        recorder.firstProgress.get(10, TimeUnit.SECONDS);

        long cancelledAt = System.nanoTime();
        job.cancel();
        TrainingOutcome outcome = recorder.awaitOutcome();
        long latencyMillis = (System.nanoTime() - cancelledAt) / 1_000_000;

        assertThat(latencyMillis).as("Stop takes effect within a second").isLessThan(1000);
        assertThat(outcome.end()).isEqualTo(End.STOPPED);
        assertThat(outcome.message()).startsWith("Stopped at iteration");
        assertThat(outcome.iterationsDone()).isPositive().isLessThan(10_000_000);
        assertThat(outcome.predictions()).hasDimensions(4, 1);
        assertThat(service.activeRuns()).isZero();
        assertThat(job.running()).isFalse();
    }

    @Test
    void with_more_runs_than_threads_every_run_makes_progress() throws Exception {
        TrainingService service = service(PlaygroundLimits.defaults());
        Recorder longRun = new Recorder();
        TrainingJob first = service.start(seed(10_000_000), longRun);
        longRun.firstProgress.get(10, TimeUnit.SECONDS);
        Recorder second = new Recorder();
        Recorder third = new Recorder();
        TrainingJob b = service.start(seed(10_000_000), second);
        TrainingJob c = service.start(seed(10_000_000), third);

        // On one thread, the later runs only get going if the first one yields its thread.
        second.firstProgress.get(10, TimeUnit.SECONDS);
        third.firstProgress.get(10, TimeUnit.SECONDS);
        assertThat(first.running()).isTrue();
        int before = longRun.iterationsSeen();
        Thread.sleep(300);
        assertThat(longRun.iterationsSeen()).as("the first run keeps going too").isGreaterThan(before);

        for (TrainingJob job : List.of(first, b, c)) {
            job.cancel();
        }
        for (Recorder r : List.of(longRun, second, third)) {
            assertThat(r.awaitOutcome().end()).isEqualTo(End.STOPPED);
        }
        assertThat(service.activeRuns()).isZero();
    }

    @Test
    void a_diverging_run_ends_with_a_plain_reason_and_a_hint() throws Exception {
        Experiment sine = new Experiment(Preset.SINE.dataset(),
                new NetworkSettings(List.of(8), Activation.TANH, Activation.LINEAR, true,
                        com.nnplayground.engine.Init.XAVIER, 0, null, null),
                new TrainingSettings(Loss.SSE, OptimizerKind.SGD, 100, 1000, 0, 0));
        Recorder recorder = new Recorder();
        service(PlaygroundLimits.defaults()).start(PreparedExperiment.of(sine), recorder);
        TrainingOutcome outcome = recorder.awaitOutcome();

        assertThat(outcome.end()).isEqualTo(End.DIVERGED);
        assertThat(outcome.message()).contains("infinite or not a number", "Lower the learning rate (now 100)");
        assertThat(outcome.iterationsDone()).isLessThan(1000);
        for (double[] row : outcome.predictions()) {
            assertThat(row[0]).as("the last good state is kept").isFinite();
        }
    }

    @Test
    void a_run_over_the_time_limit_ends_cleanly_with_the_reason() throws Exception {
        PlaygroundLimits oneSecond = new PlaygroundLimits(10_000_000, 256, 8, 10_000, 1, 10, 5_242_880, 200, 1, 30, 100);
        Recorder recorder = new Recorder();
        service(oneSecond).start(seed(10_000_000), recorder);
        TrainingOutcome outcome = recorder.awaitOutcome();

        assertThat(outcome.end()).isEqualTo(End.TIME_LIMIT);
        assertThat(outcome.message()).contains("at most 1 seconds");
        assertThat(outcome.predictions()).isNotNull();
    }

    @Test
    void runs_over_a_limit_are_refused_with_the_limit_named() {
        TrainingService fewIterations = service(new PlaygroundLimits(1000, 256, 8, 10_000, 60, 1, 5_242_880, 200, 1, 30, 100));
        assertThatThrownBy(() -> fewIterations.start(seed(5000), new Recorder()))
                .isInstanceOf(TrainingRejectedException.class).hasMessage("Iterations: 5,000 is over this server's limit of 1,000.");
        TrainingService smallLayers = service(new PlaygroundLimits(1000, 3, 8, 10_000, 60, 1, 5_242_880, 200, 1, 30, 100));
        assertThatThrownBy(() -> smallLayers.start(seed(100), new Recorder()))
                .hasMessage("Hidden layer 1: 4 neurons is over this server's limit of 3.");
        TrainingService fewRows = service(new PlaygroundLimits(1000, 256, 8, 3, 60, 1, 5_242_880, 200, 1, 30, 100));
        assertThatThrownBy(() -> fewRows.start(seed(100), new Recorder()))
                .hasMessage("The dataset has 4 rows, over this server's limit of 3.");
        assertThat(fewIterations.activeRuns() + smallLayers.activeRuns() + fewRows.activeRuns()).isZero();
    }

    @Test
    void the_server_refuses_more_runs_than_its_limit_and_accepts_again_when_one_ends() throws Exception {
        PlaygroundLimits oneRun = new PlaygroundLimits(10_000_000, 256, 8, 10_000, 60, 1, 5_242_880, 200, 1, 30, 100);
        TrainingService service = service(oneRun);
        Recorder first = new Recorder();
        TrainingJob job = service.start(seed(10_000_000), first);
        assertThatThrownBy(() -> service.start(seed(10), new Recorder()))
                .hasMessageContaining("limit").hasMessageContaining("Try again");
        job.cancel();
        first.awaitOutcome();
        Recorder second = new Recorder();
        service.start(seed(10), second);
        assertThat(second.awaitOutcome().end()).isEqualTo(End.COMPLETED);
    }

    @Test
    void a_run_the_pool_cannot_take_ends_as_failed_with_a_plain_reason_and_frees_its_slot() throws Exception {
        java.util.concurrent.Executor full = task -> {
            throw new java.util.concurrent.RejectedExecutionException("queue full");
        };
        java.util.concurrent.AbstractExecutorService pool = new java.util.concurrent.AbstractExecutorService() {
            @Override public void execute(Runnable command) { full.execute(command); }
            @Override public void shutdown() { }
            @Override public java.util.List<Runnable> shutdownNow() { return java.util.List.of(); }
            @Override public boolean isShutdown() { return false; }
            @Override public boolean isTerminated() { return false; }
            @Override public boolean awaitTermination(long timeout, TimeUnit unit) { return true; }
        };
        TrainingService service = new TrainingService(pool, Runnable::run, PlaygroundLimits.defaults(), new TrainingMetrics());
        Recorder refused = new Recorder();
        service.start(seed(1500), refused, new Object());
        TrainingOutcome o = refused.awaitOutcome();
        assertThat(o.end()).isEqualTo(End.FAILED);
        assertThat(o.message()).isEqualTo("The server is too busy to train right now. Try again in a moment.");
        assertThat(service.activeRuns()).isZero();
    }

    @Test
    void a_broken_observer_does_not_stop_the_run_or_other_runs() throws Exception {
        TrainingService service = service(PlaygroundLimits.defaults());
        CompletableFuture<TrainingOutcome> outcome = new CompletableFuture<>();
        service.start(seed(1500), new TrainingObserver() {
            @Override
            public void onProgress(ProgressBatch batch) {
                throw new IllegalStateException("a broken listener");
            }

            @Override
            public void onFinished(TrainingOutcome o) {
                outcome.complete(o);
            }
        });
        assertThat(outcome.get(10, TimeUnit.SECONDS).end()).isEqualTo(End.COMPLETED);
        assertThat(service.activeRuns()).isZero();
    }

    @Test
    void one_browser_session_gets_one_run_at_a_time_and_others_are_not_held_up() throws Exception {
        TrainingService service = service(PlaygroundLimits.defaults());
        Object alice = new Object();
        Object bob = new Object();
        Recorder first = new Recorder();
        TrainingJob job = service.start(seed(10_000_000), first, alice);
        assertThatThrownBy(() -> service.start(seed(10), new Recorder(), alice))
                .isInstanceOf(TrainingRejectedException.class).hasMessageContaining("Another tab of yours is training");
        Recorder other = new Recorder();
        service.start(seed(10), other, bob);
        assertThat(other.awaitOutcome().end()).isEqualTo(End.COMPLETED);

        job.cancel();
        first.awaitOutcome();
        Recorder again = new Recorder();
        service.start(seed(10), again, alice);
        assertThat(again.awaitOutcome().end()).isEqualTo(End.COMPLETED);
    }
}
