package com.nnplayground.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.Preset;
import com.nnplayground.dataset.PresetOptions;
import com.nnplayground.dataset.Scaling;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.experiment.ExperimentException;
import com.nnplayground.experiment.NetworkSettings;
import com.nnplayground.experiment.Preparation;
import com.nnplayground.experiment.TrainingSettings;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkFormatTest {

    private static final NetworkSettings NETWORK = new NetworkSettings(List.of(8, 8), Activation.TANH,
            Activation.SIGMOID, true, Init.XAVIER, 42, null, null);
    private static final TrainingSettings TRAINING = new TrainingSettings(Loss.BCE, OptimizerKind.ADAM, 0.03, 500, 16,
            1e-4);
    private static final Preparation PREPARATION = new Preparation(Scaling.STANDARDISE, 0.2, Scaling.NONE);

    /** The query as the page's router reads it from the address. */
    private static Map<String, List<String>> query(String query) {
        return QueryParameters.fromString(query).getParameters();
    }

    @Test
    void a_preset_with_its_options_and_every_setting_comes_back_from_its_link() {
        SharedExperiment sent = new SharedExperiment(Preset.CIRCLES, new PresetOptions(300, 0.1, 7), null, null,
                NETWORK, TRAINING, PREPARATION);

        LinkFormat.Written written = LinkFormat.write(sent);
        SharedExperiment back = LinkFormat.read(query(written.query()));

        assertThat(written.query()).startsWith("preset=circles&rows=300&noise=0.1&dseed=7&hidden=8-8");
        assertThat(written.kept()).isNull();
        assertThat(back).isEqualTo(sent);
    }

    @Test
    void own_data_travels_inside_the_link_when_it_is_small() {
        Dataset data = new Dataset(List.of("temp", "sales"), List.of(List.of("14,5", "110"), List.of("35", "1400")),
                List.of("temp"), "sales");
        SharedExperiment sent = new SharedExperiment(null, null, data, null, NETWORK, TRAINING,
                new Preparation(Scaling.MIN_MAX, 0, Scaling.STANDARDISE));

        LinkFormat.Written written = LinkFormat.write(sent);
        SharedExperiment back = LinkFormat.read(query(written.query()));

        assertThat(written.query()).startsWith("data=").contains("&tscale=standardise");
        assertThat(back.data()).isEqualTo(data);
        assertThat(back.network()).isEqualTo(NETWORK);
        assertThat(back.preparation()).isEqualTo(sent.preparation());
    }

    @Test
    void data_too_long_for_a_link_is_named_by_a_key_and_handed_out_to_be_kept() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            rows.add(List.of(Double.toString(Math.sin(i * 1.7)), Double.toString(Math.cos(i * 3.1))));
        }
        Dataset data = new Dataset(List.of("x", "y"), rows, List.of("x"), "y");

        LinkFormat.Written written = LinkFormat.write(new SharedExperiment(null, null, data, null, NETWORK, TRAINING,
                PREPARATION));
        SharedExperiment back = LinkFormat.read(query(written.query()));

        assertThat(written.query().length()).isLessThanOrEqualTo(LinkFormat.MAX_QUERY);
        assertThat(written.query()).startsWith("kept=" + written.kept() + "&").doesNotContain("data=");
        assertThat(back.keptData()).isEqualTo(written.kept());
        assertThat(LinkFormat.unpackData(written.keptData(), "kept")).isEqualTo(data);
    }

    @Test
    void an_opened_files_own_weights_travel_with_the_link() {
        NetworkSettings pinned = new NetworkSettings(List.of(2), Activation.SIGMOID, Activation.SIGMOID, true,
                Init.UNIFORM, 1, new double[][][] {{{0.5, -0.25}, {1.5, 2}}, {{-1}, {0.75}}},
                new double[][] {{0.1, 0.2}, {0.3}});

        SharedExperiment back = LinkFormat.read(query(LinkFormat.write(new SharedExperiment(Preset.XOR, null,
                null, null, pinned, TRAINING, Preparation.NONE)).query()));

        assertThat(back.network().weights()).isDeepEqualTo(pinned.weights());
        assertThat(back.network().biases()).isDeepEqualTo(pinned.biases());
    }

    @Test
    void the_plain_address_names_no_experiment() {
        assertThat(LinkFormat.read(Map.of())).isNull();
        assertThat(LinkFormat.read(query("utm_source=board"))).isNull();
    }

    @Test
    void a_setting_a_link_leaves_out_is_the_presets_own() {
        SharedExperiment back = LinkFormat.read(query("preset=spirals&lr=0,5"));

        assertThat(back.training().learningRate()).isEqualTo(0.5);
        assertThat(back.options()).isEqualTo(PresetOptions.DEFAULT);
        assertThat(back.network().hidden()).isNotEmpty();
    }

    @Test
    void a_wrong_value_is_refused_naming_its_parameter() {
        assertThatThrownBy(() -> LinkFormat.read(query("preset=xor&lr=abc")))
                .isInstanceOf(ExperimentException.class).hasMessageContaining("lr").hasMessageContaining("abc");
        assertThatThrownBy(() -> LinkFormat.read(query("preset=nope")))
                .isInstanceOf(ExperimentException.class).hasMessageContaining("preset");
        assertThatThrownBy(() -> LinkFormat.read(query("preset=xor&hidden=4-x")))
                .isInstanceOf(ExperimentException.class).hasMessageContaining("hidden");
        assertThatThrownBy(() -> LinkFormat.read(query("preset=xor&it=1e12")))
                .isInstanceOf(ExperimentException.class).hasMessageContaining("it");
    }

    @Test
    void a_link_cut_off_when_it_was_copied_says_its_data_is_damaged() {
        Dataset data = new Dataset(List.of("a", "b"), List.of(List.of("1", "2"), List.of("3", "4")), List.of("a"), "b");
        String query = LinkFormat.write(new SharedExperiment(null, null, data, null, NETWORK, TRAINING, PREPARATION))
                .query();
        String data_ = query.substring("data=".length(), query.indexOf('&'));

        assertThatThrownBy(() -> LinkFormat.read(Map.of("data", List.of(data_.substring(0, data_.length() / 2)))))
                .isInstanceOf(ExperimentException.class).hasMessageContaining("damaged");
    }
}
