package com.nnplayground.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.training.TrainingOutcome.End;
import java.util.concurrent.atomic.AtomicBoolean;
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
        AtomicBoolean slotFreed = new AtomicBoolean();
        AtomicBoolean rescheduled = new AtomicBoolean();
        // Not an exception but an Error, as a too-deep recursion or a broken class would throw on a pool thread
        TrainingJob job = new TrainingJob(PreparedExperiment.of(Experiment.seedArticle()), recorder,
                j -> rescheduled.set(true), 600, () -> {
                    throw new StackOverflowError("injected");
                }, () -> slotFreed.set(true), () -> 1);

        job.runSlice();

        TrainingOutcome outcome = recorder.outcome.getNow(null);
        assertThat(outcome).isNotNull();
        assertThat(outcome.end()).isEqualTo(End.FAILED);
        assertThat(outcome.message()).isEqualTo("Training failed on the server: StackOverflowError. The error was"
                + " logged; try again or change the settings.");
        assertThat(slotFreed).isTrue();
        assertThat(rescheduled).as("a failed run is not queued again").isFalse();
        assertThat(job.running()).isFalse();
    }
}
