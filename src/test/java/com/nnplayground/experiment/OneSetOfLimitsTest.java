package com.nnplayground.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nnplayground.dataset.CsvImport;
import com.nnplayground.dataset.CsvWriter;
import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.DatasetEncoder;
import com.nnplayground.dataset.DatasetException;
import com.nnplayground.dataset.ImportLimits;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The tables a hostile student tried (issue 17): whether they come as a CSV file or as an experiment file, the
 * same sizes are refused with the same words, and before the big things are built.
 */
class OneSetOfLimitsTest {

    /** A table of {@code rows} x {@code columns} numbers whose last column is the target (0 or 1). */
    private static Dataset table(int rows, int columns) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            names.add("c" + c);
        }
        List<List<String>> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(c == columns - 1 ? Integer.toString(r % 2) : Integer.toString((r * 7 + c) % 10));
            }
            cells.add(row);
        }
        return new Dataset(names, cells, names.subList(0, columns - 1), names.get(columns - 1));
    }

    private static String csv(Dataset data) {
        CsvWriter csv = new CsvWriter().row(data.columns());
        data.rows().forEach(csv::row);
        return csv.toString();
    }

    private static String experimentFile(Dataset data) {
        return ExperimentJson.write(new Experiment(data, NetworkSettings.seedArticle(), TrainingSettings.seedArticle()));
    }

    private static String csvRefusal(Dataset data) {
        return refusal(() -> CsvImport.read(csv(data), new ImportLimits(64L << 20, 10_000, 200)));
    }

    private static String fileRefusal(Dataset data) {
        return refusal(() -> ExperimentJson.read(experimentFile(data)));
    }

    private static String refusal(Supplier<?> read) {
        try {
            read.get();
        } catch (DatasetException | ExperimentException e) {
            return e.getMessage();
        }
        throw new AssertionError("not refused");
    }

    /** Bytes this thread allocated while {@code action} ran: what it built, garbage included. */
    private static long allocated(Runnable action) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        try {
            action.run();
        } catch (RuntimeException refused) {
            // measured all the same
        }
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    @Test
    void ten_thousand_columns_are_refused_alike_by_the_csv_import_and_the_experiment_file() {
        Dataset wide = table(20, 10_000);
        assertThat(csvRefusal(wide)).isEqualTo("Line 1 has 10,000 columns; the limit is 200.");
        assertThat(fileRefusal(wide)).isEqualTo("dataset.columns: 10,000 columns; the limit is 200");
    }

    @Test
    void sixty_thousand_rows_are_refused_alike() {
        Dataset tall = table(60_000, 3);
        assertThat(csvRefusal(tall)).isEqualTo("The file has 60,000 data rows; the limit is 10,000.");
        assertThat(fileRefusal(tall)).isEqualTo("dataset.rows: 60,000 data rows; the limit is 10,000");
    }

    @Test
    void the_experiment_file_is_refused_from_its_tokens_before_its_tree_is_built() {
        String file = experimentFile(table(60_000, 3));
        long refusing = allocated(() -> ExperimentJson.read(file));
        long reading = allocated(() -> ExperimentJson.read(file, ImportLimits.COMMAND_LINE));
        assertThat(reading).as("reading the whole file").isGreaterThan(20L << 20);
        assertThat(refusing).as("refusing it").isLessThan(reading / 10);
    }

    @Test
    void a_too_long_cell_is_refused_alike() {
        Dataset data = table(5, 3);
        List<List<String>> rows = new ArrayList<>(data.rows());
        rows.set(2, List.of("1", "x".repeat(5000), "0"));
        Dataset longCell = new Dataset(data.columns(), rows, data.inputs(), data.target());
        assertThat(csvRefusal(longCell)).isEqualTo("Line 4, column 2: the value is 5,000 characters long; the limit is 1,000.");
        assertThat(fileRefusal(longCell)).isEqualTo("dataset.rows[2][1]: the value is 5,000 characters long; the limit is 1,000");
    }

    @Test
    void a_target_with_thousands_of_labels_is_refused_alike_with_the_class_limit() {
        Dataset data = table(5_000, 3);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < data.size(); r++) {
            rows.add(List.of(data.rows().get(r).get(0), data.rows().get(r).get(1), "id-" + r));
        }
        Dataset ids = new Dataset(data.columns(), rows, data.inputs(), data.target());
        String words = "The target column 'c2' holds 5,000 different labels; at most 100 classes can be learned here.";
        assertThat(csvRefusal(ids)).startsWith(words);
        assertThat(fileRefusal(ids)).startsWith("dataset.target: " + words);
        assertThat(refusal(() -> CsvImport.read(csv(ids), new ImportLimits(1 << 20, 10_000, 200, 1000))))
                .contains("5,000 different labels; at most 1,000 classes");
    }

    @Test
    void encoding_a_target_of_ten_thousand_labels_is_refused_before_its_rows_x_classes_numbers_exist() {
        Dataset data = table(10_000, 3);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < data.size(); r++) {
            rows.add(List.of(data.rows().get(r).get(0), data.rows().get(r).get(1), "id-" + r));
        }
        Dataset ids = new Dataset(data.columns(), rows, data.inputs(), data.target());
        // built, y alone would be 10,000 rows x 10,000 classes x 8 bytes = 800 MB
        long spent = allocated(() -> DatasetEncoder.encode(ids));
        assertThatThrownBy(() -> DatasetEncoder.encode(ids)).isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("The target column 'c2' holds 10,000 different labels; at most 1,000 classes");
        assertThat(spent).isLessThan(50L << 20);
    }

    @Test
    void a_server_with_lower_limits_refuses_an_experiment_file_the_defaults_allow() {
        String file = experimentFile(table(500, 3));
        assertThat(ExperimentJson.read(file).dataset().size()).isEqualTo(500);
        assertThatThrownBy(() -> ExperimentJson.read(file, new ImportLimits(1 << 20, 100, 200)))
                .hasMessage("dataset.rows: 500 data rows; the limit is 100");
    }

    @Test
    void the_command_line_reads_what_a_page_may_not() {
        assertThat(ExperimentJson.read(experimentFile(table(12_000, 3)), ImportLimits.COMMAND_LINE).dataset().size())
                .isEqualTo(12_000);
    }
}
