package com.nnplayground.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.nnplayground.dataset.Preset;
import com.nnplayground.dataset.Scaling;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.NetworkSettings;
import com.nnplayground.experiment.Preparation;
import com.nnplayground.experiment.TrainingSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What differed between two runs' settings, in a legend's words. */
class SettingsDiffTest {
    private static final Experiment SEED = Experiment.seedArticle();

    @Test
    void the_same_settings_differ_in_nothing() {
        assertThat(SettingsDiff.between(SEED, Experiment.seedArticle())).isEmpty();
    }

    @Test
    void a_number_reads_from_old_to_new_and_a_choice_as_its_new_value() {
        assertThat(SettingsDiff.between(SEED, with(training(OptimizerKind.SGD, 0.1, 1500, 0, 0)))).containsExactly(
                "learning rate 1 → 0.1");
        assertThat(SettingsDiff.between(SEED, with(network(List.of(4), Activation.TANH, false, Init.UNIFORM, 0))))
                .containsExactly("tanh");
        assertThat(SettingsDiff.between(SEED, with(network(List.of(8), Activation.SIGMOID, false, Init.UNIFORM, 0))))
                .containsExactly("8 neurons");
    }

    @Test
    void several_changes_are_listed_in_the_order_of_the_form() {
        Experiment other = new Experiment(Preset.CIRCLES.dataset(), network(List.of(8, 8), Activation.RELU, true,
                Init.HE, 3), training(OptimizerKind.ADAM, 0.01, 3000, 16, 0.001),
                new Preparation(Scaling.STANDARDISE, 0.2));

        assertThat(SettingsDiff.between(SEED, other)).containsExactly(
                String.format("other data (%,d rows)", Preset.CIRCLES.dataset().size()), "scaling standardise (z-score)",
                "test share 0 % → 20 %", "hidden layers 4 → 8, 8", "ReLU", "biases", "He initial weights",
                "seed 0 → 3", "Adam", "learning rate 1 → 0.01", "1,500 → 3,000 iterations", "batch all rows → 16",
                "L2 0 → 0.001");
    }

    @Test
    void numbers_are_written_as_short_as_they_read_back() {
        assertThat(SettingsDiff.number(1.0)).isEqualTo("1");
        assertThat(SettingsDiff.number(0.1)).isEqualTo("0.1");
        assertThat(SettingsDiff.number(2.5e-4)).isEqualTo("0.00025");
    }

    private static Experiment with(TrainingSettings training) {
        return new Experiment(SEED.dataset(), SEED.network(), training);
    }

    private static Experiment with(NetworkSettings network) {
        return new Experiment(SEED.dataset(), network, SEED.training());
    }

    private static TrainingSettings training(OptimizerKind optimizer, double rate, int iterations, int batch, double l2) {
        return new TrainingSettings(Loss.SSE, optimizer, rate, iterations, batch, l2);
    }

    private static NetworkSettings network(List<Integer> hidden, Activation activation, boolean bias, Init init,
                                           long seed) {
        return new NetworkSettings(hidden, activation, Activation.SIGMOID, bias, init, seed, null, null);
    }
}
