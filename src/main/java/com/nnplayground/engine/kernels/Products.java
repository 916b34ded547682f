package com.nnplayground.engine.kernels;

/**
 * The one product every step of training is made of, on flat arrays:
 * <pre>
 *     out[p * os + q] = sum_{c < inner} x[p * xp + c * xc] * y[c * ys + q]   (+ bias[p])
 * </pre>
 * for rows {@code from <= p < to} and columns {@code q0 <= q < q1} ({@code q0} and {@code q1} multiples of
 * {@link NeuronMajor#PAD}). Each sum runs over c in ascending order from 0 and the bias is added last, exactly as in
 * the reference's matrix products, so every implementation gives the reference's bits whatever its blocking, and
 * however the rows are shared between threads.
 */
interface Products {

    /** The doubles of the scratch panel {@link #multiply} may use: each thread calling it passes its own. */
    int PANEL_DOUBLES = 4096;

    default void multiply(double[] x, int xp, int xc, double[] y, int ys, double[] out, int os, int inner, int q0,
                          int q1, double[] bias, int from, int to, double[] panel) {
        multiply(x, xp, xc, y, ys, out, os, inner, q0, q1, bias, from, to, false, panel);
    }

    /**
     * As the product above, or, when {@code onto} is true, each sum picked up from the value {@code out} holds and
     * carried on over c: {@code out = (...((out + x[p][0] y[0][q]) + x[p][1] y[1][q]) ...)}. A sum over rows cut in
     * parts then comes out of the parts' products, called one after the other, with the bits of one product over all
     * its rows.
     */
    void multiply(double[] x, int xp, int xc, double[] y, int ys, double[] out, int os, int inner, int q0, int q1,
                  double[] bias, int from, int to, boolean onto, double[] panel);

    /**
     * {@code out[s * outStride + j] = in[j * stride + s]} for {@code j < n}, {@code s < rows}: the first {@code rows}
     * samples of a neuron-major layer as sample rows, what a weight gradient's vectors run along.
     */
    void toSampleRows(double[] in, int stride, int n, int rows, double[] out, int outStride);
}
