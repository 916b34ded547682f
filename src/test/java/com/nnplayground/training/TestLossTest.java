package com.nnplayground.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.nnplayground.dataset.Scaling;
import com.nnplayground.engine.Training;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.Preparation;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.TrainingSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How often a run measures its test loss: evenly, at most MAX_POINTS times, and always at its last iteration. */
class TestLossTest {

    /** The seed's XOR with one of its four rows held out, trained for this many iterations. */
    private static PreparedExperiment heldOut(int iterations) {
        Experiment seed = Experiment.seedArticle();
        TrainingSettings t = seed.training();
        return PreparedExperiment.of(new Experiment(seed.dataset(), seed.network(),
                new TrainingSettings(t.loss(), t.optimizer(), t.learningRate(), iterations, 0, 0),
                new Preparation(Scaling.NONE, 0.25)));
    }

    private static List<Integer> measured(int iterations) {
        PreparedExperiment experiment = heldOut(iterations);
        assertThat(experiment.data().testCount()).isPositive();
        TestLoss testLoss = TestLoss.of(experiment);
        Training training = experiment.newTraining();
        List<Integer> measured = new ArrayList<>();
        for (int i = 1; i <= iterations; i++) {
            if (!Double.isNaN(testLoss.at(i, training))) {
                measured.add(i);
            }
        }
        return measured;
    }

    @Test
    void a_run_one_short_of_twice_the_maximum_measures_at_most_the_maximum() {
        List<Integer> measured = measured(3_999);
        assertThat(measured).hasSizeLessThanOrEqualTo(TestLoss.MAX_POINTS).hasSizeGreaterThan(TestLoss.MAX_POINTS - 2);
        assertThat(measured.get(measured.size() - 1)).as("the end is always measured").isEqualTo(3_999);
    }

    @Test
    void a_run_of_up_to_the_maximum_measures_every_iteration() {
        assertThat(measured(TestLoss.MAX_POINTS)).hasSize(TestLoss.MAX_POINTS);
    }

    @Test
    void a_long_run_measures_evenly_spread_iterations() {
        List<Integer> measured = measured(1_000_001);
        assertThat(measured).hasSizeLessThanOrEqualTo(TestLoss.MAX_POINTS);
        assertThat(measured.get(1) - measured.get(0)).isEqualTo(measured.get(2) - measured.get(1));
        assertThat(measured.get(measured.size() - 1)).isEqualTo(1_000_001);
    }
}
