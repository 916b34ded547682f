package com.nnplayground.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.TrainingSettings;
import org.junit.jupiter.api.Test;

/** The page's last five runs, each saying what differed from the run before it. */
class RunHistoryTest {
    private final RunHistory history = new RunHistory();

    @Test
    void the_first_run_is_named_and_each_next_says_what_differed_from_the_one_before() {
        history.add(rate(1), new int[] {1, 2}, new double[] {1.0, 0.5}, 2, 0.5);
        history.add(rate(0.1), new int[] {1, 2}, new double[] {1.0, 0.9}, 2, 0.9);
        history.add(rate(0.1), new int[] {1, 2}, new double[] {1.0, 0.9}, 2, 0.9);

        assertThat(history.runs()).extracting(RunRecord::legend).containsExactly("Run 1",
                "Run 2: learning rate 1 → 0.1", "Run 3: same settings");
        assertThat(history.legendOfNext(rate(0.5))).isEqualTo("Run 4: learning rate 0.1 → 0.5");
    }

    @Test
    void five_runs_are_kept_the_oldest_going_first() {
        for (int i = 1; i <= 7; i++) {
            history.add(rate(i), new int[] {1}, new double[] {i}, 1, i);
        }

        assertThat(history.runs()).extracting(RunRecord::number).containsExactly(3, 4, 5, 6, 7);
    }

    @Test
    void a_run_can_be_hidden_shown_again_and_removed_and_the_next_still_compares_with_the_last_trained() {
        history.add(rate(1), new int[] {1}, new double[] {1}, 1, 1);
        history.add(rate(2), new int[] {1}, new double[] {1}, 1, 1);

        history.setShown(1, false);
        assertThat(history.run(1).orElseThrow().shown()).isFalse();
        history.setShown(1, true);
        assertThat(history.run(1).orElseThrow().shown()).isTrue();
        history.remove(2);
        assertThat(history.runs()).extracting(RunRecord::number).containsExactly(1);
        history.clear();
        assertThat(history.runs()).isEmpty();

        assertThat(history.add(rate(3), new int[] {1}, new double[] {1}, 1, 1).legend())
                .isEqualTo("Run 3: learning rate 2 → 3");
    }

    @Test
    void a_legend_shows_three_changes_and_counts_the_rest() {
        RunRecord run = new RunRecord(2, Experiment.seedArticle(), java.util.List.of("a", "b", "c", "d", "e"),
                new int[0], new double[0], 0, 0, true);

        assertThat(run.legend()).isEqualTo("Run 2: a, b, c and 2 more");
    }

    private static Experiment rate(double learningRate) {
        Experiment seed = Experiment.seedArticle();
        return new Experiment(seed.dataset(), seed.network(),
                new TrainingSettings(Loss.SSE, OptimizerKind.SGD, learningRate, 1500, 0, 0));
    }
}
