package com.nnplayground.engine;

/**
 * Backpropagation for one architecture, with every buffer allocated once: a forward pass, then the deltas
 * {@code dL/dz} of each layer from the output back, and from them the data gradients {@code gradW}, {@code gradB}.
 */
final class Backprop {

    private final Architecture architecture;
    private final int[] sizes;
    final ForwardPass pass;
    /** {@code delta[k] = dL/dz(k)}, numbered like {@link ForwardPass}. */
    private final double[][] delta;
    /** {@code gradW[l] = dL/dW} of weight layer l, flat {@code [fanIn][fanOut]}. */
    final double[][] gradW;
    /** {@code gradB[l] = dL/db} of weight layer l, or null when the architecture has no biases. */
    final double[][] gradB;
    /** {@code weightsT[l]} = weight layer l transposed, {@code [fanOut][fanIn]}, for passing deltas back. */
    private final double[][] weightsT;
    private final Product product;

    Backprop(Architecture architecture, int maxRows) {
        this.architecture = architecture;
        this.sizes = architecture.layerSizes();
        this.pass = ForwardPass.allocate(architecture, maxRows);
        int layers = architecture.layerCount();
        this.delta = new double[layers + 1][];
        this.gradW = new double[layers][];
        this.gradB = architecture.bias() ? new double[layers][] : null;
        this.weightsT = new double[layers][];
        int widest = 0;
        for (int k = 1; k < sizes.length; k++) {
            widest = Math.max(widest, sizes[k]);
        }
        this.product = new Product(Math.max(maxRows, ForwardPass.widestFanIn(sizes)), widest);
        for (int l = 0; l < layers; l++) {
            delta[l + 1] = new double[maxRows * sizes[l + 1]];
            gradW[l] = new double[sizes[l] * sizes[l + 1]];
            weightsT[l] = new double[sizes[l] * sizes[l + 1]];
            if (gradB != null) {
                gradB[l] = new double[sizes[l + 1]];
            }
        }
    }

    /** The forward pass of the first {@code rows} rows of {@code x}, returning their data loss against {@code y}. */
    double forward(double[][] weights, double[][] biases, double[] x, double[] y, int rows, Loss loss) {
        pass.compute(weights, biases, x, rows);
        return loss.value(y, pass.a[sizes.length - 1], rows, architecture.outputs());
    }

    /** Fills {@code gradW} and {@code gradB} with the data loss's gradients at the last {@link #forward}. */
    void backward(double[][] weights, double[] y, Loss loss) {
        int rows = pass.rows;
        int last = sizes.length - 1;
        loss.outputDelta(architecture.outputActivation(), y, pass.z[last], pass.a[last], rows, sizes[last],
                delta[last]);
        for (int k = last; k >= 1; k--) {
            product.multiplyTransposedLeft(pass.a[k - 1], rows, sizes[k - 1], delta[k], sizes[k], gradW[k - 1]);
            if (gradB != null) {
                Matrices.sumColumns(delta[k], rows, sizes[k], gradB[k - 1]);
            }
            if (k > 1) {
                backThroughLayer(weights[k - 1], weightsT[k - 1], k, rows);
            }
        }
    }

    /**
     * {@code delta(k-1) = (delta(k) · W^T) * f'(z(k-1))}, W being the weights between layers k-1 and k. W is
     * transposed first so the product runs along contiguous rows; each sum keeps its order, so the bits are those
     * of the plain dot products.
     */
    private void backThroughLayer(double[] weights, double[] transposed, int k, int rows) {
        double[] previous = delta[k - 1];
        Matrices.transpose(weights, sizes[k - 1], sizes[k], transposed);
        product.multiply(delta[k], rows, sizes[k], transposed, sizes[k - 1], previous);
        architecture.hiddenActivation().multiplyByDerivative(pass.z[k - 1], pass.a[k - 1], rows * sizes[k - 1],
                previous);
    }
}
