package com.nnplayground.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ways spreadsheets and people write a CSV, each read into the same kind of table. */
class CsvImportDialectTest {

    static ImportedTable read(String text) {
        return CsvImport.read(text.getBytes(StandardCharsets.UTF_8), ImportLimits.DEFAULT);
    }

    @Test
    void a_comma_file_with_a_header_proposes_the_text_column_as_target() {
        ImportedTable table = read("""
                sepal_length,sepal_width,species
                5.1,3.5,setosa
                7.0,3.2,versicolor
                6.3,3.3,virginica
                """);

        Dataset data = table.dataset();
        assertThat(data.columns()).containsExactly("sepal_length", "sepal_width", "species");
        assertThat(data.rows()).containsExactly(List.of("5.1", "3.5", "setosa"), List.of("7.0", "3.2", "versicolor"),
                List.of("6.3", "3.3", "virginica"));
        assertThat(data.target()).isEqualTo("species");
        assertThat(data.inputs()).containsExactly("sepal_length", "sepal_width");
        assertThat(table.notes()).startsWith("Comma-separated, header row detected, 3 rows, 3 columns")
                .contains("Column 'species' is text: used as class labels.");
    }

    @Test
    void a_semicolon_file_with_decimal_commas_is_read_as_decimal_points() {
        ImportedTable table = read("""
                x;y;label
                1,5;-2,25;a
                3;4,0e1;b
                """);

        assertThat(table.dataset().rows()).containsExactly(List.of("1.5", "-2.25", "a"), List.of("3", "4.0e1", "b"));
        assertThat(table.notes()).startsWith("Semicolon-separated, header row detected, 2 rows, 3 columns")
                .contains("Decimal commas are read as decimal points (1,5 is 1.5).");
        assertThat(DatasetEncoder.encode(table.dataset()).x()[0]).containsExactly(1.5, -2.25);
    }

    @Test
    void a_tab_separated_paste_from_a_spreadsheet_is_read() {
        ImportedTable table = CsvImport.read("a\tb\ty\n1\t2\t0\n3\t4\t1\n", ImportLimits.DEFAULT);

        assertThat(table.dataset().columns()).containsExactly("a", "b", "y");
        assertThat(table.dataset().target()).isEqualTo("y");
        assertThat(table.notes().get(0)).startsWith("Tab-separated, header row detected");
    }

    @Test
    void a_file_without_header_gets_numbered_column_names() {
        ImportedTable table = read("0,0,0\n0,1,1\n1,0,1\n1,1,0\n");

        assertThat(table.dataset().columns()).containsExactly("column 1", "column 2", "column 3");
        assertThat(table.dataset().size()).isEqualTo(4);
        assertThat(table.dataset().target()).isEqualTo("column 3");
        assertThat(table.notes().get(0)).contains("no header row");
    }

    @Test
    void a_text_first_row_over_text_labels_is_still_a_header_because_the_other_columns_are_numbers() {
        ImportedTable table = read("height,kind\n1.2,cat\n0.4,mouse\n");

        assertThat(table.dataset().columns()).containsExactly("height", "kind");
        assertThat(table.dataset().size()).isEqualTo(2);
    }

    @Test
    void quoted_fields_keep_their_commas_quotes_and_newlines() {
        ImportedTable table = read("\"size, in cm\",\"the \"\"kind\"\"\",note\n"
                + "1,\"big, round\",ok\n"
                + "2,\"say \"\"hi\"\"\",\"two\nlines\"\n");

        Dataset data = table.dataset();
        assertThat(data.columns()).containsExactly("size, in cm", "the \"kind\"", "note");
        assertThat(data.rows()).containsExactly(List.of("1", "big, round", "ok"),
                List.of("2", "say \"hi\"", "two\nlines"));
        assertThat(data.target()).isEqualTo("note");
        assertThat(data.inputs()).containsExactly("size, in cm", "the \"kind\"");
    }

    @Test
    void a_utf8_byte_order_mark_is_not_part_of_the_first_column_name() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "température,y\n1,0\n2,1\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, 3);
        System.arraycopy(body, 0, content, 3, body.length);

        assertThat(CsvImport.read(content, ImportLimits.DEFAULT).dataset().columns()).containsExactly("température", "y");
    }

    @Test
    void utf16_with_a_byte_order_mark_as_excel_saves_unicode_text_is_read() {
        byte[] content = "\uFEFFa\tb\n1\t0\n2\t1\n".getBytes(StandardCharsets.UTF_16LE);

        assertThat(CsvImport.read(content, ImportLimits.DEFAULT).dataset().columns()).containsExactly("a", "b");
    }

    @Test
    void windows_line_endings_leave_no_carriage_return_in_cells() {
        ImportedTable table = read("a,label\r\n1,x\r\n2,y\r\n");

        assertThat(table.dataset().rows()).containsExactly(List.of("1", "x"), List.of("2", "y"));
    }

    @Test
    void blank_lines_at_the_end_and_empty_spreadsheet_rows_are_ignored() {
        ImportedTable table = read("a;b\n1;0\n\n2;1\n;\n\n   \n\n");

        assertThat(table.dataset().rows()).containsExactly(List.of("1", "0"), List.of("2", "1"));
    }

    @Test
    void spaces_around_cells_and_quoted_fields_are_trimmed() {
        ImportedTable table = read(" a , label \n  1.5 ,  \"x, y\"  \n 2 , z\n");

        assertThat(table.dataset().columns()).containsExactly("a", "label");
        assertThat(table.dataset().rows()).containsExactly(List.of("1.5", "x, y"), List.of("2", "z"));
    }

    @Test
    void an_excel_sep_line_names_the_separator_and_is_not_a_row() {
        ImportedTable table = read("sep=;\r\na;b\r\n1,5;0\r\n2;1\r\n");

        assertThat(table.dataset().columns()).containsExactly("a", "b");
        assertThat(table.dataset().rows()).containsExactly(List.of("1.5", "0"), List.of("2", "1"));
    }

    @Test
    void empty_and_duplicate_header_names_are_made_unique_with_a_note() {
        ImportedTable table = read("x,,x,y\n1,2,3,0\n4,5,6,1\n");

        assertThat(table.dataset().columns()).containsExactly("x", "column 2", "x (2)", "y");
        assertThat(table.notes()).contains("Column 2 has no name in the header: it is called 'column 2'.",
                "Column 3 is also named 'x': it is called 'x (2)'.");
    }

    @Test
    void empty_columns_a_spreadsheet_adds_at_the_end_are_left_out() {
        ImportedTable table = read("a;b;;\n1;0;;\n2;1;;\n");

        assertThat(table.dataset().columns()).containsExactly("a", "b");
        assertThat(table.notes()).contains("Column 3 is empty: left out.", "Column 4 is empty: left out.");
    }

    @Test
    void with_several_text_columns_the_last_column_is_the_target_and_the_other_text_columns_are_inputs() {
        ImportedTable table = read("name,x,colour,y\nann,1,red,0\nbob,2,blue,1\n");

        assertThat(table.dataset().target()).isEqualTo("y");
        assertThat(table.dataset().inputs()).containsExactly("name", "x", "colour");
    }

    @Test
    void a_text_column_with_too_many_values_to_one_hot_is_ignored_with_a_note() {
        StringBuilder csv = new StringBuilder("id,x,y\n");
        for (int i = 0; i < 60; i++) {
            csv.append("row").append(i).append(',').append(i).append(',').append(i % 2).append('\n');
        }
        ImportedTable table = read(csv.toString());

        assertThat(table.dataset().inputs()).containsExactly("x");
        assertThat(table.notes()).contains("Column 'id' is text with 60 different values: ignored (too many to"
                + " one-hot encode; an id or a name?).");
    }

    @Test
    void the_same_table_typed_as_text_reads_like_the_file() {
        String csv = "a,b,label\n1,2,x\n3,4,y\n";

        assertThat(CsvImport.read(csv, ImportLimits.DEFAULT)).isEqualTo(read(csv));
    }
}
