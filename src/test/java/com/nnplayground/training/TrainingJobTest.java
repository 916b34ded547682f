package com.nnplayground.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How often a run reports progress, by how many runs share the server. */
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
}
