package com.nnplayground.engine;

/**
 * Backpropagation in the reference engine: the forward pass, then the deltas {@code delta(k) = dL/dz(k)} of each
 * layer from the output back, and from them the gradients of the data loss:
 * <pre>
 *     delta(L)   = dL/da(L) * f'(z(L))                    (the loss's output delta, {@link Loss#outputDelta})
 *     dL/dW(k)   = a(k-1)^T · delta(k)                    (fanIn x fanOut, summed over the rows)
 *     dL/db(k)   = the column sums of delta(k)
 *     delta(k-1) = (delta(k) · W(k)^T) * f'(z(k-1))       (* element by element)
 * </pre>
 * Matrices are flat and row-major, one row per sample, as in {@link ForwardPass}; every buffer is allocated once.
 */
final class Backprop {

    private final Architecture architecture;
    private final int[] sizes;
    final ForwardPass pass;
    /** {@code delta[k] = dL/dz(k)}, numbered like {@link ForwardPass}. */
    final double[][] delta;
    /** {@code gradW[k-1] = dL/dW(k)}, flat {@code fanIn x fanOut}. */
    final double[][] gradW;
    /** {@code gradB[k-1] = dL/db(k)}, or null when the architecture has no biases. */
    final double[][] gradB;

    Backprop(Architecture architecture, int maxRows) {
        this.architecture = architecture;
        this.sizes = architecture.layerSizes();
        this.pass = new ForwardPass(architecture, maxRows);
        int layers = architecture.layerCount();
        this.delta = new double[layers + 1][];
        this.gradW = new double[layers][];
        this.gradB = architecture.bias() ? new double[layers][] : null;
        for (int l = 0; l < layers; l++) {
            delta[l + 1] = new double[maxRows * sizes[l + 1]];
            gradW[l] = new double[sizes[l] * sizes[l + 1]];
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

    /** Fills {@code delta}, {@code gradW} and {@code gradB} for the last {@link #forward}. */
    void backward(double[][] weights, double[] y, Loss loss) {
        int rows = pass.rows;
        int last = sizes.length - 1;
        loss.outputDelta(architecture.outputActivation(), y, pass.z[last], pass.a[last], rows, sizes[last],
                delta[last]);
        for (int k = last; k >= 1; k--) {
            Matrices.multiplyTransposedLeft(pass.a[k - 1], rows, sizes[k - 1], delta[k], sizes[k], gradW[k - 1]);
            if (gradB != null) {
                Matrices.sumColumns(delta[k], rows, sizes[k], gradB[k - 1]);
            }
            if (k > 1) {
                Matrices.multiplyTransposedRight(delta[k], rows, sizes[k], weights[k - 1], sizes[k - 1], delta[k - 1]);
                architecture.hiddenActivation().multiplyByDerivative(pass.z[k - 1], pass.a[k - 1], delta[k - 1],
                        0, rows * sizes[k - 1]);
            }
        }
    }
}
