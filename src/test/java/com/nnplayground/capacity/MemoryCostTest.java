package com.nnplayground.capacity;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.ImportLimits;
import com.nnplayground.dataset.Scaling;
import com.nnplayground.dataset.ui.DatasetPanel;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.NetworkSettings;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.TrainingSettings;
import com.vaadin.flow.component.UI;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The estimates of {@link MemoryCost} against what building the things costs on this JVM: never below it (a budget
 * that underestimates lets the heap fill), and not wildly above it (a budget that overestimates refuses honest
 * work). If the engine's or the editor's memory changes, these fail and the constants need measuring again.
 */
class MemoryCostTest {

    /**
     * Bytes this thread allocates while building {@code what}: for the engine's arrays, built once and kept, what
     * they hold (a run's peak: its training arrays and a pass over every row, at the end).
     */
    private static <T> long allocated(Supplier<T> what, List<Object> keep) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        keep.add(what.get());
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    static Dataset table(int rows, int inputs, int classes, long seed) {
        Random random = new Random(seed);
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < inputs; c++) {
            columns.add("x" + c);
        }
        columns.add("label");
        List<List<String>> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < inputs; c++) {
                row.add(String.format("%.3f", random.nextDouble()));
            }
            row.add("class" + random.nextInt(classes));
            cells.add(row);
        }
        return new Dataset(columns, cells, columns.subList(0, inputs), "label");
    }

    @ParameterizedTest(name = "{0} rows, {1} inputs, hidden {2}, {3} classes, batch {4}, {5}")
    @CsvSource({
            "2000, 8, 64;64, 3, 0, ADAM",
            "5000, 4, 256, 2, 64, SGD",
            "1000, 20, 32;32;32;32, 10, 0, MOMENTUM",
            "10000, 2, 16, 2, 0, SGD",
            "3000, 10, 128;128;128, 4, 32, ADAM"})
    void a_run_costs_what_its_estimate_says(int rows, int inputs, String hidden, int classes, int batch,
                                            OptimizerKind optimizer) {
        List<Integer> layers = java.util.Arrays.stream(hidden.split(";")).map(Integer::valueOf).toList();
        Experiment e = new Experiment(table(rows, inputs, classes, 7),
                new NetworkSettings(layers, Activation.TANH, classes > 2 ? Activation.SOFTMAX : Activation.SIGMOID,
                        true, Init.XAVIER, 1, null, null),
                new TrainingSettings(classes > 2 ? Loss.CROSS_ENTROPY : Loss.BCE, optimizer, 0.1, 10,
                        batch, 0));
        List<Object> keep = new ArrayList<>();
        PreparedExperiment prepared = PreparedExperiment.of(e);
        long training = allocated(prepared::newTraining, keep);
        long predict = allocated(() -> prepared.start().predict(prepared.data().x()), keep);
        // the encoded rows the run keeps: one array of numbers per row for x and for y
        long data = (long) rows * ((inputs + prepared.data().outputCount()) * Double.BYTES + 2 * 24);
        assertWithin(MemoryCost.run(prepared), data + training + predict, "run " + hidden);
    }

    private static void assertWithin(long estimate, long measured, String what) {
        assertThat((double) estimate / measured).as("%s: estimate %d KB, built %d KB", what, estimate / 1024,
                measured / 1024).isBetween(1.0, 1.5);
    }

    /** What the page holds for a table (its model, the editor's rows and columns), measured as the heap it adds. */
    @Test
    void a_table_costs_what_its_estimate_says() throws Exception {
        MockVaadin.setup();
        try {
            DatasetPanel panel = new DatasetPanel(new ImportLimits(1 << 30, 100_000, 1000));
            UI.getCurrent().add(panel);
            Dataset small = table(4, 2, 2, 1);
            for (int[] shape : new int[][] {{20000, 5}, {8000, 30}, {500, 150}, {2000, 100}}) {
                panel.open(small, Scaling.NONE, 0, Scaling.NONE, "Opened.");
                MockVaadin.clientRoundtrip(false);
                long before = usedAfterGc();
                panel.open(table(shape[0], shape[1] - 1, 3, 3), Scaling.NONE, 0, Scaling.NONE, "Opened.");
                MockVaadin.clientRoundtrip(false);
                long measured = usedAfterGc() - before;
                assertWithin(MemoryCost.table(panel.dataset()), measured, "table " + shape[0] + " x " + shape[1]);
            }
        } finally {
            MockVaadin.tearDown();
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(30);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    @Test
    void sizes_read_as_a_message_says_them() {
        assertThat(MemoryCost.describe(300 * 1024)).isEqualTo("300 KB");
        assertThat(MemoryCost.describe(3_500_000)).isEqualTo("3.3 MB");
        assertThat(MemoryCost.describe(130L << 20)).isEqualTo("130 MB");
        assertThat(MemoryCost.describe(3L << 30)).isEqualTo("3.0 GB");
    }

    @Test
    void the_largest_run_the_old_limits_allowed_is_far_beyond_a_small_server() {
        // 10,000 rows through 8 layers of 256 (issue 17: out of memory at Train with one page)
        int[] sizes = {200, 256, 256, 256, 256, 256, 256, 256, 256, 2};
        assertThat(MemoryCost.run(sizes, 10_000, 10_000, OptimizerKind.ADAM)).isGreaterThan(512L << 20);
    }
}
