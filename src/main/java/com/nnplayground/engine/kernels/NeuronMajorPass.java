package com.nnplayground.engine.kernels;

import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Architecture;

/**
 * The forward pass on the neuron-major layout ({@link NeuronMajor}): {@code z(k) = a(k-1) · W(k) + b(k)},
 * {@code a(k) = f(z(k))}, numbered as in {@link com.nnplayground.engine.ForwardPass}, each hidden layer held as
 * {@code z[k][neuron][sample]}. The output layer's z and a are also kept flat ({@code [row][output]}): what the
 * losses, and softmax across a row, read. Sized for the largest batch, of which the first {@code rows} samples are
 * valid.
 */
final class NeuronMajorPass implements KernelThreads.Rows {

    /**
     * From this many samples a layer is activated a neuron at a time (shared between threads when large); below,
     * its neurons are copied side by side and activated in one call (measured on classroom, 8 x 150: 3.7 us with
     * the copies against 4.2 us neuron by neuron). Either way each array is at least
     * {@link FastSigmoid#MIN_ELEMENTS} long whenever the whole layer is, so sigmoid picks the exp it picks for
     * the reference's row-major layer, and both engines give the same bits.
     */
    static final int EACH_NEURON_ROWS = 512;
    /** What one activation costs in multiply-adds, for {@link KernelThreads}' decision to split a layer. */
    private static final int COST = 20;

    private final Architecture architecture;
    private final int[] sizes;
    private final int last;
    int rows;
    /** {@code z[k][j][s]} for {@code 1 <= k <= L}. */
    final double[][][] z;
    /** {@code a[k][j][s]} for {@code 0 <= k < L}; {@code a[0]} is the input. */
    final double[][][] a;
    /** The output layer's z and a, flat {@code [row][output]}. */
    final double[] outputZ;
    final double[] outputA;
    /** A layer's z's and a's side by side, for layers of fewer than {@link #EACH_NEURON_ROWS} samples. */
    private final double[] gatheredZ;
    private final double[] gatheredA;
    private final LayerProduct product;
    private final KernelThreads threads;
    /** The layer being activated a neuron at a time, while {@link #compute(int, int)} may be called. */
    private Activation currentF;
    private double[][] currentZ;
    private double[][] currentA;

    NeuronMajorPass(Architecture architecture, int maxRows, KernelThreads threads) {
        this.architecture = architecture;
        this.sizes = architecture.layerSizes();
        this.last = sizes.length - 1;
        this.z = new double[sizes.length][][];
        this.a = new double[sizes.length][][];
        int widest = 0;
        for (int k = 1; k <= last; k++) {
            z[k] = new double[sizes[k]][maxRows];
            if (k < last) {
                a[k] = new double[sizes[k]][maxRows];
                widest = Math.max(widest, sizes[k]);
            }
        }
        this.outputZ = new double[maxRows * sizes[last]];
        this.outputA = new double[maxRows * sizes[last]];
        int gathered = maxRows < EACH_NEURON_ROWS ? maxRows * widest : 0;
        this.gatheredZ = new double[gathered];
        this.gatheredA = new double[gathered];
        this.threads = threads;
        this.product = new LayerProduct(0, 0, 0, threads);
    }

    /**
     * Runs the first {@code rows} samples of {@code x} ({@code x[input][sample]}) through the layers; {@code biases}
     * is null when off.
     */
    void compute(double[][] weights, double[][] biases, double[][] x, int rows) {
        this.rows = rows;
        a[0] = x;
        for (int k = 1; k <= last; k++) {
            int fanOut = sizes[k];
            product.combine(weights[k - 1], 1, fanOut, a[k - 1], sizes[k - 1], rows, z[k], fanOut);
            if (biases != null) {
                WeightedSums.addBiases(z[k], biases[k - 1], rows);
            }
            Activation f = architecture.activation(k - 1);
            if (k < last) {
                activate(f, z[k], a[k], fanOut);
            } else {
                NeuronMajor.toRowMajor(z[k], rows, fanOut, outputZ);
                f.apply(outputZ, outputA, rows, fanOut);
            }
        }
    }

    private void activate(Activation f, double[][] zk, double[][] ak, int neurons) {
        if (rows >= EACH_NEURON_ROWS) {
            currentF = f;
            currentZ = zk;
            currentA = ak;
            threads.forRows(neurons, (long) rows * COST, this);
            currentZ = null;
            currentA = null;
        } else {
            for (int j = 0; j < neurons; j++) {
                System.arraycopy(zk[j], 0, gatheredZ, j * rows, rows);
            }
            f.apply(gatheredZ, gatheredA, 1, neurons * rows);
            for (int j = 0; j < neurons; j++) {
                System.arraycopy(gatheredA, j * rows, ak[j], 0, rows);
            }
        }
    }

    /** Neurons {@code from..to} of the layer {@link #activate} shares out. */
    @Override
    public void compute(int from, int to) {
        for (int j = from; j < to; j++) {
            currentF.apply(currentZ[j], currentA[j], 1, rows);
        }
    }
}
