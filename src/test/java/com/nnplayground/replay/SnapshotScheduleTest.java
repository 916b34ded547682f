package com.nnplayground.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which iterations keep a snapshot: all early on, then logarithmically spaced, within the budget, and the last. */
class SnapshotScheduleTest {

    @Test
    void the_count_is_the_number_of_iterations_kept() {
        for (int perOctave : new int[] {0, 1, 3, 16}) {
            for (int iterations : new int[] {0, 1, 2, 31, 32, 33, 100, 1500, 4096, 10_001}) {
                SnapshotSchedule schedule = new SnapshotSchedule(perOctave, iterations);
                int kept = 0;
                for (int done = 0; done <= iterations; done++) {
                    kept += schedule.keeps(done) ? 1 : 0;
                }
                assertEquals(kept, schedule.count(), perOctave + " an octave, " + iterations + " iterations");
            }
        }
    }

    @Test
    void the_next_kept_iteration_after_each_is_the_first_the_schedule_keeps() {
        for (int perOctave : new int[] {0, 1, 3, 16}) {
            for (int iterations : new int[] {1, 2, 33, 1500, 4096}) {
                SnapshotSchedule schedule = new SnapshotSchedule(perOctave, iterations);
                int next = iterations;
                for (int done = iterations - 1; done >= 0; done--) {
                    assertEquals(next, schedule.keptAfter(done), perOctave + " an octave, after " + done);
                    if (schedule.keeps(done)) {
                        next = done;
                    }
                }
            }
        }
    }

    @Test
    void the_seed_run_keeps_every_one_of_its_first_32_iterations_then_one_in_64_at_most_and_its_last() {
        SnapshotSchedule schedule = new SnapshotSchedule(16, 1500);

        for (int done = 0; done < 32; done++) {
            assertTrue(schedule.keeps(done), "iteration " + done);
        }
        assertTrue(schedule.keeps(1500));
        for (int done = 0; done <= 1500; done++) {
            assertTrue(done - schedule.keptAtOrBefore(done) < 64, "iteration " + done);
            assertTrue(schedule.keeps(schedule.keptAtOrBefore(done)), "iteration " + done);
        }
        assertEquals(121, schedule.count());
    }

    @Test
    void the_gap_after_an_iteration_is_at_most_an_eighth_of_it_and_ten_million_iterations_keep_a_few_hundred() {
        SnapshotSchedule schedule = new SnapshotSchedule(16, 10_000_000);

        for (int done = 32; done < 10_000_000; done += 9_973) {
            int gap = done - schedule.keptAtOrBefore(done);
            assertTrue(gap <= done / 16, "iteration " + done + ": gap " + gap);
        }
        assertTrue(schedule.count() <= 350, schedule.count() + " snapshots");
    }

    @Test
    void the_densest_schedule_within_the_budget_is_picked() {
        SnapshotSchedule small = SnapshotSchedule.of(1500, 200, SnapshotSchedule.DEFAULT_BUDGET_BYTES);
        SnapshotSchedule large = SnapshotSchedule.of(1500, 100_000, 2_000_000);
        SnapshotSchedule huge = SnapshotSchedule.of(1500, 3_000_000, 2_000_000);

        assertEquals(16, small.perOctave());
        assertTrue(large.count() * 100_000L <= 2_000_000, large.count() + " snapshots");
        assertTrue(new SnapshotSchedule(large.perOctave() + 1, 1500).count() * 100_000L > 2_000_000);
        assertEquals(0, huge.perOctave());
        assertEquals(2, huge.count());
        assertTrue(huge.keeps(0) && huge.keeps(1500) && !huge.keeps(1));
    }
}
