package com.nnplayground.capacity;

import com.nnplayground.dataset.Dataset;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.experiment.PreparedExperiment;
import java.util.List;
import java.util.Locale;

/**
 * What the things a page asks for cost in heap, estimated before they are built from their sizes alone, so that a
 * budget can refuse them while refusing costs nothing. The figures are measured on this app (see
 * MemoryCostTest, which checks them against what building the things allocates) and err on the high side.
 */
public final class MemoryCost {
    /** An open page with the seed's data, idle or after a run: 620-760 KB measured per session; rounded up. */
    public static final long PAGE = 1L << 20;
    /**
     * One cell of a table as a page holds it: a String (its header, its array's header, padding: about 48 bytes for
     * short text, plus its characters) and the references to it from the table and from the editor's rows.
     */
    static final long CELL = 56;
    /** A row's own lists: the table's, the editor's. */
    static final long ROW = 96;
    /** The data editor builds a grid column, its header and an editor field per column: about 50 KB each. */
    static final long EDITOR_COLUMN = 50L << 10;
    /** Batches smaller than this get the widest layer's z and a side by side (the kernels' EACH_NEURON_ROWS). */
    private static final long SMALL_BATCH = 512;
    /** Layers at least this wide keep their deltas by sample too (the kernels' ALONG_ROWS_WIDTH). */
    private static final long WIDE = 32;
    /** A Java array's header and the reference to it; a row of numbers is one array. */
    private static final long ARRAY = 24;

    private MemoryCost() {
    }

    /** A table of {@code rows} x {@code columns} cells holding {@code chars} characters in all, shown in the editor. */
    public static long table(long rows, long columns, long chars) {
        return rows * columns * CELL + chars + rows * ROW + columns * EDITOR_COLUMN;
    }

    public static long table(Dataset data) {
        long chars = 0;
        for (List<String> row : data.rows()) {
            for (String cell : row) {
                chars += cell.length();
            }
        }
        for (String column : data.columns()) {
            chars += column.length();
        }
        return table(data.size(), data.columns().size(), chars);
    }

    /** Text a page holds as it is (a paste), one byte a character for the Latin-1 text CSV files are. */
    public static long text(long chars) {
        return 2 * chars;
    }

    /**
     * A run: its data as numbers (the encoded rows and the engine's copies of them), its weights with their copies,
     * gradients and optimizer state, the training pass's z, a and delta of every layer for the rows of one batch,
     * and the forward pass over every row (the predictions at the end, the test loss along the way).
     */
    public static long run(PreparedExperiment experiment) {
        int[] sizes = experiment.start().architecture().layerSizes();
        long rows = experiment.data().x().length;
        int batch = experiment.config().batchSize();
        long batchRows = batch == 0 || batch >= rows ? rows : batch;
        return run(sizes, rows, batchRows, experiment.config().optimizer());
    }

    static long run(int[] sizes, long rows, long batchRows, OptimizerKind optimizer) {
        long weights = 0;
        long neurons = 0;
        long widest = 0;
        long widestFanIn = 0;
        for (int l = 1; l < sizes.length; l++) {
            weights += (long) sizes[l - 1] * sizes[l] + sizes[l];
            neurons += sizes[l];
            widest = Math.max(widest, sizes[l]);
            widestFanIn = Math.max(widestFanIn, sizes[l - 1]);
        }
        long inputs = sizes[0];
        long outputs = sizes[sizes.length - 1];
        // weights, the next weights, the gradients, a snapshot for the page, and the optimizer's slots
        long weightCopies = 4 + switch (optimizer) {
            case SGD -> 0;
            case MOMENTUM -> 1;
            case ADAM -> 2;
        };
        // the encoded rows, the training rows, the engine's flat copy and its columns
        long data = rows * (3 * (inputs + outputs) + inputs) * Double.BYTES + 3 * rows * ARRAY;
        return Double.BYTES * weights * weightCopies + data + trainingPass(batchRows, neurons, outputs, widest,
                widestFanIn, inputs) + forwardPass(rows, neurons, outputs, inputs);
    }

    /**
     * The training engine's arrays for batches of {@code rows}: z and delta of every neuron, a of every hidden one,
     * the output layer's z, a and delta side by side, a batch's inputs; for small batches the widest layer's z and a
     * side by side; for wide layers its deltas by sample and one gradient row per input of the widest fan-in. Each
     * neuron's row of samples is an array of its own.
     */
    private static long trainingPass(long rows, long neurons, long outputs, long widest, long widestFanIn,
                                     long inputs) {
        long perRow = 3 * neurons + 3 * outputs + inputs + (rows < SMALL_BATCH ? 2 * widest : 0)
                + (widest >= WIDE ? widest : 0);
        return Double.BYTES * (rows * perRow + (widest >= WIDE ? widestFanIn * widest : 0))
                + 4 * neurons * ARRAY;
    }

    /** A forward pass over {@code rows} rows: z and a of every neuron, the rows flattened, one output row each. */
    private static long forwardPass(long rows, long neurons, long outputs, long inputs) {
        return Double.BYTES * rows * (2 * neurons + inputs + outputs) + rows * ARRAY;
    }

    /** "12 MB", "640 KB", "1.5 GB": sizes as a message says them. */
    public static String describe(long bytes) {
        double mb = bytes / (1024.0 * 1024);
        if (mb >= 1024) {
            return String.format(Locale.ROOT, "%.1f GB", mb / 1024);
        }
        if (mb >= 10) {
            return String.format(Locale.ROOT, "%.0f MB", mb);
        }
        if (mb >= 1) {
            return String.format(Locale.ROOT, "%.1f MB", mb);
        }
        return String.format(Locale.ROOT, "%.0f KB", Math.max(1, bytes / 1024.0));
    }
}
