package com.nnplayground.engine.kernels;

/**
 * The layout the kernels work on: a layer's z's, a's and deltas are one flat array, neuron after neuron, each
 * neuron's values over the samples of a batch side by side ({@code a[j * stride + s]}), so the forward pass and the
 * step back are products whose vectors run over the samples (150 to thousands) instead of a layer's 3 to 16
 * neurons. The stride is the batch's largest row count rounded up to {@link #PAD}, so a vector never straddles two
 * neurons; the lanes past a batch's rows hold finite leftovers that no result reads. This is the transpose
 * from it to row-major matrices (one row per sample), which the weight gradients read.
 */
final class NeuronMajor {

    /** Rows and columns are padded to a multiple of this: every vector length there is (2, 4 or 8 doubles). */
    static final int PAD = 8;

    private NeuronMajor() {
    }

    static int padded(int n) {
        return (n + PAD - 1) / PAD * PAD;
    }

    /** {@code out[s * outStride + j] = in[j * stride + s]} for {@code from <= j < n}, {@code s < rows}. */
    static void toRows(double[] in, int stride, int from, int n, int rows, double[] out, int outStride) {
        for (int j = from; j < n; j++) {
            int row = j * stride;
            for (int s = 0; s < rows; s++) {
                out[s * outStride + j] = in[row + s];
            }
        }
    }
}
