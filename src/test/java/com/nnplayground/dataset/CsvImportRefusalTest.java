package com.nnplayground.dataset;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each way a CSV can be unusable, refused with a message that says what is wrong and where. */
class CsvImportRefusalTest {

    static void refused(String csv, String message) {
        assertThatThrownBy(() -> CsvImport.read(csv.getBytes(StandardCharsets.UTF_8), ImportLimits.DEFAULT))
                .isExactlyInstanceOf(DatasetException.class).hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\n", " \r\n\t\r\n", "\uFEFF", ";;;\n;;\n"})
    void an_empty_or_blank_file_is_empty(String csv) {
        refused(csv, "The file is empty.");
    }

    @Test
    void a_header_without_data_rows_is_refused() {
        refused("x,y,label\n\n", "The file has a header row but no data rows.");
    }

    @Test
    void a_row_with_too_few_fields_names_its_line_and_data_row() {
        refused("a,b,c,d\n1,2,3,4\n1,2,3,4\n1,2,3,4\n1,2,3,4\n1,2,3,4\n1,2,3\n",
                "Line 7 (data row 6) has 3 fields, expected 4 (as in the header).");
    }

    @Test
    void a_row_with_too_many_fields_in_a_file_without_header_compares_with_line_1() {
        refused("1,2,0\n3,4,1\n5,6,0,9\n", "Line 3 (data row 3) has 4 fields, expected 3 (as in line 1).");
    }

    @Test
    void blank_lines_count_in_line_numbers_but_not_in_data_rows() {
        refused("x,y\n1,0\n\nabc,1\n2,0\n", "Line 4 (data row 2), column 'x': 'abc' is not a number.");
    }

    @Test
    void text_in_a_numeric_column_names_line_column_and_value() {
        StringBuilder csv = new StringBuilder("sepal_length,petal_length,species\n");
        for (int i = 2; i <= 11; i++) {
            csv.append("5.1,1.4,setosa\n");
        }
        csv.append("4.9,abc,setosa\n6.0,4.5,versicolor\n");
        refused(csv.toString(), "Line 12 (data row 11), column 'petal_length': 'abc' is not a number.");
    }

    @Test
    void an_empty_cell_in_a_numeric_column_is_refused() {
        refused("x,y\n1,0\n2,1\n3,0\n,1\n", "Line 5 (data row 4), column 'x': the value is empty.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "1e999", "inf"})
    void values_that_are_not_finite_numbers_are_refused(String value) {
        refused("x,y\n1,0\n2,1\n" + value + ",0\n", "Line 4 (data row 3), column 'x': '" + value
                + "' is not a finite number.");
    }

    @Test
    void a_decimal_comma_in_a_comma_file_is_not_a_number() {
        refused("x,y\n1,0\n2,1\n\"1,5\",0\n", "Line 4 (data row 3), column 'x': '1,5' is not a number.");
    }

    @Test
    void a_proposed_text_target_with_one_class_has_nothing_to_learn() {
        refused("x,label\n1,a\n2,a\n3,a\n", "Column 'label' has only one class ('a'): nothing to learn.");
    }

    @Test
    void a_proposed_numeric_target_with_one_value_has_nothing_to_learn() {
        refused("x,y\n1,1\n2,1.0\n", "Column 'y' has only one value (1): nothing to learn.");
    }

    @Test
    void an_empty_class_label_in_the_proposed_target_is_refused() {
        refused("x,label\n1,a\n2,\n3,b\n", "Line 3 (data row 2), column 'label': the target is empty.");
    }

    @Test
    void the_target_check_refuses_a_target_the_user_picks_later() {
        Dataset data = new Dataset(List.of("x", "kind", "y"), List.of(List.of("1", "cat", "0"),
                List.of("2", "cat", "1")), List.of("x"), "kind");

        assertThatThrownBy(() -> TargetCheck.check(data))
                .hasMessage("Column 'kind' has only one class ('cat'): nothing to learn.");
        TargetCheck.check(new Dataset(data.columns(), data.rows(), List.of("x"), "y"));
    }

    @Test
    void a_file_over_the_size_limit_says_its_size_and_the_limit() {
        assertThatThrownBy(() -> CsvImport.checkSize(13_002_342, ImportLimits.DEFAULT))
                .isExactlyInstanceOf(DatasetException.class).hasMessage("The file is 12.4 MB; the limit is 5 MB.");
        assertThatThrownBy(() -> CsvImport.read(new byte[5 * 1024 * 1024 + 1], ImportLimits.DEFAULT))
                .hasMessage("The file is 5,242,881 bytes; the limit is 5,242,880 bytes.");
        CsvImport.checkSize(5 * 1024 * 1024, ImportLimits.DEFAULT);
    }

    @Test
    void pasted_text_over_the_size_limit_is_refused_too() {
        ImportLimits limits = new ImportLimits(2048, 100, 10);
        assertThatThrownBy(() -> CsvImport.read("x,y\n" + "1,0\n".repeat(1000), limits))
                .hasMessage("The file is 3.9 KB; the limit is 2 KB.");
    }

    @Test
    void nul_bytes_are_binary_data() {
        refused("x,y\n1,\0\0\n", "This is not a text CSV file (it contains binary data).");
    }

    @Test
    void bytes_that_are_not_utf8_among_control_characters_are_binary_data() {
        byte[] content = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3, (byte) 0xFF, 4, 5};
        assertThatThrownBy(() -> CsvImport.read(content, ImportLimits.DEFAULT))
                .hasMessage("This is not a text CSV file (it contains binary data).");
    }

    @Test
    void text_made_mostly_of_control_characters_is_binary_data() {
        refused("x,y\n\u0001\u0002\u0003\u0004,\u0005\n", "This is not a text CSV file (it contains binary data).");
    }

    @Test
    void a_latin1_file_from_an_old_spreadsheet_is_refused_with_how_to_save_it() {
        byte[] content = "x;label\n1;caf\u00e9\n2;th\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvImport.read(content, ImportLimits.DEFAULT))
                .hasMessage("Line 2 holds a byte (0xE9) that is not UTF-8 text. Save the file from the spreadsheet"
                        + " as \"CSV UTF-8\" and import it again.");
    }

    @Test
    void more_data_rows_than_the_limit_says_the_count_and_the_limit() {
        ImportLimits limits = new ImportLimits(1 << 20, 100, 10);
        assertThatThrownBy(() -> CsvImport.read("x,y\n" + "1,0\n2,1\n".repeat(60), limits))
                .hasMessage("The file has 120 data rows; the limit is 100.");
        assertThat(CsvImport.read("x,y\n" + "1,0\n2,1\n".repeat(50), limits).dataset().size()).isEqualTo(100);
    }

    @Test
    void more_columns_than_the_limit_says_the_count_and_the_limit() {
        ImportLimits limits = new ImportLimits(1 << 20, 100, 10);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            names.add("c" + i);
        }
        assertThatThrownBy(() -> CsvImport.read(String.join(",", names) + "\n", limits))
                .hasMessage("Line 1 has 12 columns; the limit is 10.");
    }

    @Test
    void a_very_long_cell_is_refused_with_its_line_and_column() {
        refused("x,label\n1,a\n2," + "b".repeat(1001) + "\n",
                "Line 3, column 2: the value is 1,001 characters long; the limit is 1,000.");
    }

    @Test
    void an_unclosed_quote_names_its_line() {
        refused("x,label\n1,a\n2,b\n3,c\n4,d\n5,e\n6,f\n7,\"g\n8,h\n", "Line 8: a quoted field is not closed.");
    }

    @Test
    void text_after_a_closing_quote_names_its_line() {
        refused("x,label\n1,\"a\"b\n", "Line 2: a quoted field has text after its closing quote (inside quotes,"
                + " write a quote as two quotes \"\").");
    }

    @Test
    void a_single_column_has_no_inputs() {
        refused("x\n1\n2\n", "Only one column was found (the separator can be a comma, a semicolon or a tab):"
                + " a dataset needs at least one input column and a target column.");
    }

    @Test
    void a_table_whose_only_input_is_an_id_column_has_no_usable_input() {
        StringBuilder csv = new StringBuilder("id,label\n");
        for (int i = 0; i < 60; i++) {
            csv.append("row").append(i).append(',').append(i % 2 == 0 ? "a" : "b").append('\n');
        }
        refused(csv.toString(), "No column besides the target 'label' can be an input: the others are text with"
                + " too many different values.");
    }
}
