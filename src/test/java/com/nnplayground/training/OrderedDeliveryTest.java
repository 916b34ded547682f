package com.nnplayground.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/** Reports reach the observer off the training thread, in order, with a backlog merged into one batch. */
class OrderedDeliveryTest {
    private final Queue<Runnable> tasks = new ArrayDeque<>();
    private final List<Object> delivered = new ArrayList<>();
    private final OrderedDelivery delivery = new OrderedDelivery(new TrainingObserver() {
        @Override
        public void onProgress(ProgressBatch batch) {
            delivered.add(batch);
        }

        @Override
        public void onFinished(TrainingOutcome outcome) {
            delivered.add(outcome);
        }
    }, tasks::add);

    private static ProgressBatch batch(int from, int to) {
        int[] iterations = java.util.stream.IntStream.range(from, to).toArray();
        double[] losses = java.util.stream.IntStream.range(from, to).mapToDouble(i -> 1.0 / i).toArray();
        return new ProgressBatch(iterations, losses, null, to - 1, 1000, 1e6, to, null);
    }

    @Test
    void nothing_runs_on_the_calling_thread_and_a_backlog_goes_out_as_one_ordered_batch() {
        delivery.onProgress(batch(1, 11));
        delivery.onProgress(batch(11, 21));
        delivery.onProgress(batch(21, 26));
        assertThat(delivered).as("the training thread only queues").isEmpty();
        assertThat(tasks).as("one drain at a time").hasSize(1);

        tasks.poll().run();

        assertThat(delivered).hasSize(1);
        ProgressBatch merged = (ProgressBatch) delivered.get(0);
        assertThat(merged.iterations()).isEqualTo(java.util.stream.IntStream.range(1, 26).toArray());
        assertThat(merged.losses()[24]).isEqualTo(1.0 / 25);
        assertThat(merged.iterationsDone()).isEqualTo(25);
    }

    @Test
    void the_outcome_comes_after_every_batch_before_it() {
        delivery.onProgress(batch(1, 5));
        TrainingOutcome outcome = new TrainingOutcome(TrainingOutcome.End.COMPLETED, "done", null, null, 4, 0.25, Double.NaN);
        delivery.onFinished(outcome);
        delivery.onProgress(batch(5, 6));
        while (!tasks.isEmpty()) {
            tasks.poll().run();
        }
        assertThat(delivered).hasSize(3);
        assertThat(delivered.get(0)).isInstanceOf(ProgressBatch.class);
        assertThat(delivered.get(1)).isSameAs(outcome);
    }
}
