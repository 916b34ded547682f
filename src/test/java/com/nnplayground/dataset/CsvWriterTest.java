package com.nnplayground.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void plain_cells_are_joined_by_commas_and_rows_end_with_crlf() {
        String csv = new CsvWriter().row(List.of("x1", "x2", "y")).row(List.of("0", "1", "yes")).toString();

        assertThat(csv).isEqualTo("x1,x2,y\r\n0,1,yes\r\n");
    }

    @Test
    void cells_with_commas_quotes_or_line_breaks_are_quoted_with_quotes_doubled() {
        String csv = new CsvWriter().row(List.of("a,b", "say \"hi\"", "two\nlines", "cr\rhere")).toString();

        assertThat(csv).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\"\r\n");
    }

    @Test
    void a_null_cell_is_written_empty() {
        assertThat(new CsvWriter().row(Arrays.asList("a", null, "c")).toString()).isEqualTo("a,,c\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+1+2", "@SUM(A1:A2)", "-cmd", "-2+3", "\tcalc", "=cmd|' /C calc'!A0"})
    void text_a_spreadsheet_would_run_as_a_formula_is_prefixed_with_a_quote(String cell) {
        assertThat(CsvWriter.field(cell)).startsWith("'" + cell.charAt(0));
    }

    @Test
    void a_hyperlink_formula_is_neutralised_and_quoted() {
        String cell = "=HYPERLINK(\"http://evil.example\",\"click\")";

        assertThat(CsvWriter.field(cell)).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.5", "1e-3", "-1E+5", "+3", "0", "-7"})
    void numbers_stay_as_they_are(String number) {
        assertThat(CsvWriter.field(number)).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-Infinity", "-NaN", "+0x1p3", "-1d"})
    void text_that_only_java_reads_as_a_number_is_neutralised(String cell) {
        assertThat(CsvWriter.field(cell)).isEqualTo("'" + cell);
    }
}
