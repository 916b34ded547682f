package com.nnplayground.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.PreparedExperiment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each data row next to what a network made of it: the error, the predicted class, right or wrong. */
class PredictionRowsTest {
    private final PreparedExperiment seed = PreparedExperiment.of(Experiment.seedArticle());

    @Test
    void one_output_gives_prediction_minus_target_and_the_class_above_or_below_a_half() {
        double[][] outputs = {{0.2}, {0.4}, {0.9}, {0.6}};
        List<PredictionRow> rows = PredictionRows.of(seed, outputs);

        assertThat(rows).extracting(PredictionRow::row).containsExactly(1, 2, 3, 4);
        assertThat(rows).extracting(PredictionRow::target).containsExactly("0", "1", "1", "0");
        assertThat(rows.get(1).inputs()).containsExactly("0", "1", "1");
        assertThat(rows.get(1).error()).isCloseTo(0.4 - 1, within(1e-15));
        assertThat(rows).extracting(PredictionRow::predictedClass).containsExactly("0", "0", "1", "1");
        assertThat(rows).extracting(PredictionRow::correct).containsExactly(true, false, true, false);
        assertThat(rows).noneMatch(PredictionRow::test);
    }

    @Test
    void accuracy_counts_the_rows_predicted_right() {
        Accuracy accuracy = PredictionRows.accuracy(PredictionRows.of(seed, new double[][] {{0.2}, {0.4}, {0.9}, {0.1}}));
        assertThat(accuracy).isEqualTo(new Accuracy(3, 4));
        assertThat(accuracy.percent()).isEqualTo(75.0);
        assertThat(accuracy.text()).isEqualTo("75.0 % (3 of 4)");
        assertThat(PredictionRows.accuracy(List.of()).percent()).isNaN();
    }
}
