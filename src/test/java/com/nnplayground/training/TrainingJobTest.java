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
            assertThat(TrainingJob.publishNanos(runs)).as("%d runs", runs).isEqualTo(150_000_000L);
        }
    }

    @Test
    void more_runs_report_less_often_down_to_once_a_second() {
        assertThat(TrainingJob.publishNanos(7)).isEqualTo(175_000_000L);
        assertThat(TrainingJob.publishNanos(20)).isEqualTo(500_000_000L);
        assertThat(TrainingJob.publishNanos(40)).isEqualTo(1_000_000_000L);
        assertThat(TrainingJob.publishNanos(200)).isEqualTo(1_000_000_000L);
    }

    @Test
    void an_error_inside_a_slice_ends_the_run_as_failed_in_plain_words_and_frees_its_slot() {
        TrainingServiceTest.Recorder recorder = new TrainingServiceTest.Recorder();
        FakeHost host = new FakeHost() {
            @Override
            public void firstProgress(double millis) {
                // Not an exception but an Error, as a too-deep recursion or a broken class would throw on a pool thread
                throw new StackOverflowError("injected");
            }
        };
        TrainingJob job = new TrainingJob(PreparedExperiment.of(Experiment.seedArticle()), recorder, host, 600,
                KernelThreads.single());

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

    /** A service that only counts what the job asks of it. */
    static class FakeHost implements TrainingJob.Host {
        int scheduled;
        int parked;
        boolean ended;

        @Override
        public void schedule(TrainingJob job) {
            scheduled++;
        }

        @Override
        public void park(TrainingJob job) {
            parked++;
        }

        @Override
        public void firstProgress(double millis) {
        }

        @Override
        public void ended(TrainingJob job) {
            ended = true;
        }

        @Override
        public int activeRuns() {
            return 1;
        }
    }
}
