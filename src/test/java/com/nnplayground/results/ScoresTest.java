package com.nnplayground.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.DatasetEncoder;
import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.EncodingOptions;
import com.nnplayground.dataset.Scaling;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoresTest {

    private static EncodedDataset numbers(double testShare, String... targets) {
        List<List<String>> rows = java.util.stream.IntStream.range(0, targets.length)
                .mapToObj(i -> List.of(Integer.toString(i), targets[i])).toList();
        return DatasetEncoder.encode(new Dataset(List.of("x", "y"), rows, List.of("x"), "y"),
                new EncodingOptions(Scaling.NONE, testShare, 1));
    }

    @Test
    void r_squared_is_1_for_a_perfect_fit_0_for_the_mean_and_negative_when_worse() {
        EncodedDataset data = numbers(0, "1", "2", "3", "4");

        assertThat(Scores.rSquared(data, new double[][] {{1}, {2}, {3}, {4}}, false)).isEqualTo(1);
        assertThat(Scores.rSquared(data, new double[][] {{2.5}, {2.5}, {2.5}, {2.5}}, false)).isEqualTo(0);
        assertThat(Scores.rSquared(data, new double[][] {{4}, {3}, {2}, {1}}, false)).isNegative();
    }

    @Test
    void r_squared_compares_the_residuals_with_the_spread_about_the_mean() {
        EncodedDataset data = numbers(0, "1", "2", "3", "4");

        // residuals 0.5, 0, 0, -0.5: SS_res 0.5; spread about 2.5: SS_tot 5
        assertThat(Scores.rSquared(data, new double[][] {{0.5}, {2}, {3}, {4.5}}, false)).isCloseTo(0.9, within(1e-12));
    }

    @Test
    void r_squared_of_the_test_rows_uses_their_own_mean_and_ignores_the_training_rows() {
        EncodedDataset data = numbers(0.5, "10", "20", "30", "40", "50", "60");
        double[][] outputs = new double[6][1];
        for (int r = 0; r < 6; r++) {
            outputs[r][0] = data.test()[r] ? data.y()[r][0] : -1000;
        }

        assertThat(data.testCount()).isEqualTo(3);
        assertThat(Scores.rSquared(data, outputs, true)).isEqualTo(1);
        assertThat(Scores.rSquared(data, outputs, false)).isLessThan(-100);
    }

    @Test
    void the_mean_absolute_error_is_in_the_targets_own_units_when_the_target_is_scaled() {
        List<List<String>> rows = List.of(List.of("0", "100"), List.of("1", "200"), List.of("2", "300"),
                List.of("3", "400"));
        EncodedDataset data = DatasetEncoder.encode(new Dataset(List.of("x", "y"), rows, List.of("x"), "y"),
                new EncodingOptions(Scaling.NONE, 0, 1, Scaling.STANDARDISE));
        assertThat(data.y()[0][0]).as("the network learns z-scores").isCloseTo(-1.3416, within(1e-4));

        double[][] outputs = data.y().clone();
        outputs[0] = new double[] {data.y()[0][0] + 0.5};
        double sd = Math.sqrt(12500);
        assertThat(Scores.meanAbsoluteError(data, outputs, false)).isCloseTo(0.5 * sd / 4, within(1e-9));
        assertThat(data.inTargetUnits(data.y())[3][0]).isCloseTo(400, within(1e-9));
        assertThat(Scores.rSquared(data, data.y(), false)).isEqualTo(1);
    }

    @Test
    void accuracy_is_the_share_of_rows_whose_class_is_right() {
        List<List<String>> rows = List.of(List.of("0", "a"), List.of("1", "b"), List.of("2", "c"), List.of("3", "a"));
        EncodedDataset data = DatasetEncoder.encode(new Dataset(List.of("x", "y"), rows, List.of("x"), "y"));
        double[][] outputs = {{0.9, 0.05, 0.05}, {0.1, 0.8, 0.1}, {0.6, 0.2, 0.2}, {0.2, 0.7, 0.1}};

        assertThat(Scores.accuracy(data, outputs, false)).isEqualTo(0.5);
        assertThat(Scores.accuracy(data, outputs, true)).isNaN();
    }

    @Test
    void each_score_refuses_the_other_kind_of_target() {
        EncodedDataset data = numbers(0, "1", "2", "3");

        assertThatThrownBy(() -> Scores.accuracy(data, new double[3][1], false))
                .hasMessageContaining("use R²");
    }
}
