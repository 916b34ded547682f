package com.nnplayground.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PresetTest {

    @Test
    void the_seed_xor_is_the_seed_articles_table() {
        Dataset data = Preset.XOR_SEED.dataset();

        assertThat(data.columns()).containsExactly("x1", "x2", "x3", "y");
        assertThat(data.inputs()).containsExactly("x1", "x2", "x3");
        assertThat(data.rows()).containsExactly(List.of("0", "0", "1", "0"), List.of("0", "1", "1", "1"),
                List.of("1", "0", "1", "1"), List.of("1", "1", "1", "0"));
    }

    @ParameterizedTest
    @EnumSource(value = Preset.class, names = {"AND", "OR", "XOR"})
    void the_gates_are_their_truth_tables(Preset gate) {
        Dataset data = gate.dataset();

        assertThat(data.columns()).containsExactly("x1", "x2", "y");
        assertThat(data.size()).isEqualTo(4);
        for (List<String> row : data.rows()) {
            boolean a = row.get(0).equals("1");
            boolean b = row.get(1).equals("1");
            boolean expected = switch (gate) {
                case AND -> a && b;
                case OR -> a || b;
                default -> a ^ b;
            };
            assertThat(row.get(2)).as("%s of %s", gate, row).isEqualTo(expected ? "1" : "0");
        }
    }

    @ParameterizedTest
    @EnumSource(value = Preset.class, names = {"CIRCLES", "SPIRALS", "MOONS"})
    void the_two_class_planes_have_two_inputs_and_both_classes_equally(Preset preset) {
        Dataset data = preset.dataset(new PresetOptions(60, 0.05, 3));
        EncodedDataset encoded = DatasetEncoder.encode(data);

        assertThat(data.inputs()).containsExactly("x1", "x2");
        assertThat(data.size()).isEqualTo(60);
        assertThat(encoded.kind()).isEqualTo(TargetKind.BINARY);
        assertThat(data.rows().stream().filter(r -> r.get(2).equals("1")).count()).isEqualTo(30);
    }

    @Test
    void clusters_are_three_classes_of_two_inputs() {
        Dataset data = Preset.CLUSTERS.dataset(new PresetOptions(90, 0.1, 3));
        EncodedDataset encoded = DatasetEncoder.encode(data);

        assertThat(data.size()).isEqualTo(90);
        assertThat(encoded.kind()).isEqualTo(TargetKind.MULTICLASS);
        assertThat(encoded.classes()).containsExactly("A", "B", "C");
        assertThat(encoded.inputCount()).isEqualTo(2);
    }

    @Test
    void sine_is_one_input_to_one_number_along_the_sine() {
        Dataset data = Preset.SINE.dataset(new PresetOptions(50, 0, 3));
        EncodedDataset encoded = DatasetEncoder.encode(data);

        assertThat(encoded.kind()).isEqualTo(TargetKind.REGRESSION);
        assertThat(encoded.inputCount()).isEqualTo(1);
        assertThat(data.size()).isEqualTo(50);
        for (int r = 0; r < encoded.x().length; r++) {
            assertThat(encoded.y()[r][0]).isCloseTo(Math.sin(encoded.x()[r][0]), org.assertj.core.api.Assertions.within(1e-3));
        }
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void every_preset_encodes_without_error(Preset preset) {
        assertThat(DatasetEncoder.encode(preset.dataset()).x()).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Preset.class, names = {"CIRCLES", "SPIRALS", "CLUSTERS", "MOONS", "SINE"})
    void generated_presets_repeat_for_equal_options_and_differ_for_another_seed(Preset preset) {
        assertThat(preset.generated()).isTrue();
        Dataset first = preset.dataset(new PresetOptions(40, 0.1, 5));

        assertThat(preset.dataset(new PresetOptions(40, 0.1, 5))).isEqualTo(first);
        assertThat(preset.dataset(new PresetOptions(40, 0.1, 6)).rows()).isNotEqualTo(first.rows());
    }

    @Test
    void only_the_generated_presets_say_so() {
        Set<Preset> fixed = java.util.Arrays.stream(Preset.values()).filter(p -> !p.generated())
                .collect(Collectors.toSet());

        assertThat(fixed).containsExactlyInAnyOrder(Preset.XOR_SEED, Preset.AND, Preset.OR, Preset.XOR, Preset.IRIS,
                Preset.WINE, Preset.BREAST_CANCER, Preset.DIABETES, Preset.DIGITS);
    }

    @ParameterizedTest
    @EnumSource(Preset.class)
    void every_preset_says_where_it_comes_from_and_has_an_id_that_leads_back_to_it(Preset preset) {
        assertThat(preset.source()).isNotBlank().endsWith(".");
        assertThat(Preset.fromId(preset.id())).isEqualTo(preset);
    }

    @Test
    void an_unknown_preset_id_lists_the_known_ones() {
        assertThatThrownBy(() -> Preset.fromId("irs")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'irs'").hasMessageContaining("iris, wine, breast-cancer, diabetes, digits");
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 0, -1})
    void options_refuse_fewer_than_4_rows(int size) {
        assertThatThrownBy(() -> new PresetOptions(size, 0.1, 0)).isInstanceOf(DatasetException.class)
                .hasMessageContaining("at least 4 rows");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY})
    void options_refuse_noise_outside_0_to_1(double noise) {
        assertThatThrownBy(() -> new PresetOptions(10, noise, 0)).isInstanceOf(DatasetException.class)
                .hasMessageContaining("between 0 and 1");
    }

    @Test
    void options_take_the_bounds_themselves() {
        assertThat(new PresetOptions(4, 0, 0).size()).isEqualTo(4);
        assertThat(new PresetOptions(4, 1, 0).noise()).isEqualTo(1);
    }
}
