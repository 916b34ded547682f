package com.nnplayground.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.nnplayground.engine.kernels.KernelThreads;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.training.TrainingOutcome.End;
import org.junit.jupiter.api.Test;

/** How often a run reports progress, by how many runs share the server; and what a failing slice leaves. */
class TrainingJobTest {

    @Test
    void a_few_runs_report_about_six_times_a_second() {
        for (int runs = 0; runs <= 6; runs++) {
            assertThat(Pacing.publishNanos(runs)).as("%d runs", runs).isEqualTo(150_000_000L);
        }
    }

    @Test
    void more_runs_report_less_often_down_to_once_a_second() {
        assertThat(Pacing.publishNanos(7)).isEqualTo(175_000_000L);
        assertThat(Pacing.publishNanos(20)).isEqualTo(500_000_000L);
        assertThat(Pacing.publishNanos(40)).isEqualTo(1_000_000_000L);
        assertThat(Pacing.publishNanos(200)).isEqualTo(1_000_000_000L);
    }

    @Test
    void an_error_inside_a_slice_ends_the_run_as_failed_in_plain_words_and_frees_its_slot() {
        TrainingServiceTest.Recorder recorder = new TrainingServiceTest.Recorder();
        FakeHost host = new FakeHost();
        TrainingMetrics metrics = new TrainingMetrics() {
            @Override
            public void firstProgress(double millis) {
                // Not an exception but an Error, as a too-deep recursion or a broken class would throw on a pool thread
                throw new StackOverflowError("injected");
            }
        };
        TrainingJob job = new TrainingJob(PreparedExperiment.of(Experiment.seedArticle()), recorder, host, () -> 1,
                metrics, 600, KernelThreads.single(), RunStart.atFullSpeed());

        job.runSlice();

        TrainingOutcome outcome = recorder.outcome.getNow(null);
        assertThat(outcome).isNotNull();
        assertThat(outcome.end()).isEqualTo(End.FAILED);
        assertThat(outcome.message()).isEqualTo("Training failed on the server: StackOverflowError. The error was"
                + " logged; try again or change the settings.");
        assertThat(host.ended).isTrue();
        assertThat(host.scheduled).as("a failed run is not queued again").isZero();
        assertThat(job.running()).isFalse();
    }

    private static TrainingJob longRun(TrainingObserver observer, TrainingJob.Host host) {
        return new TrainingJob(TrainingServiceTest.seed(10_000_000), observer, host, () -> 1, new TrainingMetrics(), 600,
                KernelThreads.single(), RunStart.atFullSpeed());
    }

    @Test
    void a_page_that_goes_away_parks_its_run_at_the_next_slice_and_its_return_queues_it_again() {
        FakeHost host = new FakeHost();
        TrainingJob job = longRun(new TrainingServiceTest.Recorder(), host);
        job.runSlice();
        int done = job.iterationsDone();
        assertThat(host.scheduled).isEqualTo(1);

        job.setWatched(false);
        job.runSlice();

        assertThat(job.waiting()).isTrue();
        assertThat(host.parked).isEqualTo(1);
        assertThat(host.scheduled).as("a parked run is not queued").isEqualTo(1);
        assertThat(job.iterationsDone()).isEqualTo(done);

        job.setWatched(true);

        assertThat(job.waiting()).isFalse();
        assertThat(host.scheduled).as("back in the queue at once").isEqualTo(2);
        job.setWatched(true);
        assertThat(host.scheduled).as("queued once, however often the page says it is there").isEqualTo(2);
    }

    @Test
    void stop_pressed_while_the_page_is_away_ends_the_run_as_stopped_at_its_next_slice() {
        FakeHost host = new FakeHost();
        TrainingServiceTest.Recorder recorder = new TrainingServiceTest.Recorder();
        TrainingJob job = longRun(recorder, host);
        job.runSlice();
        job.setWatched(false);
        job.runSlice();

        job.cancel();
        assertThat(host.scheduled).isEqualTo(2);
        job.runSlice();

        assertThat(recorder.outcome.getNow(null).end()).isEqualTo(End.STOPPED);
        assertThat(host.ended).isTrue();
    }

    @Test
    void the_grace_period_of_an_earlier_absence_does_not_end_a_run_that_went_on_and_was_parked_again() {
        FakeHost host = new FakeHost();
        TrainingServiceTest.Recorder recorder = new TrainingServiceTest.Recorder();
        TrainingJob job = longRun(recorder, host);
        job.runSlice();
        job.setWatched(false);
        job.runSlice();
        long firstAbsence = host.since;
        job.setWatched(true);
        job.runSlice();
        job.setWatched(false);
        job.runSlice();

        assertThat(job.endUnwatched(firstAbsence, 1_000_000_000L)).isFalse();
        assertThat(job.waiting()).isTrue();
        assertThat(job.endUnwatched(host.since, 1_000_000_000L)).isTrue();
        assertThat(recorder.outcome.getNow(null).end()).isEqualTo(End.UNWATCHED);
        assertThat(job.running()).isFalse();
    }

    /** A service that only counts what the job tells it. */
    static class FakeHost implements TrainingJob.Host {
        int scheduled;
        int parked;
        long since;
        boolean ended;

        @Override
        public void schedule(TrainingJob job) {
            scheduled++;
        }

        @Override
        public void wakeAfter(long delayNanos, Runnable wake) {
            throw new AssertionError("a run at full speed never sleeps");
        }

        @Override
        public void parked(TrainingJob job, long since) {
            parked++;
            this.since = since;
        }

        @Override
        public void ended(TrainingJob job) {
            ended = true;
        }
    }
}
