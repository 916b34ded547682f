package com.nnplayground.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.Preset;
import com.nnplayground.dataset.PresetOptions;
import com.nnplayground.diagnosis.Diagnoses;
import com.nnplayground.diagnosis.Diagnosis;
import com.nnplayground.diagnosis.LossHistory;
import com.nnplayground.diagnosis.Objective;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.Matrices;
import com.nnplayground.engine.StopReason;
import com.nnplayground.engine.Training;
import com.nnplayground.results.Scores;
import java.util.Arrays;
import java.util.List;
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
        Recommendation r = Recommendation.forPreset(preset);

        assertThat(notesAtTheEnd(PreparedExperiment.of(r.experiment(preset.dataset())))).as("%s", preset).isEmpty();
    }

    /**
     * The generated sets learn from any start, not only from the page's: 30 of them (data seeds 1-3, weight seeds
     * 0-9). At their first rates the spirals (0.03) still bounced above a loss of 0.1 at the end on 9 of these, the
     * worst at 54 % training accuracy (at 0.003: 95.5 %), and the sine (0.02) ended with its spikes called a rate too
     * high on 6 (at 0.01: none, the same final loss).
     */
    @ParameterizedTest
    @EnumSource(value = Preset.class, names = {"CIRCLES", "SPIRALS", "CLUSTERS", "MOONS", "SINE"})
    void the_generated_sets_are_learnt_without_a_note_from_every_start_tried(Preset preset) {
        Recommendation r = Recommendation.forPreset(preset);
        NetworkSettings n = r.network();
        for (long data = 1; data <= 3; data++) {
            for (long seed = 0; seed < 10; seed++) {
                PreparedExperiment prepared = PreparedExperiment.of(new Experiment(
                        preset.dataset(new PresetOptions(200, 0.05, data)),
                        new NetworkSettings(n.hidden(), n.activation(), n.output(), n.bias(), n.init(), seed, null, null),
                        r.training(), r.preparation()));
                String start = String.format("%s, data seed %d, seed %d", preset, data, seed);

                assertThat(notesAtTheEnd(prepared)).as(start).isEmpty();
                if (preset != Preset.SINE) {
                    assertThat(Scores.accuracy(prepared.data(), lastNetwork.predict(prepared.data().x()), false))
                            .as(start).isGreaterThanOrEqualTo(0.9);
                }
            }
        }
    }

    /**
     * The classic sets (but digits, whose runs are long) from ten starts each (weight seeds 0-9, which also draw the
     * test rows). Diabetes is one linear neuron, least squares: its loss levels off at its minimum, which starts 3 and
     * 4 had called a plateau, with "more neurons" (which do worse on its test rows) among the suggestions. Wine's L2
     * of 0.1 holds its loss at about 0.17 with every training row but one right, which starts 2, 6, 7 and 9 had called
     * a plateau ("try a higher rate").
     */
    @ParameterizedTest
    @EnumSource(value = Preset.class, names = {"IRIS", "WINE", "BREAST_CANCER", "DIABETES"})
    void the_classic_sets_end_without_a_note_from_every_start_tried(Preset preset) {
        Recommendation r = Recommendation.forPreset(preset);
        NetworkSettings n = r.network();
        for (long seed = 0; seed < 10; seed++) {
            PreparedExperiment prepared = PreparedExperiment.of(new Experiment(preset.dataset(),
                    new NetworkSettings(n.hidden(), n.activation(), n.output(), n.bias(), n.init(), seed, null, null),
                    r.training(), r.preparation()));

            assertThat(notesAtTheEnd(prepared)).as("%s, seed %d", preset, seed).isEmpty();
        }
    }

    /** The network {@link #notesAtTheEnd} trained last. */
    private com.nnplayground.engine.Network lastNetwork;

    /** Trains the run as the page does and gives the notes the page shows at its end. */
    private List<Diagnosis> notesAtTheEnd(PreparedExperiment prepared) {
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
        lastNetwork = training.network();
        return Diagnoses.of(history, lastNetwork, data.trainX(), null, Objective.of(prepared.start().architecture(),
                prepared.config().loss(), prepared.config().l2()));
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
