package com.nnplayground.engine.kernels;

import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.Gradients;
import com.nnplayground.engine.Loss;

/**
 * The reference engine's backpropagation ({@code com.nnplayground.engine.Backprop}) on the neuron-major layout
 * ({@link NeuronMajor}), every matrix product one {@link Products#multiply}: the same sums in the same order, so the
 * same numbers, faster.
 *
 * <p>The weight gradient {@code dL/dW(k)[i][j] = sum_s a(k-1)[i][s] delta(k)[j][s]} runs its vectors over the wider
 * of the layer's two sides, from a row-major copy of that side: over j when the layer has at least
 * {@link NeuronMajor#PAD} neurons (delta copied into sample rows), else over i when it has that many inputs (a
 * copied), else, for the seed's tiny layers, sum by sum. The row of 1s under each {@code a} makes the same product
 * give {@code dL/db(k)[j] = sum_s 1 * delta(k)[j][s]}. The training data, inputs and targets, are held
 * neuron-major, and each mini-batch is copied out of them in its order; the loss reads the targets and the output
 * layer's a, and writes its delta, in that layout (steps 1 and the stride), so the output layer never goes to sample
 * rows and back.
 */
public final class KernelGradients implements Gradients {

    private final Architecture architecture;
    private final Loss loss;
    private final int[] sizes;
    private final boolean bias;
    private final double[] x;
    private final int dataStride;
    private final double[] y;
    private final double[] batchX;
    private final double[] batchY;
    private final NeuronMajorPass pass;
    /** {@code delta[k] = dL/dz(k)}, {@code sizes[k] x stride}. */
    private final double[][] delta;
    /** A layer's deltas, or activations, copied into sample rows for its weight gradient. */
    private final double[] sampleRows;
    /** A weight gradient (and bias gradient) as the product writes it, before it is copied into gradW and gradB. */
    private final double[] product;
    private final double[][] gradW;
    private final double[][] gradB;
    private final LayerProduct multiply;

    /** For training rows {@code x}, {@code y} in batches of at most {@code maxRows}. */
    public KernelGradients(Architecture architecture, Loss loss, double[][] x, double[][] y, int maxRows,
                           KernelThreads threads) {
        this.architecture = architecture;
        this.loss = loss;
        this.sizes = architecture.layerSizes();
        this.bias = architecture.bias();
        int inputs = architecture.inputs();
        int outputs = architecture.outputs();
        this.dataStride = NeuronMajor.padded(x.length);
        this.x = NeuronMajorPass.withRowOfOnes(inputs, dataStride);
        this.y = new double[outputs * dataStride];
        for (int r = 0; r < x.length; r++) {
            for (int i = 0; i < inputs; i++) {
                this.x[i * dataStride + r] = x[r][i];
            }
            for (int k = 0; k < outputs; k++) {
                this.y[k * dataStride + r] = y[r][k];
            }
        }
        this.pass = new NeuronMajorPass(architecture, maxRows, threads);
        boolean whole = maxRows == x.length;
        this.batchX = whole ? null : NeuronMajorPass.withRowOfOnes(inputs, pass.stride);
        this.batchY = whole ? null : new double[outputs * pass.stride];
        int layers = architecture.layerCount();
        this.delta = new double[layers + 1][];
        this.gradW = new double[layers][];
        this.gradB = bias ? new double[layers][] : null;
        int rowWidth = 0;
        int productSize = 0;
        for (int l = 0; l < layers; l++) {
            int m = sizes[l];
            int n = sizes[l + 1];
            delta[l + 1] = new double[n * pass.stride];
            gradW[l] = new double[m * n];
            if (bias) {
                gradB[l] = new double[n];
            }
            if (n >= NeuronMajor.PAD) {
                rowWidth = Math.max(rowWidth, NeuronMajor.padded(n));
                productSize = Math.max(productSize, (m + 1) * NeuronMajor.padded(n));
            } else if (m >= NeuronMajor.PAD) {
                rowWidth = Math.max(rowWidth, NeuronMajor.padded(m + 1));
                productSize = Math.max(productSize, n * NeuronMajor.padded(m + 1));
            }
        }
        this.sampleRows = new double[maxRows * rowWidth];
        this.product = new double[productSize];
        this.multiply = new LayerProduct(threads);
    }

    @Override
    public double compute(double[][] weights, double[][] biases, int[] order, int first, int count) {
        double[] bx = x;
        double[] by = y;
        if (order != null) {
            int inputs = architecture.inputs();
            int outputs = architecture.outputs();
            int stride = pass.stride;
            for (int r = 0; r < count; r++) {
                int row = order[first + r];
                for (int i = 0; i < inputs; i++) {
                    batchX[i * stride + r] = x[i * dataStride + row];
                }
                for (int k = 0; k < outputs; k++) {
                    batchY[k * stride + r] = y[k * dataStride + row];
                }
            }
            bx = batchX;
            by = batchY;
        }
        pass.compute(weights, biases, bx, count);
        int last = sizes.length - 1;
        double batchLoss = loss.value(by, pass.a[last], count, sizes[last], 1, pass.stride);
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
        int stride = pass.stride;
        loss.outputDelta(architecture.outputActivation(), y, pass.z[last], pass.a[last], rows, sizes[last], 1, stride,
                delta[last]);
        for (int k = last; k >= 1; k--) {
            gradients(k, rows);
            if (k > 1) {
                int m = sizes[k - 1];
                int n = sizes[k];
                multiply.multiply(weights[k - 1], n, 1, delta[k], stride, delta[k - 1], stride, n,
                        NeuronMajor.padded(rows), null, m);
                architecture.hiddenActivation().multiplyByDerivative(pass.z[k - 1], pass.a[k - 1], delta[k - 1],
                        0, m * stride);
            }
        }
    }

    /** {@code dL/dW(k)} and {@code dL/db(k)} from {@code a(k-1)} and {@code delta(k)}. */
    private void gradients(int k, int rows) {
        int m = sizes[k - 1];
        int n = sizes[k];
        int stride = pass.stride;
        double[] a = pass.a[k - 1];
        double[] d = delta[k];
        double[] w = gradW[k - 1];
        int ones = bias ? 1 : 0;
        if (n >= NeuronMajor.PAD) {
            int width = NeuronMajor.padded(n);
            Kernels.PRODUCTS.toSampleRows(d, stride, n, rows, sampleRows, width);
            multiply.multiply(a, stride, 1, sampleRows, width, product, width, rows, width, null, m + ones);
            for (int i = 0; i < m; i++) {
                System.arraycopy(product, i * width, w, i * n, n);
            }
            if (bias) {
                System.arraycopy(product, m * width, gradB[k - 1], 0, n);
            }
        } else if (m >= NeuronMajor.PAD) {
            int width = NeuronMajor.padded(m + ones);
            Kernels.PRODUCTS.toSampleRows(a, stride, m + ones, rows, sampleRows, width);
            multiply.multiply(d, stride, 1, sampleRows, width, product, width, rows, width, null, n);
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < m; i++) {
                    w[i * n + j] = product[j * width + i];
                }
                if (bias) {
                    gradB[k - 1][j] = product[j * width + m];
                }
            }
        } else {
            for (int i = 0; i < m + ones; i++) {
                for (int j = 0; j < n; j++) {
                    double sum = 0;
                    for (int s = 0; s < rows; s++) {
                        sum += a[i * stride + s] * d[j * stride + s];
                    }
                    if (i < m) {
                        w[i * n + j] = sum;
                    } else {
                        gradB[k - 1][j] = sum;
                    }
                }
            }
        }
    }
}
