package com.nnplayground.engine.kernels;

import java.util.Arrays;

/**
 * The gradients' sums over the samples of a batch on the neuron-major layout ({@link NeuronMajor}):
 * {@code dL/dW_ij = sum_s a_i[s] delta_j[s]} and {@code dL/db_j = sum_s delta_j[s]}. Each sum runs over the
 * samples in ascending order from 0, as the plain matrix product does, so the bits never depend on how the work is
 * split. C2 does not vectorise a sum whose order must be kept, so several sums run side by side instead; layers
 * at least 32 wide are summed along sample-major rows, which does vectorise (over the layer's width).
 */
final class GradientSums {

    private GradientSums() {
    }

    /**
     * Rows {@code from..to} (of m) of the flat {@code out[m x n]}, {@code out[i n + j] = sum_{s < rows} a[i][s] d[j][s]}:
     * the weight gradient of a layer. Each sum runs over the samples in ascending order; several sums run side by
     * side (two rows by four columns, or four rows by one column) so their additions do not wait on each other.
     */
    static void dots(double[][] a, double[][] d, int rows, int n, double[] out, int from, int to) {
        int quads = n / 4 * 4;
        int i = from;
        for (; i + 1 < to; i += 2) {
            for (int j = 0; j < quads; j += 4) {
                dotsTwoByFour(a[i], a[i + 1], d[j], d[j + 1], d[j + 2], d[j + 3], rows, out, i * n + j, n);
            }
        }
        if (i < to) {
            for (int j = 0; j < quads; j += 4) {
                dotsTwoByFour(a[i], a[i], d[j], d[j + 1], d[j + 2], d[j + 3], rows, out, i * n + j, 0);
            }
        }
        for (int j = quads; j < n; j++) {
            int r = from;
            for (; r + 3 < to; r += 4) {
                dotsFourByOne(a[r], a[r + 1], a[r + 2], a[r + 3], d[j], rows, out, r * n + j, n);
            }
            for (; r < to; r++) {
                double sum = 0;
                double[] ar = a[r];
                double[] dj = d[j];
                for (int s = 0; s < rows; s++) {
                    sum = sum + ar[s] * dj[s];
                }
                out[r * n + j] = sum;
            }
        }
    }

    /** Two rows {@code a0, a1} against four columns; {@code next} is the offset of a1's sums (0 writes a0's twice). */
    private static void dotsTwoByFour(double[] a0, double[] a1, double[] d0, double[] d1, double[] d2, double[] d3,
                                      int rows, double[] out, int at, int next) {
        double s00 = 0, s01 = 0, s02 = 0, s03 = 0, s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        for (int s = 0; s < rows; s++) {
            double x0 = a0[s];
            double x1 = a1[s];
            double e0 = d0[s];
            double e1 = d1[s];
            double e2 = d2[s];
            double e3 = d3[s];
            s00 = s00 + x0 * e0;
            s01 = s01 + x0 * e1;
            s02 = s02 + x0 * e2;
            s03 = s03 + x0 * e3;
            s10 = s10 + x1 * e0;
            s11 = s11 + x1 * e1;
            s12 = s12 + x1 * e2;
            s13 = s13 + x1 * e3;
        }
        out[at + next] = s10;
        out[at + next + 1] = s11;
        out[at + next + 2] = s12;
        out[at + next + 3] = s13;
        out[at] = s00;
        out[at + 1] = s01;
        out[at + 2] = s02;
        out[at + 3] = s03;
    }

    /** Four rows against one column {@code d}; row r's sum goes to {@code out[at + r * stride]}. */
    private static void dotsFourByOne(double[] a0, double[] a1, double[] a2, double[] a3, double[] d, int rows,
                                      double[] out, int at, int stride) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (int s = 0; s < rows; s++) {
            double e = d[s];
            s0 = s0 + a0[s] * e;
            s1 = s1 + a1[s] * e;
            s2 = s2 + a2[s] * e;
            s3 = s3 + a3[s] * e;
        }
        out[at] = s0;
        out[at + stride] = s1;
        out[at + 2 * stride] = s2;
        out[at + 3 * stride] = s3;
    }

    /**
     * Rows {@code from..to} of {@code out[i][j] = sum_{s < rows} a[i][s] d[s][j]}, with {@code d} sample-major (one
     * array of n per sample): the weight gradient again, for layers wide enough that a loop over their width
     * vectorises. The same sums in the same order as {@link #dots}, so the same bits; the samples are taken in
     * blocks of d that fit in L1.
     */
    static void dotsAlongRows(double[][] a, double[][] d, int rows, int n, double[][] out, int from, int to) {
        for (int i = from; i < to; i++) {
            Arrays.fill(out[i], 0, n, 0.0);
        }
        int block = Math.max(4, WeightedSums.BLOCK_DOUBLES / n / 4 * 4);
        for (int first = 0; first < rows; first += block) {
            int end = Math.min(rows, first + block);
            for (int i = from; i < to; i++) {
                double[] o = out[i];
                double[] ai = a[i];
                int s = first;
                for (; s + 3 < end; s += 4) {
                    WeightedSums.addFour(o, 0, n, ai[s], d[s], ai[s + 1], d[s + 1], ai[s + 2], d[s + 2], ai[s + 3], d[s + 3]);
                }
                for (; s < end; s++) {
                    WeightedSums.addOne(o, 0, n, ai[s], d[s]);
                }
            }
        }
    }

    /** {@code out[j] = sum_{s < rows} d[j][s]} for {@code j < n}: the bias gradient of a layer, four sums at a time. */
    static void sums(double[][] d, int rows, int n, double[] out) {
        int j = 0;
        for (; j + 3 < n; j += 4) {
            double[] d0 = d[j];
            double[] d1 = d[j + 1];
            double[] d2 = d[j + 2];
            double[] d3 = d[j + 3];
            double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            for (int s = 0; s < rows; s++) {
                s0 += d0[s];
                s1 += d1[s];
                s2 += d2[s];
                s3 += d3[s];
            }
            out[j] = s0;
            out[j + 1] = s1;
            out[j + 2] = s2;
            out[j + 3] = s3;
        }
        for (; j < n; j++) {
            double sum = 0;
            double[] dj = d[j];
            for (int s = 0; s < rows; s++) {
                sum += dj[s];
            }
            out[j] = sum;
        }
    }
}
