package com.nnplayground.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.nnplayground.chart.LossChart;
import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a run's losses look like when they leave the training thread. */
class LossBufferTest {

    /** A loss that falls slowly, like a training curve. */
    private static double curve(int iteration) {
        return 1.0 / Math.sqrt(iteration);
    }

    @Test
    void a_run_of_up_to_twice_the_bucket_count_keeps_every_iteration() {
        int total = 2 * LossBuffer.BUCKETS;
        LossBuffer buffer = new LossBuffer(total);
        for (int i = 1; i <= total; i++) {
            buffer.add(i, Math.sin(i), Double.NaN);
        }
        buffer.flush();
        int[] iterations = buffer.iterations();
        assertThat(iterations).hasSize(total);
        for (int i = 0; i < iterations.length; i++) {
            assertThat(iterations[i]).isEqualTo(i + 1);
            assertThat(buffer.losses()[i]).isEqualTo(Math.sin(i + 1));
        }
    }

    @Test
    void a_long_run_keeps_each_buckets_lowest_and_highest_loss_and_the_exact_latest_one() {
        int total = 10_000_000;
        LossBuffer buffer = new LossBuffer(total);
        int width = (total + LossBuffer.BUCKETS - 1) / LossBuffer.BUCKETS;
        int batchEnd = 1_000_003;
        for (int i = 1; i <= batchEnd; i++) {
            double loss = i == 123_457 ? 9.0 : i == 654_321 ? 1e-9 : curve(i);
            buffer.add(i, loss, Double.NaN);
        }
        buffer.flush();
        int[] iterations = buffer.iterations();
        double[] losses = buffer.losses();

        assertThat(iterations.length).as("two points per bucket and the latest")
                .isLessThanOrEqualTo(2 * (batchEnd / width + 1) + 1).isGreaterThan(batchEnd / width);
        assertThat(iterations).isSorted().doesNotHaveDuplicates();
        assertThat(iterations[iterations.length - 1]).isEqualTo(batchEnd);
        assertThat(losses[losses.length - 1]).isEqualTo(curve(batchEnd));
        List<Integer> kept = new ArrayList<>();
        for (int i : iterations) {
            kept.add(i);
        }
        assertThat(kept).as("a spike and a dip survive").contains(123_457, 654_321);
        // In a falling curve each whole bucket's highest loss is its first iteration and its lowest its last
        assertThat(kept).contains(1, width, width + 1, 2 * width, 5 * width + 1, 6 * width);
        for (int k = 0; k < iterations.length; k++) {
            if (iterations[k] != 123_457 && iterations[k] != 654_321) {
                assertThat(losses[k]).isEqualTo(curve(iterations[k]));
            }
        }
    }

    @Test
    void batches_that_end_inside_a_bucket_join_up_in_order_without_repeats() {
        LossBuffer buffer = new LossBuffer(5_000_000);
        List<Integer> all = new ArrayList<>();
        int i = 1;
        for (int end : new int[] {777, 778, 5_000, 5_001, 123_456, 200_000}) {
            for (; i <= end; i++) {
                buffer.add(i, curve(i), Double.NaN);
            }
            buffer.flush();
            int[] batch = buffer.iterations();
            assertThat(batch[batch.length - 1]).as("each batch ends at the latest iteration").isEqualTo(end);
            for (int b : batch) {
                all.add(b);
            }
            buffer.clear();
        }
        assertThat(all).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void every_measured_test_loss_is_kept_with_its_iteration() {
        LossBuffer buffer = new LossBuffer(2_000_000);
        for (int i = 1; i <= 100_000; i++) {
            buffer.add(i, curve(i), i % 1000 == 0 ? 2 * curve(i) : Double.NaN);
        }
        buffer.flush();
        int[] iterations = buffer.iterations();
        double[] tests = buffer.testLosses();
        int measured = 0;
        for (int k = 0; k < iterations.length; k++) {
            if (!Double.isNaN(tests[k])) {
                measured++;
                assertThat(iterations[k] % 1000).isZero();
                assertThat(tests[k]).isEqualTo(2 * curve(iterations[k]));
            }
        }
        assertThat(measured).isEqualTo(100);
        assertThat(iterations).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void a_batch_without_new_iterations_repeats_none() {
        LossBuffer buffer = new LossBuffer(5_000_000);
        for (int i = 1; i <= 10_000; i++) {
            buffer.add(i, curve(i), Double.NaN);
        }
        buffer.flush();
        assertThat(buffer.iterations()).endsWith(10_000);
        buffer.clear();

        buffer.flush();

        assertThat(buffer.iterations()).as("a run stopped between two slices sends nothing twice").isEmpty();
    }

    @Test
    void test_points_are_kept_without_splitting_their_buckets() {
        int total = 4_000_000;
        int width = total / LossBuffer.BUCKETS;
        LossBuffer buffer = new LossBuffer(total);
        for (int i = 1; i <= 10 * width; i++) {
            buffer.add(i, curve(i), i % (width / 2) == 0 ? 2 * curve(i) : Double.NaN);
        }
        buffer.flush();
        int[] iterations = buffer.iterations();
        long tests = java.util.Arrays.stream(buffer.testLosses()).filter(t -> !Double.isNaN(t)).count();

        assertThat(tests).isEqualTo(20);
        // a falling curve: each bucket's first iteration (highest) and its last (lowest, and measured)
        assertThat(iterations).as("two points a bucket and the one measured in its middle").hasSize(30)
                .isSorted().doesNotHaveDuplicates();
    }

    @Test
    void a_long_run_in_many_batches_keeps_at_most_two_points_a_bucket_and_three_a_batch() {
        int total = 10_000_000;
        LossBuffer buffer = new LossBuffer(total);
        int points = 0;
        int batches = 0;
        for (int i = 1; i <= total; i++) {
            buffer.add(i, curve(i) * (1 + 0.1 * Math.sin(i)), Double.NaN);
            if (i % 333_331 == 0 || i == total) {
                buffer.flush();
                points += buffer.iterations().length;
                batches++;
                buffer.clear();
            }
        }
        assertThat(points).isLessThanOrEqualTo(2 * LossBuffer.BUCKETS + 3 * batches)
                .isGreaterThan(LossBuffer.BUCKETS);
    }

    @Test
    void a_thinned_long_run_reaches_the_chart_whole_without_a_resend_and_keeps_its_spike() {
        MockVaadin.setup();
        try {
            LossChart chart = new LossChart();
            UI.getCurrent().add(chart);
            int total = 1_000_000;
            LossBuffer buffer = new LossBuffer(total);
            int sent = 0;
            for (int i = 1; i <= total; i++) {
                buffer.add(i, i == 500 ? 7.5 : curve(i), Double.NaN);
                if (i % 71_429 == 0 || i == total) {
                    buffer.flush();
                    chart.append(buffer.iterations(), buffer.losses(), null);
                    sent += buffer.iterations().length;
                    buffer.clear();
                }
            }
            assertThat(chart.points()).as("what was sent, all of it kept").hasSize(sent);
            assertThat(sent).isLessThanOrEqualTo(chart.cap() / 2 + 3 * 15);
            assertThat(chart.points()).anyMatch(p -> p.trainingLoss() == 7.5);
            assertThat(chart.finalLoss().getAsDouble()).isEqualTo(curve(total));
        } finally {
            MockVaadin.tearDown();
        }
    }
}
