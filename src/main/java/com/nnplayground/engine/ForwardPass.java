package com.nnplayground.engine;

/**
 * The forward pass of the reference engine, and what it computed, layer by layer: what backpropagation needs.
 * Neuron layers are numbered {@code k = 0..L} with {@code L = layerCount()}: {@code a(0)} is the input, and for
 * {@code k >= 1}
 * <pre>
 *     z(k) = a(k-1) · W(k) + b(k)        (rows x fanIn) · (fanIn x fanOut), b added to every row
 *     a(k) = f(z(k))                     element by element (softmax: row by row)
 * </pre>
 * and {@code a(L)} is the output. Every matrix is one row per sample, kept flat ({@link Matrices}); the public
 * accessors return copies as {@code [row][neuron]}. Inside the engine one instance is a buffer sized for the
 * largest batch, of which the first {@code rows} rows are valid.
 */
public final class ForwardPass {

    private final Architecture architecture;
    private final int[] sizes;
    int rows;
    /** {@code z[k]} for {@code 1 <= k <= L}, flat {@code rows x sizes[k]}. */
    final double[][] z;
    /** {@code a[k]} for {@code 0 <= k <= L}; {@code a[0]} is the input. */
    final double[][] a;

    ForwardPass(Architecture architecture, int maxRows) {
        this.architecture = architecture;
        this.sizes = architecture.layerSizes();
        this.z = new double[sizes.length][];
        this.a = new double[sizes.length][];
        for (int k = 1; k < sizes.length; k++) {
            z[k] = new double[maxRows * sizes[k]];
            a[k] = new double[maxRows * sizes[k]];
        }
    }

    /** Runs the first {@code rows} rows of {@code x} through the layers; {@code biases} is null when off. */
    void compute(double[][] weights, double[][] biases, double[] x, int rows) {
        this.rows = rows;
        a[0] = x;
        for (int k = 1; k < sizes.length; k++) {
            Matrices.multiply(a[k - 1], rows, sizes[k - 1], weights[k - 1], sizes[k], z[k]);
            if (biases != null) {
                Matrices.addToEachRow(z[k], rows, biases[k - 1]);
            }
            architecture.activation(k - 1).apply(z[k], a[k], rows, sizes[k]);
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
