package com.nnplayground.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatasetEncoderTest {

    @Test
    void numeric_inputs_are_taken_as_they_are() {
        EncodedDataset data = DatasetEncoder.encode(table(List.of("0.5", "-2", "1.5"), List.of(" 1e-3 ", "3", "2.5")));

        assertThat(data.x()).isDeepEqualTo(new double[][] {{0.5, -2}, {1e-3, 3}});
    }

    @Test
    void a_numeric_target_with_other_values_than_0_and_1_is_regression() {
        EncodedDataset data = DatasetEncoder.encode(table(List.of("0", "0", "1.5"), List.of("1", "1", "-2")));

        assertThat(data.kind()).isEqualTo(TargetKind.REGRESSION);
        assertThat(data.y()).isDeepEqualTo(new double[][] {{1.5}, {-2}});
        assertThat(data.classes()).isEmpty();
        assertThat(data.classOf(new double[] {0.7})).isNull();
    }

    @Test
    void a_numeric_target_of_only_0_and_1_is_binary() {
        EncodedDataset data = DatasetEncoder.encode(table(List.of("0", "0", "1"), List.of("1", "1", "0.0")));

        assertThat(data.kind()).isEqualTo(TargetKind.BINARY);
        assertThat(data.y()).isDeepEqualTo(new double[][] {{1}, {0}});
        assertThat(data.outputCount()).isEqualTo(1);
        assertThat(data.classOf(new double[] {0.8})).isEqualTo("1");
        assertThat(data.classOf(new double[] {0.2})).isEqualTo("0");
    }

    @Test
    void two_text_labels_are_binary_with_one_output_in_order_of_first_appearance() {
        EncodedDataset data = DatasetEncoder.encode(
                table(List.of("0", "0", "no"), List.of("1", "1", "yes"), List.of("2", "2", " no ")));

        assertThat(data.kind()).isEqualTo(TargetKind.BINARY);
        assertThat(data.classes()).containsExactly("no", "yes");
        assertThat(data.y()).isDeepEqualTo(new double[][] {{0}, {1}, {0}});
        assertThat(data.classOf(new double[] {0.9})).isEqualTo("yes");
    }

    @Test
    void numbers_marked_as_class_labels_are_classes_in_numeric_order() {
        List<List<String>> rows = List.of(List.of("1", "10"), List.of("2", "9"), List.of("3", "2"), List.of("4", "9"));
        Dataset data = new Dataset(List.of("x", "digit"), rows, List.of("x"), "digit", true);

        EncodedDataset encoded = DatasetEncoder.encode(data);

        assertThat(encoded.kind()).isEqualTo(TargetKind.MULTICLASS);
        assertThat(encoded.classes()).containsExactly("2", "9", "10");
        assertThat(encoded.y()[0]).containsExactly(0, 0, 1);
        assertThat(encoded.y()[1]).containsExactly(0, 1, 0);
    }

    @Test
    void three_text_labels_are_one_hot() {
        EncodedDataset data = DatasetEncoder.encode(
                table(List.of("0", "0", "A"), List.of("1", "1", "B"), List.of("2", "2", "C"), List.of("3", "3", "B")));

        assertThat(data.kind()).isEqualTo(TargetKind.MULTICLASS);
        assertThat(data.classes()).containsExactly("A", "B", "C");
        assertThat(data.y()).isDeepEqualTo(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {0, 1, 0}});
        assertThat(data.classOf(new double[] {0.1, 0.2, 0.7})).isEqualTo("C");
    }

    @Test
    void only_the_chosen_inputs_are_encoded_in_their_order() {
        Dataset data = new Dataset(List.of("a", "b", "c", "y"),
                List.of(List.of("1", "2", "3", "0"), List.of("4", "5", "6", "1")), List.of("c", "a"), "y");

        assertThat(DatasetEncoder.encode(data).x()).isDeepEqualTo(new double[][] {{3, 1}, {6, 4}});
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1,5", "0x10", "1f", "2d", "1_000"})
    void a_non_numeric_input_names_its_row_and_column(String cell) {
        Dataset data = table(List.of("0", "0", "1"), List.of("1", cell, "0"));

        assertThatThrownBy(() -> DatasetEncoder.encode(data)).isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("Row 2, column 'b': ")
                .hasMessageContaining("not a number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void an_empty_input_names_its_row_and_column(String cell) {
        Dataset data = table(List.of(cell, "0", "1"), List.of("1", "1", "0"));

        assertThatThrownBy(() -> DatasetEncoder.encode(data)).isInstanceOf(DatasetException.class)
                .hasMessage("Row 1, column 'a': the value is empty.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e400"})
    void a_non_finite_input_names_its_row_and_column(String cell) {
        Dataset data = table(List.of("0", "0", "1"), List.of("1", "1", "0"), List.of("2", cell, "1"));

        assertThatThrownBy(() -> DatasetEncoder.encode(data)).isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("Row 3, column 'b': ")
                .hasMessageContaining("not a finite number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity"})
    void a_non_finite_value_in_a_numeric_target_names_its_row_and_column(String cell) {
        Dataset data = table(List.of("0", "0", "0.5"), List.of("1", "1", cell), List.of("2", "2", "1.5"));

        assertThatThrownBy(() -> DatasetEncoder.encode(data)).isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("Row 2, column 'y': ")
                .hasMessageContaining("not a finite number");
    }

    @Test
    void an_empty_text_target_names_its_row_and_column() {
        Dataset data = table(List.of("0", "0", "A"), List.of("1", "1", ""), List.of("2", "2", "B"));

        assertThatThrownBy(() -> DatasetEncoder.encode(data)).isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("Row 2, column 'y': ")
                .hasMessageContaining("empty");
    }

    @Test
    void an_empty_cell_in_a_numeric_target_names_its_row_and_column() {
        Dataset data = table(List.of("0", "0", "0.5"), List.of("1", "1", " "), List.of("2", "2", "1.5"));

        assertThatThrownBy(() -> DatasetEncoder.encode(data)).isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("Row 2, column 'y': ")
                .hasMessageContaining("empty");
    }

    @Test
    void a_ragged_row_is_named() {
        Dataset data = table(List.of("0", "0", "1"), List.of("1", "0"));

        assertThatThrownBy(() -> DatasetEncoder.encode(data)).isInstanceOf(DatasetException.class)
                .hasMessage("Row 2 has 2 values, expected 3.");
    }

    @Test
    void a_text_target_with_one_class_is_refused() {
        Dataset data = table(List.of("0", "0", "cat"), List.of("1", "1", "cat"));

        assertThatThrownBy(() -> DatasetEncoder.encode(data)).isInstanceOf(DatasetException.class)
                .hasMessageContaining("only one class ('cat')");
    }

    @Test
    void a_column_that_is_input_and_target_is_refused() {
        Dataset data = new Dataset(List.of("a", "y"), List.of(List.of("1", "0")), List.of("a", "y"), "y");

        assertThatThrownBy(() -> DatasetEncoder.encode(data)).isInstanceOf(DatasetException.class)
                .hasMessageContaining("'y' cannot be both an input and the target");
    }

    @Test
    void a_dataset_without_rows_is_refused() {
        Dataset data = new Dataset(List.of("a", "b", "y"), List.of(), List.of("a", "b"), "y");

        assertThatThrownBy(() -> DatasetEncoder.encode(data)).isInstanceOf(DatasetException.class)
                .hasMessageContaining("no rows");
    }

    @Test
    void a_missing_target_or_input_column_is_named() {
        List<List<String>> rows = List.of(List.of("1", "2", "0"));
        Dataset noTarget = new Dataset(List.of("a", "b", "y"), rows, List.of("a"), "z");
        Dataset noInput = new Dataset(List.of("a", "b", "y"), rows, List.of("q"), "y");
        Dataset noInputs = new Dataset(List.of("a", "b", "y"), rows, List.of(), "y");

        assertThatThrownBy(() -> DatasetEncoder.encode(noTarget)).hasMessageContaining("target column 'z'");
        assertThatThrownBy(() -> DatasetEncoder.encode(noInput)).hasMessageContaining("input column 'q'");
        assertThatThrownBy(() -> DatasetEncoder.encode(noInputs)).hasMessageContaining("No input column");
    }

    /** Columns a, b (inputs) and y (target). */
    private static Dataset table(List<String>... rows) {
        return new Dataset(List.of("a", "b", "y"), Arrays.asList(rows), List.of("a", "b"), "y");
    }
}
