package com.nnplayground.engine;

/**
 * What a forward pass computed, layer by layer: what backpropagation needs. Neuron layers are numbered
 * {@code k = 0..L} with {@code L = layerCount()}: {@code a(0)} is the input, and for {@code k >= 1}
 * {@code z(k) = a(k-1) · W + b} and {@code a(k) = f(z(k))}; {@code a(L)} is the output.
 *
 * <p>The public accessors return copies. Inside the engine a training run reuses one instance as a buffer
 * (sized for its largest batch, of which the first {@code rows} rows are valid) to avoid allocating per
 * iteration.
 */
public final class ForwardPass {

    private final Architecture architecture;
    private final int[] sizes;
    int rows;
    final double[][] z;
    final double[][] a;
    private final Product product;
    private final Sigmoid sigmoid;

    private ForwardPass(Architecture architecture, int maxRows) {
        this.architecture = architecture;
        this.sizes = architecture.layerSizes();
        this.z = new double[sizes.length][];
        this.a = new double[sizes.length][];
        int widest = 0;
        for (int k = 1; k < sizes.length; k++) {
            z[k] = new double[maxRows * sizes[k]];
            a[k] = new double[maxRows * sizes[k]];
            widest = Math.max(widest, sizes[k]);
        }
        this.sigmoid = new Sigmoid(maxRows * widest);
        this.product = new Product(Math.max(maxRows, widestFanIn(sizes)), widest);
    }

    /** The widest layer that feeds another: the most rows a weight matrix has. */
    static int widestFanIn(int[] sizes) {
        int widest = 0;
        for (int k = 0; k < sizes.length - 1; k++) {
            widest = Math.max(widest, sizes[k]);
        }
        return widest;
    }

    static ForwardPass allocate(Architecture architecture, int maxRows) {
        return new ForwardPass(architecture, maxRows);
    }

    /** Runs the first {@code rows} rows of {@code x} through the layers; {@code biases} is null when off. */
    void compute(double[][] weights, double[][] biases, double[] x, int rows) {
        this.rows = rows;
        a[0] = x;
        for (int k = 1; k < sizes.length; k++) {
            product.multiply(a[k - 1], rows, sizes[k - 1], weights[k - 1], sizes[k], z[k]);
            if (biases != null) {
                Matrices.addToEachRow(z[k], rows, biases[k - 1]);
            }
            Activation f = architecture.activation(k - 1);
            if (f == Activation.SIGMOID) {
                sigmoid.apply(z[k], a[k], rows * sizes[k]);
            } else {
                f.apply(z[k], a[k], rows, sizes[k]);
            }
        }
    }

    public int rows() {
        return rows;
    }

    /** The number of weight layers L. */
    public int layerCount() {
        return sizes.length - 1;
    }

    /** The pre-activations of neuron layer {@code k}, {@code 1 <= k <= L}, as {@code [row][neuron]}. */
    public double[][] z(int k) {
        if (k < 1 || k >= sizes.length) {
            throw new IllegalArgumentException("z exists for layers 1.." + layerCount() + ", not " + k);
        }
        return Matrices.unflatten(z[k], rows, sizes[k]);
    }

    /** The activations of neuron layer {@code k}, {@code 0 <= k <= L}, as {@code [row][neuron]}; 0 is the input. */
    public double[][] a(int k) {
        if (k < 0 || k >= sizes.length) {
            throw new IllegalArgumentException("a exists for layers 0.." + layerCount() + ", not " + k);
        }
        return Matrices.unflatten(a[k], rows, sizes[k]);
    }

    /** The network's output {@code a(L)}, as {@code [row][output]}. */
    public double[][] output() {
        return a(layerCount());
    }
}
