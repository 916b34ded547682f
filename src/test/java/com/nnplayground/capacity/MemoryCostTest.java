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
import com.nnplayground.engine.Training;
import com.nnplayground.engine.kernels.KernelThreads;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.NetworkSettings;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.TrainingSettings;
import com.nnplayground.replay.Snapshots;
import com.vaadin.flow.component.UI;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
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
     * Bytes this thread allocates while building {@code what}, the least of three builds (the last one kept): each
     * build allocates the same arrays, while what the JVM allocates on the side now and then (a class initialised,
     * a call site linked) comes once and is not the run's. For the engine's arrays, built once and kept, what they
     * hold (a run's peak: its training arrays and a pass over every row, at the end).
     */
    private static <T> long allocated(Supplier<T> what, List<Object> keep) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long least = Long.MAX_VALUE;
        T built = null;
        for (int i = 0; i < 3; i++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            built = what.get();
            least = Math.min(least, threads.getCurrentThreadAllocatedBytes() - before);
        }
        keep.add(built);
        return least;
    }

    /**
     * Until C2 compiles the sigmoid's vector loop, every vector it computes is boxed on the heap (about 800 bytes a
     * row of 10,000 rows, garbage at once), which a measure of what a run allocates would take for the run's. Compiled
     * first, so that a run with a sigmoid output measures its arrays only, whichever tests ran before in this JVM.
     */
    @BeforeAll
    static void compileTheSigmoid() {
        double[] z = new double[4096];
        double[] a = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            z[i] = i / 256.0 - 8;
        }
        for (int i = 0; i < 5_000; i++) {
            Activation.SIGMOID.apply(z, a, 1, z.length);
        }
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

    /**
     * The small runs are the seed's size, where the products' scratch panels (one per thread a product may use) are
     * most of what a run holds.
     */
    @ParameterizedTest(name = "{0} rows, {1} inputs, hidden {2}, {3} classes, batch {4}, {5}, {6} threads per run")
    @CsvSource({
            "2000, 8, 64;64, 3, 0, ADAM, 1",
            "5000, 4, 256, 2, 64, SGD, 1",
            "1000, 20, 32;32;32;32, 10, 0, MOMENTUM, 1",
            "10000, 2, 16, 2, 0, SGD, 1",
            "3000, 10, 128;128;128, 4, 32, ADAM, 1",
            "4, 3, 4, 2, 0, SGD, 1",
            "4, 3, 4, 2, 0, SGD, 4",
            "2000, 8, 64;64, 3, 0, ADAM, 2",
            "2000, 200, 32, 2, 0, SGD, 2"})
    void a_run_costs_what_its_estimate_says(int rows, int inputs, String hidden, int classes, int batch,
                                            OptimizerKind optimizer, int threadsPerRun) {
        List<Integer> layers = java.util.Arrays.stream(hidden.split(";")).map(Integer::valueOf).toList();
        Experiment e = new Experiment(table(rows, inputs, classes, 7),
                new NetworkSettings(layers, Activation.TANH, classes > 2 ? Activation.SOFTMAX : Activation.SIGMOID,
                        true, Init.XAVIER, 1, null, null),
                new TrainingSettings(classes > 2 ? Loss.CROSS_ENTROPY : Loss.BCE, optimizer, 0.1, 10,
                        batch, 0));
        List<Object> keep = new ArrayList<>();
        PreparedExperiment prepared = PreparedExperiment.of(e);
        long training;
        try (KernelThreads threads = KernelThreads.start(threadsPerRun)) {
            training = allocated(() -> prepared.newTraining(threads), keep);
        }
        long predict = allocated(() -> prepared.start().predict(prepared.data().x()), keep);
        Training run = prepared.newTraining();
        // replay's copies of the weights and the optimizer's state, one per kept iteration (the sizes do not
        // change as the run trains, so the run need not train)
        long snapshots = allocated(() -> {
            Snapshots kept = Snapshots.of(run);
            for (int done = 1; done < prepared.config().iterations(); done++) {
                kept.offer(done, run);
            }
            kept.end(run);
            return kept;
        }, keep);
        // the encoded rows the run keeps: one array of numbers per row for x and for y
        long data = (long) rows * ((inputs + prepared.data().outputCount()) * Double.BYTES + 2 * 24);
        assertWithin(MemoryCost.run(prepared, threadsPerRun), data + training + predict + snapshots, "run " + hidden);
    }

    private static void assertWithin(long estimate, long measured, String what) {
        assertThat((double) estimate / measured).as("%s: estimate %d KB, built %d KB", what, estimate / 1024,
                measured / 1024).isBetween(1.0, 1.5);
    }

    /**
     * What the page holds for a table (its model, the editor's rows and columns), measured as the heap it adds: the
     * median of seven openings. In the JVM the other test classes share, their servers allocated and freed meanwhile
     * (a clean CI run once took the median of three at 2.9 MB for a table estimated at 8.1 MB; a median of seven
     * there was 5.2 MB, where alone it is 7.0 MB), so the build runs this class in a JVM of its own (pom.xml).
     */
    @Test
    void a_table_costs_what_its_estimate_says() throws Exception {
        MockVaadin.setup();
        try {
            DatasetPanel panel = new DatasetPanel(new ImportLimits(1 << 30, 100_000, 1000));
            UI.getCurrent().add(panel);
            Dataset small = table(4, 2, 2, 1);
            for (int[] shape : new int[][] {{20000, 5}, {8000, 30}, {500, 150}, {2000, 100}}) {
                long[] measured = new long[7];
                for (int i = 0; i < measured.length; i++) {
                    panel.open(small, Scaling.NONE, 0, Scaling.NONE, "Opened.");
                    MockVaadin.clientRoundtrip(false);
                    long before = usedAfterGc();
                    panel.open(table(shape[0], shape[1] - 1, 3, 3), Scaling.NONE, 0, Scaling.NONE, "Opened.");
                    MockVaadin.clientRoundtrip(false);
                    measured[i] = usedAfterGc() - before;
                }
                java.util.Arrays.sort(measured);
                assertWithin(MemoryCost.table(panel.dataset()), measured[measured.length / 2], "table " + shape[0] + " x " + shape[1]);
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
        assertThat(MemoryCost.run(sizes, 10_000, 10_000, 10_000, OptimizerKind.ADAM, 1500, 1)).isGreaterThan(512L << 20);
    }
}
