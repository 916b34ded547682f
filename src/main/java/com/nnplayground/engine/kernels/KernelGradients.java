package com.nnplayground.engine.kernels;

import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.Gradients;
import com.nnplayground.engine.Loss;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The reference engine's backpropagation ({@code com.nnplayground.engine.Backprop}) on the neuron-major layout
 * ({@link NeuronMajor}), every matrix product one {@link Products#multiply}: the same sums in the same order, so the
 * same numbers, faster.
 *
 * <p>The weight gradient {@code dL/dW(k)[i][j] = sum_s a(k-1)[i][s] delta(k)[j][s]} runs its vectors over the wider
 * of the layer's two sides, from a row-major copy of that side: over j when the layer has at least
 * {@link NeuronMajor#PAD} neurons (delta copied into sample rows), else over i when it has that many inputs (a
 * copied), else, for the seed's tiny layers, sum by sum. The row of 1s under each {@code a} makes the same product
 * give {@code dL/db(k)[j] = sum_s 1 * delta(k)[j][s]}. The training data, inputs and targets, are held
 * neuron-major, and each mini-batch is copied out of them in its order; the loss reads the targets and the output
 * layer's a, and writes its delta, in that layout (steps 1 and the stride), so the output layer never goes to sample
 * rows and back.
 *
 * <p>On several threads, a batch of many samples through small layers is cut into {@link #blocks} blocks of
 * consecutive rows, one per thread, and {@link KernelThreads} shares out the blocks, each computed whole by one
 * thread (its forward pass, its deltas, its part of every weight gradient and of the loss): a sample's values then
 * stay on the core that computed them from its input to its delta, where sharing out each product and activation
 * moves half of every layer between cores at every step (bench/README.md, rounds 7, 10 and 11). The sums over
 * samples still run in the reference's order: a block carries each weight gradient's sums, and the loss's, on from
 * where the block before it left them ({@link Products#multiply}'s {@code onto}), waiting for that block if it has
 * not got there yet; a thread takes its blocks in ascending order and the blocks are claimed in that order, so a
 * block only ever waits for one that a running thread holds. When the first layer holds most of the weights (wide's
 * 784 x 128 of 101,632), its gradient is not carried from block to block, where each block would wait for the whole
 * of the one before's: once every block has its deltas, it is computed as one product shared out by rows, each
 * thread's rows summed over the blocks' samples in order ({@link #firstAfterBlocks}). Same bits as one block,
 * whatever the threads.
 */
public final class KernelGradients implements Gradients, KernelThreads.Job {

    /** The fewest rows a block may have: a block of c in the products' panels. */
    static final int MIN_BLOCK_ROWS = 128;
    /**
     * Blocks only pay when the batch's activations outweigh the weight gradients they carry by this much: a block's
     * part of each gradient crosses to the core of the next (a wide layer's gradient is as large as its activations:
     * wide with its 784 x 128 weights carried over 2,000 samples ran 0.95x the shared products on two threads, large's
     * 64 x 64 over 1,000 1.67x; bench/README.md, round 11).
     */
    static final int ACTIVATIONS_PER_WEIGHT = 8;

    private final Architecture architecture;
    private final Loss loss;
    private final int[] sizes;
    private final boolean bias;
    private final int maxRows;
    /** The network's weights, for {@link KernelThreads}' decision to share out the blocks. */
    private final long weightCount;
    /** The training data, neuron-major; null when the blocks hold it themselves (one whole batch in blocks). */
    private final double[] x;
    private final int dataStride;
    private final double[] y;
    private final Block[] blocks;
    /**
     * The first layer's weight gradient when it comes after the blocks, shared out by rows ({@link #firstAfterBlocks});
     * null when the blocks carry it on.
     */
    private final FirstGradient firstGradient;
    /** The lowest layer whose weight gradient the blocks carry on: 2 when the first layer's comes after, else 1. */
    private final int lowestCarried;
    /**
     * Each layer's weight gradient (and bias gradient) as the products write it, the blocks' parts carried on in
     * block order, before it is copied into gradW and gradB.
     */
    private final double[][] sums;
    private final double[][] gradW;
    private final double[][] gradB;
    private final KernelThreads threads;
    /** Per layer, then for the loss (last): how many blocks have carried their part on so far in this batch. */
    private final AtomicIntegerArray carried;
    /** The loss's sum so far in this batch, carried on block by block. */
    private double lossSum;
    /** Set when a block failed, so that those waiting for it give up. */
    private volatile boolean failed;
    /** The batch {@link #compute} shares out by block. */
    private double[][] currentWeights;
    private double[][] currentBiases;
    private int[] currentOrder;
    private int currentFirst;
    private int currentCount;

    /** For training rows {@code x}, {@code y} in batches of at most {@code maxRows}. */
    public KernelGradients(Architecture architecture, Loss loss, double[][] x, double[][] y, int maxRows,
                           KernelThreads threads) {
        this(architecture, loss, x, y, maxRows, threads,
                blocks(architecture.layerSizes(), maxRows, threads.threads()));
    }

    /** As above, each batch cut in {@code count} blocks, whatever its size (for tests). */
    KernelGradients(Architecture architecture, Loss loss, double[][] x, double[][] y, int maxRows,
                    KernelThreads threads, int count) {
        this.architecture = architecture;
        this.loss = loss;
        this.sizes = architecture.layerSizes();
        this.bias = architecture.bias();
        this.maxRows = maxRows;
        this.threads = threads;
        int layers = architecture.layerCount();
        this.weightCount = weights(sizes);
        boolean whole = maxRows == x.length;
        boolean dataInBlocks = whole && count > 1;
        this.dataStride = NeuronMajor.padded(x.length);
        this.x = dataInBlocks ? null : NeuronMajorPass.withRowOfOnes(architecture.inputs(), dataStride);
        this.y = dataInBlocks ? null : new double[architecture.outputs() * dataStride];
        if (!dataInBlocks) {
            copy(x, y, 0, x.length, this.x, this.y, dataStride);
        }
        this.blocks = new Block[count];
        int capacity = (maxRows + count - 1) / count;
        for (int b = 0; b < count; b++) {
            // one block shares its products out; several run one thread each
            blocks[b] = new Block(capacity, count == 1 ? threads : KernelThreads.single(), !whole || dataInBlocks);
            if (dataInBlocks) {
                int from = rowOfBlock(b, count, x.length);
                int to = rowOfBlock(b + 1, count, x.length);
                copy(x, y, from, to - from, blocks[b].batchX, blocks[b].batchY, blocks[b].pass.stride);
            }
        }
        this.sums = new double[layers][];
        this.gradW = new double[layers][];
        this.gradB = bias ? new double[layers][] : null;
        for (int l = 0; l < layers; l++) {
            gradW[l] = new double[sizes[l] * sizes[l + 1]];
            if (bias) {
                gradB[l] = new double[sizes[l + 1]];
            }
            // the seed's tiny layers are summed straight into gradW and gradB
            sums[l] = tiny(sizes, l + 1) ? null : new double[productRows(l + 1) * sampleWidth(l + 1)];
        }
        this.carried = new AtomicIntegerArray(layers + 1);
        boolean firstAfter = count > 1 && firstAfterBlocks(sizes);
        this.firstGradient = firstAfter ? new FirstGradient() : null;
        this.lowestCarried = firstAfter ? 2 : 1;
    }

    /**
     * How many blocks a run on {@code threads} threads computes its batches of at most {@code maxRows} rows in: one
     * block per thread when each has at least {@link #MIN_BLOCK_ROWS} rows and the activations outweigh the weights
     * the blocks carry ({@link #ACTIVATIONS_PER_WEIGHT}; not the first layer's when it comes after them,
     * {@link #firstAfterBlocks}), else one (whose products are shared out). The bits are the same either way.
     */
    public static int blocks(int[] sizes, int maxRows, int threads) {
        long neurons = 0;
        for (int l = 1; l < sizes.length; l++) {
            neurons += sizes[l];
        }
        long carried = weights(sizes) - (firstAfterBlocks(sizes) ? (long) sizes[0] * sizes[1] : 0);
        boolean pays = threads > 1 && maxRows >= (long) MIN_BLOCK_ROWS * threads
                && (long) maxRows * neurons >= ACTIVATIONS_PER_WEIGHT * carried;
        return pays ? threads : 1;
    }

    /**
     * Whether a run in blocks computes the first layer's weight gradient after them, shared out by rows, instead of
     * carrying it from block to block: when that layer holds at least half of the weights, and is not one of the seed's
     * tiny layers (summed sum by sum). The first layer's gradient is the last a block computes, so in the chain each
     * block would wait for the whole of it in the block before (wide's 785 x 128 sums over 1,000 samples: about as
     * long as the rest of the block's backward pass); shared out by rows after every block's deltas, nothing waits,
     * and each thread's sums still run over the samples in order. Large's first layer, 2 x 64, stays in the chain.
     */
    public static boolean firstAfterBlocks(int[] sizes) {
        return !tiny(sizes, 1) && 2L * sizes[0] * sizes[1] >= weights(sizes);
    }

    /**
     * Whether layer k is one of the seed's tiny layers, fewer than {@link NeuronMajor#PAD} inputs and neurons, whose
     * weight gradient is summed sum by sum; the others' run their vectors over the wider side, as sample rows.
     */
    private static boolean tiny(int[] sizes, int k) {
        return sizes[k - 1] < NeuronMajor.PAD && sizes[k] < NeuronMajor.PAD;
    }

    /** The weights of layers {@code sizes}, biases left out. */
    private static long weights(int[] sizes) {
        long weights = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            weights += (long) sizes[l] * sizes[l + 1];
        }
        return weights;
    }

    /** The first row of block {@code b} of {@code count} in a batch of {@code rows}. */
    private static int rowOfBlock(int b, int count, int rows) {
        return (int) ((long) rows * b / count);
    }

    /** Rows {@code first..first+rows} of the data {@code x}, {@code y} into neuron-major {@code toX}, {@code toY}. */
    private static void copy(double[][] x, double[][] y, int first, int rows, double[] toX, double[] toY, int stride) {
        for (int r = 0; r < rows; r++) {
            int row = first + r;
            for (int i = 0; i < x[row].length; i++) {
                toX[i * stride + r] = x[row][i];
            }
            for (int k = 0; k < y[row].length; k++) {
                toY[k * stride + r] = y[row][k];
            }
        }
    }

    @Override
    public double compute(double[][] weights, double[][] biases, int[] order, int first, int count) {
        if (blocks.length == 1) {
            Block block = blocks[0];
            double[] bx = x;
            double[] by = y;
            if (order != null) {
                block.gather(order, first, count);
                bx = block.batchX;
                by = block.batchY;
            }
            block.compute(0, weights, biases, bx, by, count, count);
        } else {
            currentWeights = weights;
            currentBiases = biases;
            currentOrder = order;
            currentFirst = first;
            currentCount = count;
            failed = false;
            for (int i = 0; i < carried.length(); i++) {
                carried.set(i, 0);
            }
            threads.split(blocks.length, 3L * (maxRows / blocks.length) * weightCount, blocks.length, this);
            if (firstGradient != null) {
                firstGradient.compute(count);
            }
            currentWeights = null;
            currentBiases = null;
            currentOrder = null;
            for (int k = 1; k < sizes.length; k++) {
                copyOut(k);
            }
        }
        return loss.fromSum(lossSum, count, architecture.outputs());
    }

    /** Blocks {@code from..to} of the batch {@link #compute} shares out, in ascending order. */
    @Override
    public void compute(int from, int to, int worker) {
        try {
            for (int b = from; b < to; b++) {
                block(b);
            }
        } catch (RuntimeException | Error e) {
            failed = true;
            throw e;
        }
    }

    private void block(int b) {
        int count = currentCount;
        Block block = blocks[b];
        int first = rowOfBlock(b, blocks.length, count);
        int rows = rowOfBlock(b + 1, blocks.length, count) - first;
        if (x != null) {
            block.gather(currentOrder, currentFirst + first, rows);
        }
        block.compute(b, currentWeights, currentBiases, block.batchX, block.batchY, rows, count);
        if (firstGradient != null) {
            block.firstSampleRows(rows);
        }
    }

    /** Waits until {@code b} blocks have carried their part of sum {@code i} on. */
    private void awaitTurn(int i, int b) {
        for (int spin = 0; carried.get(i) != b; spin++) {
            if (failed) {
                throw new IllegalStateException("a block before block " + b + " failed");
            }
            KernelThreads.pause(spin);
        }
    }

    /**
     * Layer k's sums, as the products wrote them, into {@code dL/dW(k)} and {@code dL/db(k)} (a tiny layer's are
     * summed there): right after its product with one block, while it is in cache; after every block's with several.
     */
    private void copyOut(int k) {
        int m = sizes[k - 1];
        int n = sizes[k];
        double[] product = sums[k - 1];
        double[] w = gradW[k - 1];
        int ones = bias ? 1 : 0;
        if (n >= NeuronMajor.PAD) {
            int width = NeuronMajor.padded(n);
            for (int i = 0; i < m; i++) {
                System.arraycopy(product, i * width, w, i * n, n);
            }
            if (bias) {
                System.arraycopy(product, m * width, gradB[k - 1], 0, n);
            }
        } else if (m >= NeuronMajor.PAD) {
            int width = NeuronMajor.padded(m + ones);
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < m; i++) {
                    w[i * n + j] = product[j * width + i];
                }
                if (bias) {
                    gradB[k - 1][j] = product[j * width + m];
                }
            }
        }
    }

    /** The width of layer k's sample rows: its neurons, or its inputs and the row of 1s, padded. */
    private int sampleWidth(int k) {
        return NeuronMajor.padded(sizes[k] >= NeuronMajor.PAD ? sizes[k] : sizes[k - 1] + (bias ? 1 : 0));
    }

    /** The rows of layer k's weight gradient as its product writes them: the inputs and the row of 1s, or neurons. */
    private int productRows(int k) {
        return sizes[k] >= NeuronMajor.PAD ? sizes[k - 1] + (bias ? 1 : 0) : sizes[k];
    }

    /**
     * The first layer's weight gradient once every block has its deltas ({@link #firstAfterBlocks}): one product
     * shared out by rows, one chunk per thread, each chunk summed over block 0's samples, then carried on over block
     * 1's, and so on, as one product over the batch would.
     */
    private final class FirstGradient implements KernelThreads.Job {
        private final double[][] panels = new double[threads.threads()][Products.PANEL_DOUBLES];

        void compute(int batchRows) {
            threads.split(productRows(1), (long) batchRows * sampleWidth(1), 1, this);
        }

        @Override
        public void compute(int from, int to, int worker) {
            for (int b = 0; b < blocks.length; b++) {
                blocks[b].firstGradient(from, to, b > 0, panels[worker]);
            }
        }
    }

    @Override
    public double[][] gradW() {
        return gradW;
    }

    @Override
    public double[][] gradB() {
        return gradB;
    }

    /** One block of a batch's rows, with the buffers its forward and backward passes use. */
    private final class Block {
        private final NeuronMajorPass pass;
        /** A batch's inputs (with the row of 1s) and targets, neuron-major; null when the block reads the data. */
        private final double[] batchX;
        private final double[] batchY;
        /** {@code delta[k] = dL/dz(k)}, {@code sizes[k] x stride}. */
        private final double[][] delta;
        /** A layer's deltas, or activations, copied into sample rows for its weight gradient. */
        private final double[] sampleRows;
        private final LayerProduct multiply;
        /** This block's rows in the current batch, for the first layer's gradient computed after the blocks. */
        private int rows;

        Block(int rows, KernelThreads threads, boolean ownBatch) {
            this.pass = new NeuronMajorPass(architecture, rows, threads);
            this.batchX = ownBatch ? NeuronMajorPass.withRowOfOnes(architecture.inputs(), pass.stride) : null;
            this.batchY = ownBatch ? new double[architecture.outputs() * pass.stride] : null;
            int layers = architecture.layerCount();
            this.delta = new double[layers + 1][];
            int rowWidth = 0;
            for (int k = 1; k <= layers; k++) {
                delta[k] = new double[sizes[k] * pass.stride];
                if (!tiny(sizes, k)) {
                    rowWidth = Math.max(rowWidth, sampleWidth(k));
                }
            }
            this.sampleRows = new double[rows * rowWidth];
            this.multiply = new LayerProduct(threads);
        }

        /** Rows {@code order[first + r]} ({@code first + r} without an order), {@code r < rows}, into the batch. */
        void gather(int[] order, int first, int rows) {
            int inputs = architecture.inputs();
            int outputs = architecture.outputs();
            int to = pass.stride;
            for (int r = 0; r < rows; r++) {
                int row = order == null ? first + r : order[first + r];
                for (int i = 0; i < inputs; i++) {
                    batchX[i * to + r] = x[i * dataStride + row];
                }
                for (int k = 0; k < outputs; k++) {
                    batchY[k * to + r] = y[k * dataStride + row];
                }
            }
        }

        /**
         * Block {@code b}: the first {@code rows} samples of {@code bx}, {@code by}, part of a batch of
         * {@code batchRows}, their parts of the weight gradients and of the loss carried on.
         */
        void compute(int b, double[][] weights, double[][] biases, double[] bx, double[] by, int rows,
                     int batchRows) {
            pass.compute(weights, biases, bx, rows);
            int last = sizes.length - 1;
            // one block sums its loss at once, while the outputs are in cache; several carry it on in block order
            if (blocks.length == 1) {
                lossSum = loss.sum(by, pass.a[last], rows, sizes[last], 1, pass.stride, 0);
            }
            backward(b, weights, by, rows, batchRows);
            if (blocks.length > 1) {
                awaitTurn(last, b);
                lossSum = loss.sum(by, pass.a[last], rows, sizes[last], 1, pass.stride, b == 0 ? 0 : lossSum);
                carried.set(last, b + 1);
            }
        }

        /**
         * The output delta, then layer by layer down: the weight gradient and the delta passed back. A block after
         * the first passes all its deltas back first and takes its weight gradients after: each of them waits for the
         * block before, which by then has carried most of its own on, so the block no longer lags one gradient
         * behind at every layer (bench/README.md, round 12). The products are the same either way, and so the bits.
         * With one block, C2 inlines this method into {@link #compute}: keep it under its 325 bytes of bytecode
         * (classroom ran 0.91x on one thread at 372).
         */
        private void backward(int b, double[][] weights, double[] y, int rows, int batchRows) {
            int last = sizes.length - 1;
            int stride = pass.stride;
            loss.outputDelta(architecture.outputActivation(), y, pass.z[last], pass.a[last], rows, batchRows,
                    sizes[last], 1, stride, delta[last]);
            boolean gradientsAfter = b > 0;
            for (int k = last; k >= 1; k--) {
                if (blocks.length == 1) {
                    gradients(k, rows, false);
                    copyOut(k);
                } else if (!gradientsAfter && k >= lowestCarried) {
                    carryOn(k, b, rows);
                }
                if (k > 1) {
                    int m = sizes[k - 1];
                    int n = sizes[k];
                    multiply.multiply(weights[k - 1], n, 1, delta[k], stride, delta[k - 1], stride, n,
                            NeuronMajor.padded(rows), null, m);
                    architecture.hiddenActivation().multiplyByDerivative(pass.z[k - 1], pass.a[k - 1], delta[k - 1],
                            0, m * stride);
                }
            }
            if (gradientsAfter) {
                carryOnAfter(b, rows);
            }
        }

        /** The weight gradients of a block after the first, once its deltas are passed back, top layer first. */
        private void carryOnAfter(int b, int rows) {
            for (int k = sizes.length - 1; k >= lowestCarried; k--) {
                carryOn(k, b, rows);
            }
        }

        /**
         * The first layer's wider side as sample rows, the right operand of its weight gradient, as
         * {@link #gradients} copies it (the layer is not a tiny one: {@link #firstAfterBlocks}), for
         * {@link #firstGradient} once every block has its deltas; called after {@link #compute}, which keeps
         * {@link #backward} small.
         */
        void firstSampleRows(int rows) {
            this.rows = rows;
            toSampleRows(1, rows);
        }

        /**
         * Rows {@code from..to} of the first layer's weight gradient over this block's samples, into its sums, as
         * {@link #gradients} computes it.
         */
        void firstGradient(int from, int to, boolean onto, double[] panel) {
            int width = sampleWidth(1);
            Kernels.PRODUCTS.multiply(left(1), pass.stride, 1, sampleRows, width, sums[0], width, rows, 0, width, null,
                    from, to, onto, panel);
        }

        /**
         * The wider side of layer k (not a tiny one) as sample rows, the right operand of its weight gradient:
         * delta(k) when the layer has at least {@link NeuronMajor#PAD} neurons, else a(k-1) with its row of 1s.
         */
        private void toSampleRows(int k, int rows) {
            if (sizes[k] >= NeuronMajor.PAD) {
                Kernels.PRODUCTS.toSampleRows(delta[k], pass.stride, sizes[k], rows, sampleRows, sampleWidth(k));
            } else {
                Kernels.PRODUCTS.toSampleRows(pass.a[k - 1], pass.stride, sizes[k - 1] + (bias ? 1 : 0), rows,
                        sampleRows, sampleWidth(k));
            }
        }

        /** The left operand of layer k's weight gradient, the narrower side, neuron-major: a(k-1), or delta(k). */
        private double[] left(int k) {
            return sizes[k] >= NeuronMajor.PAD ? pass.a[k - 1] : delta[k];
        }

        /** This block's part of layer k's weight gradient, carried on from the block before's when it is done. */
        private void carryOn(int k, int b, int rows) {
            awaitTurn(k - 1, b);
            gradients(k, rows, b > 0);
            carried.set(k - 1, b + 1);
        }

        /**
         * This block's part of {@code dL/dW(k)} and {@code dL/db(k)}, from {@code a(k-1)} and {@code delta(k)}, into
         * {@code sums[k - 1]}: carried on from what is there when {@code onto}.
         */
        private void gradients(int k, int rows, boolean onto) {
            int m = sizes[k - 1];
            int n = sizes[k];
            int stride = pass.stride;
            if (!tiny(sizes, k)) {
                int width = sampleWidth(k);
                toSampleRows(k, rows);
                multiply.multiply(left(k), stride, 1, sampleRows, width, sums[k - 1], width, rows, width, null,
                        productRows(k), onto);
            } else {
                double[] a = pass.a[k - 1];
                double[] d = delta[k];
                int ones = bias ? 1 : 0;
                double[] w = gradW[k - 1];
                for (int i = 0; i < m + ones; i++) {
                    double[] to = i < m ? w : gradB[k - 1];
                    int at = i < m ? i * n : 0;
                    for (int j = 0; j < n; j++) {
                        double sum = onto ? to[at + j] : 0;
                        for (int s = 0; s < rows; s++) {
                            sum += a[i * stride + s] * d[j * stride + s];
                        }
                        to[at + j] = sum;
                    }
                }
            }
        }
    }
}
