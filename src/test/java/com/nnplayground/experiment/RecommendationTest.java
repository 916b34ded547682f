package com.nnplayground.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.Preset;
import com.nnplayground.dataset.PresetOptions;
import com.nnplayground.diagnosis.Diagnoses;
import com.nnplayground.diagnosis.LossHistory;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.Matrices;
import com.nnplayground.engine.StopReason;
import com.nnplayground.engine.Training;
import com.nnplayground.results.Scores;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Picking a preset must give a run that learns it: each recommendation is trained on its preset's default data. */
class RecommendationTest {

    @Test
    void the_seed_xor_keeps_the_seeds_settings_exactly() {
        Recommendation r = Recommendation.forPreset(Preset.XOR_SEED);

        assertThat(r.training()).isEqualTo(TrainingSettings.seedArticle());
        assertThat(r.network()).usingRecursiveComparison().isEqualTo(NetworkSettings.seedArticle());
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void every_recommendation_fits_its_preset(Preset preset) {
        Recommendation r = Recommendation.forPreset(preset);

        PreparedExperiment.of(r.experiment(preset.dataset()));
        assertThat(r.why()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(value = Preset.class, names = {"IRIS", "WINE", "BREAST_CANCER", "DIABETES", "DIGITS"})
    void the_classic_datasets_hold_out_a_fifth_and_scale_their_inputs(Preset preset) {
        Recommendation r = Recommendation.forPreset(preset);

        assertThat(r.preparation().testShare()).isEqualTo(0.2);
        assertThat(r.preparation().scaling()).isNotEqualTo(com.nnplayground.dataset.Scaling.NONE);
    }

    @ParameterizedTest
    @EnumSource(value = Preset.class, names = {"XOR_SEED", "AND", "OR", "XOR"})
    void the_truth_tables_are_learnt_row_for_row(Preset preset) {
        Trained t = train(preset);

        for (int r = 0; r < t.data.y().length; r++) {
            assertThat(t.output[r][0]).as("%s row %d", preset, r + 1).isCloseTo(t.data.y()[r][0],
                    org.assertj.core.api.Assertions.within(0.4));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Preset.class, names = {"CIRCLES", "SPIRALS", "CLUSTERS", "MOONS"})
    void the_generated_classification_sets_are_learnt_to_90_percent_accuracy(Preset preset) {
        Trained t = train(preset);

        int right = 0;
        for (int r = 0; r < t.output.length; r++) {
            String expected = t.data.classOf(t.data.y()[r]);
            if (t.data.classOf(t.output[r]).equals(expected)) {
                right++;
            }
        }
        assertThat((double) right / t.output.length).as("%s training accuracy", preset).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void the_noisy_sine_is_fitted_to_a_small_mean_squared_error() {
        Trained t = train(Preset.SINE);

        double mse = Loss.MSE.value(flat(t.data.y()), flat(t.output), t.output.length, 1);
        assertThat(mse).isLessThan(0.05);
    }

    /**
     * What the page's notes say once a preset's own run ends: nothing, since each of them learns. The history is the
     * page's: the loss of every iteration, and the test rows' after every one (the page measures them at up to 2,000
     * evenly spread iterations, so at every one of these runs'). Before: the noisy sine's Adam spikes at its floor were
     * taken for a rate too high, and the digits' test loss rose after about 50 of their 100 epochs (overfitting, on 13
     * of starts 0-19; L2 0.0003 leaves one).
     */
    @ParameterizedTest
    @EnumSource(Preset.class)
    void every_presets_own_run_ends_without_a_note(Preset preset) {
        PreparedExperiment prepared = PreparedExperiment.of(Recommendation.forPreset(preset).experiment(preset.dataset()));
        Training training = prepared.newTraining();
        EncodedDataset data = prepared.data();
        int outputs = data.outputCount();
        double[] testY = Matrices.flatten(data.testY(), outputs);
        int n = prepared.config().iterations();
        int[] iterations = new int[n];
        double[] losses = new double[n];
        double[] testLosses = data.testCount() == 0 ? null : new double[n];
        prepared.schedule().run(training, n, (iteration, loss) -> {
            iterations[iteration - 1] = iteration;
            losses[iteration - 1] = loss;
            if (testLosses != null) {
                double[] predicted = Matrices.flatten(training.network().predict(data.testX()), outputs);
                testLosses[iteration - 1] = prepared.config().loss().value(testY, predicted, data.testCount(), outputs);
            }
        }, () -> false);
        LossHistory history = new LossHistory();
        history.add(iterations, losses, testLosses);

        assertThat(Diagnoses.of(history, training.network(), prepared.data().trainX(), null)).as("%s", preset)
                .isEmpty();
    }

    /**
     * The spirals untangle from any start, not only from the page's: at their first rate, 0.03, 9 of these 30 (data
     * seeds 1-3, weight seeds 0-9) still bounced above a loss of 0.1 at the end, the worst at 54 % training accuracy;
     * at 0.003 the worst is 95.5 %.
     */
    @Test
    void the_spirals_are_learnt_from_every_start_and_data_seed_tried() {
        Recommendation r = Recommendation.forPreset(Preset.SPIRALS);
        NetworkSettings n = r.network();
        for (long data = 1; data <= 3; data++) {
            for (long seed = 0; seed < 10; seed++) {
                Experiment e = new Experiment(Preset.SPIRALS.dataset(new PresetOptions(200, 0.05, data)),
                        new NetworkSettings(n.hidden(), n.activation(), n.output(), n.bias(), n.init(), seed, null, null),
                        r.training(), r.preparation());
                PreparedExperiment prepared = PreparedExperiment.of(e);
                Training training = prepared.newTraining();
                training.run(Integer.MAX_VALUE, null, null);

                assertThat(Scores.accuracy(prepared.data(), training.network().predict(prepared.data().x()), false))
                        .as("data seed %d, seed %d", data, seed).isGreaterThanOrEqualTo(0.9);
            }
        }
    }

    private record Trained(EncodedDataset data, double[][] output) {
    }

    private static Trained train(Preset preset) {
        Recommendation r = Recommendation.forPreset(preset);
        PreparedExperiment prepared = PreparedExperiment.of(r.experiment(preset.dataset()));
        Training training = prepared.newTraining();
        training.run(Integer.MAX_VALUE, null, null);
        assertThat(training.stopReason()).as("%s stop reason", preset).isEqualTo(StopReason.COMPLETED);
        return new Trained(prepared.data(), training.network().predict(prepared.data().x()));
    }

    private static double[] flat(double[][] rows) {
        return Arrays.stream(rows).flatMapToDouble(Arrays::stream).toArray();
    }
}
