package com.nnplayground.engine.kernels;

import java.util.Arrays;

/**
 * {@code out[m] = sum_k A(m, k) in[k]}, whole arrays at a time: the forward pass and the step back of training on
 * the neuron-major layout ({@link NeuronMajor}), where each {@code in[k]} and {@code out[m]} is one neuron's values
 * over the samples of a batch.
 *
 * <p>Why: C2 vectorises a loop only when every array in it is indexed by the same loop variable, and only the main
 * part of a loop (a scalar pre- and post-loop handle the ends), so loops over 3-16 neurons run scalar while these
 * loops over the samples vectorise. Every sum keeps the order of the reference's matrix product (terms added in
 * ascending order, starting from 0), so the results are bit-for-bit the reference's.
 */
final class WeightedSums {

    private WeightedSums() {
    }

    /** Samples worked on at once by {@link #combine}: 512 doubles = 4 KB per array. */
    private static final int CHUNK = 512;
    /** Below this many samples {@link #combine} keeps each sum in a register. */
    private static final int FEW_SAMPLES = 16;
    /** Doubles of the inputs worked on at once: 32 KB, which stays in a core's L1 cache. */
    static final int BLOCK_DOUBLES = 4096;

    /**
     * Rows {@code from..to} of {@code out[m][s] = sum_k A(m, k) in[k][s]} for {@code s < span}, with
     * {@code A(m, k) = w[m * strideM + k * strideK]}: a layer's weights read in either direction, so the forward
     * pass ({@code z_j = sum_i W_ij a_i}) and the step back ({@code delta_i = sum_j W_ij delta_j}) share it.
     * Summed over k in ascending order, four terms per pass; the samples are taken in chunks and the k's in blocks
     * that fit in L1, each block serving every output row before the next is read.
     */
    static void combine(double[] w, int strideM, int strideK, double[][] in, int inner, int span, double[][] out,
                        int from, int to) {
        if (span < FEW_SAMPLES) {
            combineFew(w, strideM, strideK, in, inner, span, out, from, to);
            return;
        }
        for (int c0 = 0; c0 < span; c0 += CHUNK) {
            int c1 = Math.min(span, c0 + CHUNK);
            for (int m = from; m < to; m++) {
                Arrays.fill(out[m], c0, c1, 0.0);
            }
            int block = Math.max(4, BLOCK_DOUBLES / (c1 - c0) / 4 * 4);
            for (int first = 0; first < inner; first += block) {
                int end = Math.min(inner, first + block);
                for (int m = from; m < to; m++) {
                    double[] o = out[m];
                    int row = m * strideM;
                    int k = first;
                    for (; k + 3 < end; k += 4) {
                        int at = row + k * strideK;
                        addFour(o, c0, c1, w[at], in[k], w[at + strideK], in[k + 1], w[at + 2 * strideK], in[k + 2],
                                w[at + 3 * strideK], in[k + 3]);
                    }
                    for (; k < end; k++) {
                        addOne(o, c0, c1, w[row + k * strideK], in[k]);
                    }
                }
            }
        }
    }

    /**
     * {@link #combine} for a handful of samples (the seed's 4), four samples' sums side by side: the vector loops'
     * set-up would cost more than their work. The same sums in the same order.
     */
    private static void combineFew(double[] w, int strideM, int strideK, double[][] in, int inner, int span,
                                   double[][] out, int from, int to) {
        for (int m = from; m < to; m++) {
            double[] o = out[m];
            int row = m * strideM;
            int s = 0;
            for (; s + 3 < span; s += 4) {
                double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                for (int k = 0; k < inner; k++) {
                    double wk = w[row + k * strideK];
                    double[] ik = in[k];
                    s0 = s0 + wk * ik[s];
                    s1 = s1 + wk * ik[s + 1];
                    s2 = s2 + wk * ik[s + 2];
                    s3 = s3 + wk * ik[s + 3];
                }
                o[s] = s0;
                o[s + 1] = s1;
                o[s + 2] = s2;
                o[s + 3] = s3;
            }
            for (; s < span; s++) {
                double sum = 0;
                for (int k = 0; k < inner; k++) {
                    sum = sum + w[row + k * strideK] * in[k][s];
                }
                o[s] = sum;
            }
        }
    }

    /** {@code o[s] = o[s] + w0 a0[s] + w1 a1[s] + w2 a2[s] + w3 a3[s]} for {@code from <= s < to}, left to right. */
    static void addFour(double[] o, int from, int to, double w0, double[] a0, double w1, double[] a1,
                                double w2, double[] a2, double w3, double[] a3) {
        for (int s = from; s < to; s++) {
            o[s] = o[s] + w0 * a0[s] + w1 * a1[s] + w2 * a2[s] + w3 * a3[s];
        }
    }

    static void addOne(double[] o, int from, int to, double w0, double[] a0) {
        for (int s = from; s < to; s++) {
            o[s] += w0 * a0[s];
        }
    }

    /** {@code out[j][s] += b[j]} for {@code s < rows}. */
    static void addBiases(double[][] out, double[] b, int rows) {
        for (int j = 0; j < b.length; j++) {
            double[] o = out[j];
            double bj = b[j];
            for (int s = 0; s < rows; s++) {
                o[s] += bj;
            }
        }
    }
}
