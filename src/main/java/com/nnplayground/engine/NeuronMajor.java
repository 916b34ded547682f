package com.nnplayground.engine;

import java.util.Arrays;

/**
 * The kernels of training on the neuron-major layout: a layer's z's, a's and deltas are held as one array per
 * neuron, indexed by sample ({@code a[i][s]}), so every inner loop runs over the samples of a batch (150 to
 * thousands) instead of over a layer's width (often 3 to 16).
 *
 * <p>Why: C2 (JDK 17) vectorises a loop only when every array in it is indexed by the same loop variable, and only
 * the main part of a loop (a scalar pre- and post-loop handle the ends), so loops over 3-16 neurons ran scalar
 * while loops over the samples vectorise. Every sum keeps the order of the plain matrix product (terms added in
 * ascending order, starting from 0), so the results are bit-for-bit those of the row-major kernels they
 * replaced ({@code BitsPinnedTest}).
 */
final class NeuronMajor {

    private NeuronMajor() {
    }

    /** Samples worked on at once by {@link #combine}: 512 doubles = 4 KB per array. */
    private static final int CHUNK = 512;
    /** Below this many samples {@link #combine} keeps each sum in a register. */
    private static final int FEW_SAMPLES = 16;
    /** Doubles of the inputs worked on at once: 32 KB, which stays in a core's L1 cache. */
    private static final int BLOCK_DOUBLES = 4096;

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
    private static void addFour(double[] o, int from, int to, double w0, double[] a0, double w1, double[] a1,
                                double w2, double[] a2, double w3, double[] a3) {
        for (int s = from; s < to; s++) {
            o[s] = o[s] + w0 * a0[s] + w1 * a1[s] + w2 * a2[s] + w3 * a3[s];
        }
    }

    private static void addOne(double[] o, int from, int to, double w0, double[] a0) {
        for (int s = from; s < to; s++) {
            o[s] += w0 * a0[s];
        }
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
        int block = Math.max(4, BLOCK_DOUBLES / n / 4 * 4);
        for (int first = 0; first < rows; first += block) {
            int end = Math.min(rows, first + block);
            for (int i = from; i < to; i++) {
                double[] o = out[i];
                double[] ai = a[i];
                int s = first;
                for (; s + 3 < end; s += 4) {
                    addFour(o, 0, n, ai[s], d[s], ai[s + 1], d[s + 1], ai[s + 2], d[s + 2], ai[s + 3], d[s + 3]);
                }
                for (; s < end; s++) {
                    addOne(o, 0, n, ai[s], d[s]);
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

    /** The first {@code rows} samples of {@code columns[n][.]} as the flat row-major {@code out[rows x n]}. */
    static void toRowMajor(double[][] columns, int rows, int n, double[] out) {
        for (int j = 0; j < n; j++) {
            double[] c = columns[j];
            for (int s = 0; s < rows; s++) {
                out[s * n + j] = c[s];
            }
        }
    }

    /** The first {@code rows} samples of {@code columns[n][.]} as one array per sample, {@code out[s][j]}. */
    static void toRows(double[][] columns, int rows, int n, double[][] out) {
        int j = 0;
        for (; j + 3 < n; j += 4) {
            double[] c0 = columns[j];
            double[] c1 = columns[j + 1];
            double[] c2 = columns[j + 2];
            double[] c3 = columns[j + 3];
            for (int s = 0; s < rows; s++) {
                double[] row = out[s];
                row[j] = c0[s];
                row[j + 1] = c1[s];
                row[j + 2] = c2[s];
                row[j + 3] = c3[s];
            }
        }
        for (; j < n; j++) {
            double[] c = columns[j];
            for (int s = 0; s < rows; s++) {
                out[s][j] = c[s];
            }
        }
    }


    /** The flat row-major {@code flat[rows x n]} as one array per column, {@code out[j][s]}. */
    static void fromRowMajor(double[] flat, int rows, int n, double[][] out) {
        for (int j = 0; j < n; j++) {
            double[] c = out[j];
            for (int s = 0; s < rows; s++) {
                c[s] = flat[s * n + j];
            }
        }
    }

    /** {@code rows[s][.]} as {@code [neuron][sample]}: {@code columns} arrays of {@code rows.length} each. */
    static double[][] columnsOf(double[][] rows, int columns) {
        double[][] out = new double[columns][rows.length];
        for (int s = 0; s < rows.length; s++) {
            for (int j = 0; j < columns; j++) {
                out[j][s] = rows[s][j];
            }
        }
        return out;
    }

    /** The first {@code rows} samples of {@code columns[n][.]} as {@code [sample][neuron]}. */
    static double[][] rowsOf(double[][] columns, int rows, int n) {
        double[][] out = new double[rows][n];
        for (int j = 0; j < n; j++) {
            for (int s = 0; s < rows; s++) {
                out[s][j] = columns[j][s];
            }
        }
        return out;
    }
}
