package com.nnplayground.engine;

/**
 * What a forward pass computed, layer by layer: what backpropagation needs. Neuron layers are numbered
 * {@code k = 0..L} with {@code L = layerCount()}: {@code a(0)} is the input, and for {@code k >= 1}
 * {@code z(k) = a(k-1) · W + b} and {@code a(k) = f(z(k))}; {@code a(L)} is the output.
 *
 * <p>The public accessors return copies, as {@code [row][neuron]}. Inside the engine the layers are held
 * neuron-major ({@code z[k][neuron][sample]}, see {@link NeuronMajor}), except the output layer's z and a, which are
 * also kept as flat {@code rows x outputs} arrays: what the losses (and softmax, across a row) read. A training run
 * reuses one instance as a buffer (sized for its largest batch, of which the first {@code rows} samples are valid)
 * to avoid allocating per iteration.
 */
public final class ForwardPass {

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
    private final LayerProduct product;
    private final Sigmoid sigmoid;

    private ForwardPass(Architecture architecture, int maxRows) {
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
            }
            widest = Math.max(widest, sizes[k]);
        }
        this.outputZ = new double[maxRows * sizes[last]];
        this.outputA = new double[maxRows * sizes[last]];
        this.sigmoid = new Sigmoid(maxRows * widest, widest, maxRows);
        this.product = new LayerProduct(0, 0, 0);
    }

    static ForwardPass allocate(Architecture architecture, int maxRows) {
        return new ForwardPass(architecture, maxRows);
    }

    /**
     * Runs the first {@code rows} samples of {@code x} (neuron-major: {@code x[input][sample]}) through the layers;
     * {@code biases} is null when off.
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
                if (f == Activation.SIGMOID) {
                    sigmoid.apply(outputZ, outputA, rows * fanOut);
                } else {
                    f.apply(outputZ, outputA, rows, fanOut);
                }
            }
        }
    }

    private void activate(Activation f, double[][] zk, double[][] ak, int neurons) {
        if (f == Activation.SIGMOID) {
            sigmoid.apply(zk, ak, neurons, rows);
        } else {
            for (int j = 0; j < neurons; j++) {
                f.apply(zk[j], ak[j], 1, rows);
            }
        }
    }

    public int rows() {
        return rows;
    }

    /** The number of weight layers L. */
    public int layerCount() {
        return last;
    }

    /** The pre-activations of neuron layer {@code k}, {@code 1 <= k <= L}, as {@code [row][neuron]}. */
    public double[][] z(int k) {
        if (k < 1 || k > last) {
            throw new IllegalArgumentException("z exists for layers 1.." + layerCount() + ", not " + k);
        }
        return NeuronMajor.rowsOf(z[k], rows, sizes[k]);
    }

    /** The activations of neuron layer {@code k}, {@code 0 <= k <= L}, as {@code [row][neuron]}; 0 is the input. */
    public double[][] a(int k) {
        if (k < 0 || k > last) {
            throw new IllegalArgumentException("a exists for layers 0.." + layerCount() + ", not " + k);
        }
        return k == last ? Matrices.unflatten(outputA, rows, sizes[k]) : NeuronMajor.rowsOf(a[k], rows, sizes[k]);
    }

    /** The network's output {@code a(L)}, as {@code [row][output]}. */
    public double[][] output() {
        return a(layerCount());
    }
}
