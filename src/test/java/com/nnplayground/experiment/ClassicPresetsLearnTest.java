package com.nnplayground.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.Preset;
import com.nnplayground.engine.Network;
import com.nnplayground.engine.StopReason;
import com.nnplayground.engine.Training;
import com.nnplayground.engine.TrainingConfig;
import com.nnplayground.results.Scores;
import java.util.Arrays;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The classic presets are learnt with the settings the page recommends, judged on the fifth of the rows held out
 * for testing. The page seeds both the initial weights and the choice of test rows with its one seed (0 when a
 * preset is picked), so two things are checked: from the page's own test rows, every start (seeds 0-4 for the
 * weights and the mini-batch order) reaches the goal; and over seeds 0-4 for both, the median reaches it and no
 * seed falls far below. Some test sets are harder than others (iris has 30 test flowers, wine 36: one flower is
 * 3.3 points, one wine 2.8), and scikit-learn's models miss the goal on the same hard splits; the report of this
 * change lists every value.
 */
class ClassicPresetsLearnTest {
    private static final long[] SEEDS = {0, 1, 2, 3, 4};
    /** How far below the goal the hardest of the five test sets may fall: two iris flowers, two wines. */
    private static final double HARD_SPLIT_MARGIN = 0.07;

    static Stream<Arguments> classificationGoals() {
        return Stream.of(Arguments.of(Preset.IRIS, 0.93), Arguments.of(Preset.WINE, 0.95),
                Arguments.of(Preset.BREAST_CANCER, 0.95), Arguments.of(Preset.DIGITS, 0.95));
    }

    @ParameterizedTest
    @MethodSource("classificationGoals")
    void on_the_pages_test_rows_every_start_reaches_the_test_accuracy_goal(Preset preset, double goal) {
        for (long seed : SEEDS) {
            Run run = train(preset, 0, seed);

            assertThat(Scores.accuracy(run.data, run.outputs, true)).as("%s, start seed %d", preset, seed)
                    .isGreaterThanOrEqualTo(goal);
        }
    }

    @ParameterizedTest
    @MethodSource("classificationGoals")
    void over_five_seeds_of_test_rows_and_start_the_median_reaches_the_goal(Preset preset, double goal) {
        double[] accuracies = LongStream.of(SEEDS).mapToDouble(seed -> {
            Run run = train(preset, seed, seed);
            return Scores.accuracy(run.data, run.outputs, true);
        }).toArray();

        assertThat(median(accuracies)).as("%s median of %s", preset, Arrays.toString(accuracies))
                .isGreaterThanOrEqualTo(goal);
        assertThat(Arrays.stream(accuracies).min().orElseThrow()).as("%s hardest of %s", preset,
                Arrays.toString(accuracies)).isGreaterThanOrEqualTo(goal - HARD_SPLIT_MARGIN);
    }

    @Test
    void diabetes_on_the_pages_test_rows_reaches_r_squared_0_4_from_every_start() {
        for (long seed : SEEDS) {
            Run run = train(Preset.DIABETES, 0, seed);

            assertThat(Scores.rSquared(run.data, run.outputs, true)).as("start seed %d", seed).isGreaterThanOrEqualTo(0.4);
        }
    }

    /**
     * Least squares, solved exactly, is the best any straight-line fit can do on a split: the network must come
     * within 0.01 of it on every one, in the target's own units, so a split where even least squares stays below
     * 0.4 (seed 2's: 0.38) shows the test rows, not the training, as the limit.
     */
    @Test
    void diabetes_predicts_in_its_own_units_as_well_as_exact_least_squares_on_every_split() {
        double[] rSquared = new double[SEEDS.length];
        for (int i = 0; i < SEEDS.length; i++) {
            Run run = train(Preset.DIABETES, SEEDS[i], SEEDS[i]);
            double exact = Scores.rSquared(run.data, LeastSquares.fit(run.data), true);
            rSquared[i] = Scores.rSquared(run.data, run.outputs, true);

            assertThat(rSquared[i]).as("seed %d, least squares %.3f", SEEDS[i], exact).isGreaterThan(exact - 0.01);
            double meanPrediction = Arrays.stream(run.outputs).mapToDouble(o -> o[0]).average().orElseThrow();
            assertThat(meanPrediction).as("mean prediction, seed %d", SEEDS[i]).isBetween(130.0, 175.0);
        }
        assertThat(median(rSquared)).as("median of %s", Arrays.toString(rSquared)).isGreaterThanOrEqualTo(0.4);
    }

    private record Run(EncodedDataset data, double[][] outputs) {
    }

    /** The recommended settings with the test rows chosen by {@code splitSeed} and the start drawn from {@code seed}. */
    private static Run train(Preset preset, long splitSeed, long seed) {
        Recommendation r = Recommendation.forPreset(preset);
        Experiment e = r.experiment(preset.dataset());
        NetworkSettings n = e.network();
        PreparedExperiment prepared = PreparedExperiment.of(new Experiment(e.dataset(), new NetworkSettings(n.hidden(),
                n.activation(), n.output(), n.bias(), n.init(), splitSeed, null, null), e.training(), e.preparation()));
        TrainingConfig c = prepared.config();
        Training training = new Training(Network.initialise(prepared.start().architecture(), n.init(), seed),
                prepared.data().trainX(), prepared.data().trainY(),
                new TrainingConfig(c.loss(), c.optimizer(), c.learningRate(), c.iterations(), c.batchSize(), c.l2(), seed));
        training.run(Integer.MAX_VALUE, null, null);
        assertThat(training.stopReason()).as("%s stop reason", preset).isEqualTo(StopReason.COMPLETED);
        return new Run(prepared.data(), training.network().predict(prepared.data().x()));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Ordinary least squares with an intercept on the training rows, by the normal equations. */
    private static final class LeastSquares {

        static double[][] fit(EncodedDataset data) {
            double[][] x = data.trainX();
            double[][] y = data.trainY();
            int k = x[0].length + 1;
            double[][] a = new double[k][k + 1];
            for (int r = 0; r < x.length; r++) {
                double[] row = withOne(x[r]);
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        a[i][j] += row[i] * row[j];
                    }
                    a[i][k] += row[i] * y[r][0];
                }
            }
            double[] beta = solve(a);
            double[][] out = new double[data.x().length][1];
            for (int r = 0; r < out.length; r++) {
                double[] row = withOne(data.x()[r]);
                for (int i = 0; i < k; i++) {
                    out[r][0] += beta[i] * row[i];
                }
            }
            return out;
        }

        private static double[] withOne(double[] x) {
            double[] row = Arrays.copyOf(x, x.length + 1);
            row[x.length] = 1;
            return row;
        }

        /** Gaussian elimination with partial pivoting on an augmented k x (k+1) matrix. */
        private static double[] solve(double[][] a) {
            int k = a.length;
            for (int col = 0; col < k; col++) {
                int pivot = col;
                for (int r = col + 1; r < k; r++) {
                    if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                        pivot = r;
                    }
                }
                double[] swap = a[col];
                a[col] = a[pivot];
                a[pivot] = swap;
                for (int r = col + 1; r < k; r++) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c <= k; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
            double[] beta = new double[k];
            for (int r = k - 1; r >= 0; r--) {
                double sum = a[r][k];
                for (int c = r + 1; c < k; c++) {
                    sum -= a[r][c] * beta[c];
                }
                beta[r] = sum / a[r][r];
            }
            return beta;
        }
    }
}
