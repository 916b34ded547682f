package com.nnplayground.engine;

/**
 * Backpropagation for one architecture, with every buffer allocated once: a forward pass, then the deltas
 * {@code dL/dz} of each layer from the output back, and from them the data gradients {@code gradW}, {@code gradB}.
 * The deltas are held neuron-major like the pass ({@code delta[k][neuron][sample]}, see {@link NeuronMajor}).
 */
final class Backprop {

    private final Architecture architecture;
    private final int[] sizes;
    final ForwardPass pass;
    /** {@code delta[k] = dL/dz(k)}, numbered like {@link ForwardPass}. */
    private final double[][][] delta;
    /** The output layer's delta as the loss writes it, flat {@code [row][output]}. */
    private final double[] outputDelta;
    /** {@code gradW[l] = dL/dW} of weight layer l, flat {@code [fanIn][fanOut]}. */
    final double[][] gradW;
    /** {@code gradB[l] = dL/db} of weight layer l, or null when the architecture has no biases. */
    final double[][] gradB;
    private final LayerProduct product;

    Backprop(Architecture architecture, int maxRows) {
        this.architecture = architecture;
        this.sizes = architecture.layerSizes();
        this.pass = ForwardPass.allocate(architecture, maxRows);
        int layers = architecture.layerCount();
        this.delta = new double[layers + 1][][];
        this.outputDelta = new double[maxRows * architecture.outputs()];
        this.gradW = new double[layers][];
        this.gradB = architecture.bias() ? new double[layers][] : null;
        int widestFanIn = 0;
        int widest = 0;
        for (int l = 0; l < layers; l++) {
            widestFanIn = Math.max(widestFanIn, sizes[l]);
            widest = Math.max(widest, sizes[l + 1]);
        }
        this.product = new LayerProduct(maxRows, widestFanIn, widest);
        for (int l = 0; l < layers; l++) {
            delta[l + 1] = new double[sizes[l + 1]][maxRows];
            gradW[l] = new double[sizes[l] * sizes[l + 1]];
            if (gradB != null) {
                gradB[l] = new double[sizes[l + 1]];
            }
        }
    }

    /**
     * The forward pass of the first {@code rows} samples of {@code x} ({@code [input][sample]}), returning their
     * data loss against {@code y} (flat {@code [row][output]}).
     */
    double forward(double[][] weights, double[][] biases, double[][] x, double[] y, int rows, Loss loss) {
        pass.compute(weights, biases, x, rows);
        return loss.value(y, pass.outputA, rows, architecture.outputs());
    }

    /** Fills {@code gradW} and {@code gradB} with the data loss's gradients at the last {@link #forward}. */
    void backward(double[][] weights, double[] y, Loss loss) {
        int rows = pass.rows;
        int last = sizes.length - 1;
        loss.outputDelta(architecture.outputActivation(), y, pass.outputZ, pass.outputA, rows, sizes[last],
                outputDelta);
        NeuronMajor.fromRowMajor(outputDelta, rows, sizes[last], delta[last]);
        for (int k = last; k >= 1; k--) {
            product.dots(pass.a[k - 1], sizes[k - 1], delta[k], sizes[k], rows, gradW[k - 1]);
            if (gradB != null) {
                GradientSums.sums(delta[k], rows, sizes[k], gradB[k - 1]);
            }
            if (k > 1) {
                backThroughLayer(weights[k - 1], k, rows);
            }
        }
    }

    /** {@code delta(k-1) = (delta(k) · W^T) * f'(z(k-1))}, W being the weights between layers k-1 and k. */
    private void backThroughLayer(double[] weights, int k, int rows) {
        double[][] previous = delta[k - 1];
        int fanIn = sizes[k - 1];
        product.combine(weights, sizes[k], 1, delta[k], sizes[k], rows, previous, fanIn);
        Activation f = architecture.hiddenActivation();
        for (int i = 0; i < fanIn; i++) {
            f.multiplyByDerivative(pass.z[k - 1][i], pass.a[k - 1][i], rows, previous[i]);
        }
    }
}
