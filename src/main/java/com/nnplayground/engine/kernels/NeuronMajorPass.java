package com.nnplayground.engine.kernels;

import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Architecture;

/**
 * The forward pass on the neuron-major layout ({@link NeuronMajor}): {@code z(k) = a(k-1) · W(k) + b(k)},
 * {@code a(k) = f(z(k))}, numbered as in {@link com.nnplayground.engine.ForwardPass}. Each {@code a(k)} below the
 * output has one more row, of 1s: the constant input a bias multiplies, so that the weight-gradient product also
 * gives the bias gradient ({@link KernelGradients}); the output layer's has none, and the losses (and softmax,
 * across each sample's outputs) read it as it is, with steps 1 and the stride. Sized for the largest batch, of which
 * the first {@code rows} samples are valid.
 */
final class NeuronMajorPass implements KernelThreads.Job {

    /** What one activation costs in multiply-adds, for {@link KernelThreads}' decision to split a layer. */
    private static final int COST = 20;

    private final Architecture architecture;
    private final int[] sizes;
    private final int last;
    final int stride;
    int rows;
    /** {@code z[k]}, {@code sizes[k] x stride}, for {@code 1 <= k <= L}. */
    final double[][] z;
    /**
     * {@code a[k]}, {@code (sizes[k] + 1) x stride} with the row of 1s last, for {@code 0 <= k < L}; {@code a[L]}
     * is {@code sizes[L] x stride}.
     */
    final double[][] a;
    private final LayerProduct product;
    private final KernelThreads threads;
    /** The layer {@link #activate} shares out by neuron. */
    private Activation currentF;
    private double[] currentZ;
    private double[] currentA;

    NeuronMajorPass(Architecture architecture, int maxRows, KernelThreads threads) {
        this.architecture = architecture;
        this.sizes = architecture.layerSizes();
        this.last = sizes.length - 1;
        this.stride = NeuronMajor.padded(maxRows);
        this.z = new double[sizes.length][];
        this.a = new double[sizes.length][];
        for (int k = 1; k <= last; k++) {
            z[k] = new double[sizes[k] * stride];
            a[k] = k < last ? withRowOfOnes(sizes[k], stride) : new double[sizes[k] * stride];
        }
        this.threads = threads;
        this.product = new LayerProduct(threads);
    }

    /** An {@code (n + 1) x stride} layer whose last row is 1s. */
    static double[] withRowOfOnes(int n, int stride) {
        double[] layer = new double[(n + 1) * stride];
        java.util.Arrays.fill(layer, n * stride, layer.length, 1.0);
        return layer;
    }

    /** Runs the first {@code rows} samples of {@code x} ({@link #withRowOfOnes}) through the layers. */
    void compute(double[][] weights, double[][] biases, double[] x, int rows) {
        this.rows = rows;
        a[0] = x;
        int width = NeuronMajor.padded(rows);
        for (int k = 1; k <= last; k++) {
            int fanIn = sizes[k - 1];
            int fanOut = sizes[k];
            product.multiply(weights[k - 1], 1, fanOut, a[k - 1], stride, z[k], stride, fanIn, width,
                    biases == null ? null : biases[k - 1], fanOut);
            Activation f = architecture.activation(k - 1);
            if (k < last) {
                activate(f, z[k], a[k], fanOut);
            } else {
                f.apply(z[k], a[k], rows, fanOut, 1, stride);
            }
        }
    }

    private void activate(Activation f, double[] zk, double[] ak, int neurons) {
        currentF = f;
        currentZ = zk;
        currentA = ak;
        threads.split(neurons, (long) stride * COST, this);
        currentZ = null;
        currentA = null;
    }

    /** Neurons {@code from..to} of the layer {@link #activate} shares out. */
    @Override
    public void compute(int from, int to, int worker) {
        currentF.applyEach(currentZ, currentA, from * stride, to * stride);
    }
}
