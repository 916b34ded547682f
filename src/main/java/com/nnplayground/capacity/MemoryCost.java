package com.nnplayground.capacity;

import com.nnplayground.dataset.Dataset;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.engine.kernels.KernelGradients;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.replay.SnapshotSchedule;
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
    /** The kernels pad a batch's rows and a layer's neurons to a multiple of this (NeuronMajor.PAD). */
    private static final long PAD = 8;
    /**
     * A product's scratch panel (Products.PANEL_DOUBLES), one per thread the product may use: a run has two
     * products (LayerProduct), each with a panel for every thread of playground.training.threads-per-run.
     */
    private static final long PANEL = 4096 * Double.BYTES;
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
     * A run: its data as numbers (the encoded rows, the training rows, the kernels' copy of them), its weights with
     * their copies, gradients and optimizer state, its replay snapshots, the kernels' buffers for the rows of one
     * batch (with a scratch panel per thread a product may use, {@code threadsPerRun}), and the forward pass over
     * every row (the predictions at the end, the test loss along the way).
     */
    public static long run(PreparedExperiment experiment, int threadsPerRun) {
        int[] sizes = experiment.start().architecture().layerSizes();
        long rows = experiment.data().x().length;
        long trainingRows = rows - experiment.data().testCount();
        int batch = experiment.config().batchSize();
        long batchRows = batch == 0 || batch >= trainingRows ? trainingRows : batch;
        return run(sizes, rows, trainingRows, batchRows, experiment.config().optimizer(),
                experiment.config().iterations(), threadsPerRun);
    }

    static long run(int[] sizes, long rows, long trainingRows, long batchRows, OptimizerKind optimizer,
                    int iterations, int threadsPerRun) {
        long weights = 0;
        long neurons = 0;
        for (int l = 1; l < sizes.length; l++) {
            weights += (long) sizes[l - 1] * sizes[l] + sizes[l];
            neurons += sizes[l];
        }
        long inputs = sizes[0];
        long outputs = sizes[sizes.length - 1];
        long slots = switch (optimizer) {
            case SGD -> 0;
            case MOMENTUM -> 1;
            case ADAM -> 2;
        };
        // the start, the weights, the next weights, the gradients, a copy for the page, and the optimizer's slots
        long network = Double.BYTES * weights * (5 + slots);
        // the encoded rows, the training rows' references, the kernels' neuron-major inputs (a row of 1s under
        // them) and targets
        long data = rows * ((inputs + outputs) * Double.BYTES + 2 * ARRAY) + 2 * trainingRows * Double.BYTES
                + Double.BYTES * (inputs + 1 + outputs) * padded(trainingRows);
        long arrays = network + data + snapshots(sizes.length - 1, weights, slots, iterations)
                + kernels(sizes, batchRows, batchRows < trainingRows, Math.max(1, threadsPerRun))
                + forwardPass(rows, neurons, outputs, inputs);
        // a tenth more for what the sum leaves out: the objects holding the arrays, their headers and alignment
        return arrays + arrays / 10;
    }

    /**
     * What replay keeps of a run: the schedule's snapshots of the weights and the optimizer's slots, as many as fit
     * its budget (the start and the end at least).
     */
    private static long snapshots(int layers, long weights, long slots, int iterations) {
        long arrays = 2 * (1 + slots);
        long snapshot = Double.BYTES * weights * (1 + slots) + arrays * (ARRAY + layers * ARRAY);
        return SnapshotSchedule.of(iterations, snapshot, SnapshotSchedule.DEFAULT_BUDGET_BYTES).count() * snapshot;
    }

    /**
     * The kernels' buffers (KernelGradients, NeuronMajorPass) for batches of {@code rows}, in
     * {@link KernelGradients#blocks} blocks (one unless several threads share a batch of many samples), each
     * block's samples padded to a multiple of {@link #PAD}: per block, z, a and delta of every neuron, with a row of
     * 1s under each layer's a but the output's, a batch's inputs and targets when batches are smaller than the data
     * (a whole batch in blocks holds the data's neuron-major copy, counted with the data), the widest side of a layer
     * as sample rows for its weight gradient, and two products' panels, one for each of {@code threads} when there is
     * one block (several blocks run one thread each); and each layer's gradient as the products write it, with a
     * panel for each thread when the first layer's is shared out by rows after the blocks
     * ({@link KernelGradients#firstAfterBlocks}).
     */
    private static long kernels(int[] sizes, long rows, boolean batches, int threads) {
        int maxRows = (int) Math.min(Integer.MAX_VALUE, rows);
        long blocks = KernelGradients.blocks(sizes, maxRows, threads);
        long blockRows = (rows + blocks - 1) / blocks;
        long stride = padded(blockRows);
        long last = sizes.length - 1;
        long inputs = sizes[0];
        long outputs = sizes[sizes.length - 1];
        long neuronRows = 0;
        long rowWidth = 0;
        long products = 0;
        for (int l = 1; l <= last; l++) {
            long m = sizes[l - 1];
            long n = sizes[l];
            // z, a and delta; a row of 1s under a below the output
            neuronRows += 3 * n + (l < last ? 1 : 0);
            if (n >= PAD) {
                rowWidth = Math.max(rowWidth, padded(n));
                products += (m + 1) * padded(n);
            } else if (m >= PAD) {
                rowWidth = Math.max(rowWidth, padded(m + 1));
                products += n * padded(m + 1);
            }
        }
        long batch = batches ? (inputs + 1 + outputs) * stride : 0;
        long panels = blocks > 1 ? 1 : threads;
        long block = Double.BYTES * (neuronRows * stride + batch + blockRows * rowWidth)
                + 2 * panels * (PANEL + ARRAY) + 4 * last * ARRAY;
        long firstPanels = blocks > 1 && KernelGradients.firstAfterBlocks(sizes) ? threads : 0;
        return blocks * block + Double.BYTES * products + 2 * last * ARRAY + firstPanels * (PANEL + ARRAY);
    }

    private static long padded(long n) {
        return (n + PAD - 1) / PAD * PAD;
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
