package com.nnplayground.engine.kernels;

import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.Gradients;
import com.nnplayground.engine.Loss;

/**
 * The reference engine's backpropagation ({@code com.nnplayground.engine.Backprop}) on the neuron-major layout,
 * with the products of {@link LayerProduct}: the same sums in the same order, so the same numbers, faster. The
 * training data are held neuron-major ({@code x[input][row]}) and each mini-batch is copied out of them in its
 * order; the targets and the output layer's delta stay flat rows, as the losses read and write them.
 */
public final class KernelGradients implements Gradients {

    private final Architecture architecture;
    private final Loss loss;
    private final int[] sizes;
    private final double[][] x;
    private final double[] y;
    private final double[][] batchX;
    private final double[] batchY;
    private final NeuronMajorPass pass;
    /** {@code delta[k] = dL/dz(k)}, {@code [neuron][sample]}. */
    private final double[][][] delta;
    /** The output layer's delta as the loss writes it, flat {@code [row][output]}. */
    private final double[] outputDelta;
    private final double[][] gradW;
    private final double[][] gradB;
    private final LayerProduct product;

    /** For training rows {@code x}, {@code y} in batches of at most {@code maxRows}. */
    public KernelGradients(Architecture architecture, Loss loss, double[][] x, double[][] y, int maxRows,
                           KernelThreads threads) {
        this.architecture = architecture;
        this.loss = loss;
        this.sizes = architecture.layerSizes();
        int inputs = architecture.inputs();
        int outputs = architecture.outputs();
        this.x = NeuronMajor.columnsOf(x, inputs);
        this.y = new double[y.length * outputs];
        for (int r = 0; r < y.length; r++) {
            System.arraycopy(y[r], 0, this.y, r * outputs, outputs);
        }
        boolean whole = maxRows == x.length;
        this.batchX = whole ? null : new double[inputs][maxRows];
        this.batchY = whole ? null : new double[maxRows * outputs];
        this.pass = new NeuronMajorPass(architecture, maxRows, threads);
        int layers = architecture.layerCount();
        this.delta = new double[layers + 1][][];
        this.outputDelta = new double[maxRows * outputs];
        this.gradW = new double[layers][];
        this.gradB = architecture.bias() ? new double[layers][] : null;
        int widestFanIn = 0;
        int widest = 0;
        for (int l = 0; l < layers; l++) {
            widestFanIn = Math.max(widestFanIn, sizes[l]);
            widest = Math.max(widest, sizes[l + 1]);
            delta[l + 1] = new double[sizes[l + 1]][maxRows];
            gradW[l] = new double[sizes[l] * sizes[l + 1]];
            if (gradB != null) {
                gradB[l] = new double[sizes[l + 1]];
            }
        }
        this.product = new LayerProduct(maxRows, widestFanIn, widest, threads);
    }

    @Override
    public double compute(double[][] weights, double[][] biases, int[] order, int first, int count) {
        double[][] bx = x;
        double[] by = y;
        if (order != null) {
            int outputs = architecture.outputs();
            for (int r = 0; r < count; r++) {
                int row = order[first + r];
                for (int i = 0; i < x.length; i++) {
                    batchX[i][r] = x[i][row];
                }
                System.arraycopy(y, row * outputs, batchY, r * outputs, outputs);
            }
            bx = batchX;
            by = batchY;
        }
        pass.compute(weights, biases, bx, count);
        double batchLoss = loss.value(by, pass.outputA, count, architecture.outputs());
        backward(weights, by, count);
        return batchLoss;
    }

    @Override
    public double[][] gradW() {
        return gradW;
    }

    @Override
    public double[][] gradB() {
        return gradB;
    }

    private void backward(double[][] weights, double[] y, int rows) {
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
        for (int i = 0; i < fanIn; i++) {
            architecture.hiddenActivation().multiplyByDerivative(pass.z[k - 1][i], pass.a[k - 1][i], rows,
                    previous[i]);
        }
    }
}
