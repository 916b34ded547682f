package com.nnplayground.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The classic datasets as data/convert.py wrote them from scikit-learn's copies: shapes, names and labels. */
class ClassicDataTest {

    @Test
    void iris_is_150_flowers_of_three_species_measured_in_centimetres() {
        Dataset data = Preset.IRIS.dataset();
        EncodedDataset encoded = DatasetEncoder.encode(data);

        assertThat(data.inputs()).containsExactly("sepal length (cm)", "sepal width (cm)", "petal length (cm)",
                "petal width (cm)");
        assertThat(data.target()).isEqualTo("species");
        assertThat(data.size()).isEqualTo(150);
        assertThat(data.rows().get(0)).containsExactly("5.1", "3.5", "1.4", "0.2", "setosa");
        assertThat(encoded.classes()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(classCounts(encoded)).containsExactly(50, 50, 50);
    }

    @Test
    void wine_is_178_wines_of_three_cultivars_from_13_measurements() {
        Dataset data = Preset.WINE.dataset();
        EncodedDataset encoded = DatasetEncoder.encode(data);

        assertThat(data.inputs()).hasSize(13).startsWith("alcohol", "malic acid").endsWith("proline");
        assertThat(data.target()).isEqualTo("cultivar");
        assertThat(encoded.classes()).containsExactly("class_0", "class_1", "class_2");
        assertThat(classCounts(encoded)).containsExactly(59, 71, 48);
    }

    @Test
    void breast_cancer_is_569_cases_malignant_or_benign_from_30_measurements() {
        Dataset data = Preset.BREAST_CANCER.dataset();
        EncodedDataset encoded = DatasetEncoder.encode(data);

        assertThat(data.inputs()).hasSize(30).startsWith("mean radius", "mean texture").contains("radius error")
                .endsWith("worst fractal dimension");
        assertThat(encoded.kind()).isEqualTo(TargetKind.BINARY);
        assertThat(encoded.classes()).containsExactly("malignant", "benign");
        long benign = Arrays.stream(encoded.y()).filter(y -> y[0] == 1).count();
        assertThat(benign).isEqualTo(357);
        assertThat(data.size() - benign).isEqualTo(212);
    }

    @Test
    void diabetes_is_442_patients_and_a_progression_in_its_own_units() {
        Dataset data = Preset.DIABETES.dataset();
        EncodedDataset encoded = DatasetEncoder.encode(data);

        assertThat(data.inputs()).containsExactly("age", "sex", "bmi", "bp", "s1 total cholesterol", "s2 LDL",
                "s3 HDL", "s4 cholesterol/HDL", "s5 log triglycerides", "s6 blood sugar");
        assertThat(data.rows().get(0)).containsExactly("59", "2", "32.1", "101.0", "157", "93.2", "38.0", "4.0",
                "4.8598", "87", "151");
        assertThat(encoded.kind()).isEqualTo(TargetKind.REGRESSION);
        double[] y = Arrays.stream(encoded.y()).mapToDouble(row -> row[0]).toArray();
        assertThat(Arrays.stream(y).min().orElseThrow()).isEqualTo(25);
        assertThat(Arrays.stream(y).max().orElseThrow()).isEqualTo(346);
    }

    @Test
    void the_digits_are_1797_images_of_8x8_pixels_labelled_0_to_9_in_order() {
        Dataset data = Preset.DIGITS.dataset();
        EncodedDataset encoded = DatasetEncoder.encode(data);

        assertThat(data.size()).isEqualTo(1797);
        assertThat(data.inputs()).hasSize(64).startsWith("pixel_0_0", "pixel_0_1").endsWith("pixel_7_7");
        assertThat(data.targetClasses()).isTrue();
        assertThat(encoded.kind()).isEqualTo(TargetKind.MULTICLASS);
        assertThat(encoded.classes()).containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
        assertThat(Arrays.stream(encoded.x()).flatMapToDouble(Arrays::stream).max().orElseThrow()).isEqualTo(16);
        assertThat(classCounts(encoded)).allSatisfy(n -> assertThat(n).isBetween(174, 183));
    }

    @ParameterizedTest
    @EnumSource(value = Preset.class, names = {"IRIS", "WINE", "BREAST_CANCER", "DIABETES", "DIGITS"})
    void each_classic_table_is_read_once_and_then_shared(Preset preset) {
        assertThat(preset.dataset()).isSameAs(preset.dataset());
    }

    @Test
    void equal_cells_share_one_string_so_the_digits_cost_little_memory() {
        List<List<String>> rows = Preset.DIGITS.dataset().rows();

        assertThat(rows.get(0).get(0)).isSameAs(rows.get(1).get(0));
    }

    private static List<Integer> classCounts(EncodedDataset encoded) {
        int[] counts = new int[encoded.classes().size()];
        for (double[] y : encoded.y()) {
            counts[encoded.classes().indexOf(encoded.classOf(y))]++;
        }
        return Arrays.stream(counts).boxed().toList();
    }
}
