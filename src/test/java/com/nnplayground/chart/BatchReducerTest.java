package com.nnplayground.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BatchReducerTest {

    @Test
    void a_batch_within_its_budget_is_kept_whole() {
        assertThat(BatchReducer.keep(new double[] {3, 2, 1}, null, 3)).containsExactly(0, 1, 2);
    }

    @Test
    void a_large_batch_keeps_its_extremes_its_last_point_and_every_measured_test_loss() {
        double[] train = IntStream.range(0, 10_000).mapToDouble(i -> 1.0 / (i + 1)).toArray();
        train[1234] = 99;
        train[8000] = -1;
        double[] test = new double[train.length];
        Arrays.fill(test, Double.NaN);
        test[4321] = 0.5;

        int[] kept = BatchReducer.keep(train, test, 101);

        assertThat(kept).contains(1234, 8000, 4321, 9999).isSorted();
        assertThat(kept.length).isBetween(50, 104);
    }
}
