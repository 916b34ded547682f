package com.nnplayground.engine;

import java.util.Objects;
import java.util.SplittableRandom;

/**
 * An architecture with its weights and biases: an immutable value (weights are copied in and out).
 * Weight layer {@code l} is a {@code [fanIn][fanOut]} matrix, so {@code z = a_prev · W + b}; inside, each is
 * kept flat row-major.
 */
public final class Network {

    private final Architecture architecture;
    private final double[][] weights;
    private final double[][] biases;

    /** Takes ownership of the flat arrays: callers pass copies. */
    private Network(Architecture architecture, double[][] weights, double[][] biases) {
        this.architecture = architecture;
        this.weights = weights;
        this.biases = biases;
    }

    /**
     * Fresh weights drawn by {@code init} from {@code new SplittableRandom(seed)}, layer by layer in row-major
     * order; biases start at 0. The same seed gives the same weights, bit for bit.
     */
    public static Network initialise(Architecture architecture, Init init, long seed) {
        Objects.requireNonNull(init, "init");
        SplittableRandom random = new SplittableRandom(seed);
        int[] sizes = architecture.layerSizes();
        int layers = architecture.layerCount();
        double[][] weights = new double[layers][];
        double[][] biases = architecture.bias() ? new double[layers][] : null;
        for (int l = 0; l < layers; l++) {
            weights[l] = new double[sizes[l] * sizes[l + 1]];
            for (int i = 0; i < weights[l].length; i++) {
                weights[l][i] = init.draw(random, sizes[l], sizes[l + 1]);
            }
            if (biases != null) {
                biases[l] = new double[sizes[l + 1]];
            }
        }
        return new Network(architecture, weights, biases);
    }

    /**
     * A network with the given weights {@code [layer][fanIn][fanOut]} and biases {@code [layer][fanOut]}
     * (null when the architecture has no biases).
     *
     * @throws IllegalArgumentException naming the layer, the expected and the actual shape when they differ
     */
    public static Network of(Architecture architecture, double[][][] weights, double[][] biases) {
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(weights, "weights");
        int[] sizes = architecture.layerSizes();
        int layers = architecture.layerCount();
        if (weights.length != layers) {
            throw new IllegalArgumentException("Expected weights for " + layers + " layer(s), got " + weights.length);
        }
        double[][] flatWeights = new double[layers][];
        for (int l = 0; l < layers; l++) {
            requireShape(weights[l], sizes[l], sizes[l + 1], "Layer " + l + " weights");
            flatWeights[l] = Matrices.flatten(weights[l], sizes[l + 1]);
        }
        return new Network(architecture, flatWeights, copyBiases(architecture, biases));
    }

    /** For a training run's snapshot: copies the flat arrays. */
    static Network copyOf(Architecture architecture, double[][] weights, double[][] biases) {
        return new Network(architecture, Matrices.copy(weights), Matrices.copy(biases));
    }

    public Architecture architecture() {
        return architecture;
    }

    /** A copy of the weights, {@code [layer][fanIn][fanOut]}. */
    public double[][][] weights() {
        int[] sizes = architecture.layerSizes();
        double[][][] copy = new double[weights.length][][];
        for (int l = 0; l < weights.length; l++) {
            copy[l] = Matrices.unflatten(weights[l], sizes[l], sizes[l + 1]);
        }
        return copy;
    }

    /** A copy of the biases, {@code [layer][fanOut]}, or null when the architecture has none. */
    public double[][] biases() {
        return Matrices.copy(biases);
    }

    /** The flat weights, shared: for the engine's own read-only or copying use. */
    double[][] flatWeights() {
        return weights;
    }

    /** The biases, shared: for the engine's own read-only or copying use. */
    double[][] flatBiases() {
        return biases;
    }

    /** The output for one input row: the seed's feedforward. */
    public double[] predict(double[] inputRow) {
        return predict(new double[][] {inputRow})[0];
    }

    /** The outputs for each input row. */
    public double[][] predict(double[][] rows) {
        return forward(rows).output();
    }

    /** The z's and a's of every layer for these input rows (the reference engine's forward pass). */
    public ForwardPass forward(double[][] rows) {
        requireInputRows(rows);
        ForwardPass pass = new ForwardPass(architecture, rows.length);
        pass.compute(weights, biases, Matrices.flatten(rows, architecture.inputs()), rows.length);
        return pass;
    }

    /**
     * One forward and backward pass of the reference engine over these rows and targets: the z's, a's, deltas
     * and the gradients of {@code loss}, what one gradient step of a full batch would use.
     *
     * @throws IllegalArgumentException in plain words when the rows do not fit the network or the loss its output
     */
    public BackwardPass backward(double[][] x, double[][] y, Loss loss) {
        Objects.requireNonNull(loss, "loss");
        Compatibility.problem(architecture, loss).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        int rows = TrainingData.requireFits(x, y, architecture);
        Backprop backprop = new Backprop(architecture, rows);
        double[] targets = Matrices.flatten(y, architecture.outputs());
        double value = backprop.forward(weights, biases, Matrices.flatten(x, architecture.inputs()), targets, rows,
                loss);
        backprop.backward(weights, targets, loss);
        return new BackwardPass(architecture, backprop, value);
    }

    private void requireInputRows(double[][] rows) {
        Objects.requireNonNull(rows, "rows");
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null || rows[r].length != architecture.inputs()) {
                throw new IllegalArgumentException("Input row " + r + " has "
                        + (rows[r] == null ? "no values" : rows[r].length + " value(s)")
                        + "; the network has " + architecture.inputs() + " input(s)");
            }
        }
    }

    private static double[][] copyBiases(Architecture architecture, double[][] biases) {
        if (!architecture.bias()) {
            if (biases != null) {
                throw new IllegalArgumentException("The architecture has no biases, so biases must be null");
            }
            return null;
        }
        int[] sizes = architecture.layerSizes();
        if (biases == null || biases.length != architecture.layerCount()) {
            throw new IllegalArgumentException("Expected biases for " + architecture.layerCount() + " layer(s), got "
                    + (biases == null ? "none" : biases.length));
        }
        for (int l = 0; l < biases.length; l++) {
            int actual = biases[l] == null ? 0 : biases[l].length;
            if (actual != sizes[l + 1]) {
                throw new IllegalArgumentException("Layer " + l + " biases: expected " + sizes[l + 1]
                        + " value(s), got " + actual);
            }
        }
        return Matrices.copy(biases);
    }

    private static void requireShape(double[][] matrix, int rows, int columns, String what) {
        String expected = rows + "x" + columns + " (fanIn x fanOut)";
        if (matrix == null || matrix.length != rows) {
            throw new IllegalArgumentException(what + ": expected " + expected + ", got "
                    + (matrix == null ? "none" : matrix.length + " row(s)"));
        }
        for (int i = 0; i < rows; i++) {
            int actual = matrix[i] == null ? 0 : matrix[i].length;
            if (actual != columns) {
                throw new IllegalArgumentException(what + ": expected " + expected + ", got " + actual
                        + " column(s) in row " + i);
            }
        }
    }
}
