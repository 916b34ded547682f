package com.nnplayground.engine;

import java.util.Arrays;

/**
 * The few matrix products the engine needs, on flat row-major arrays. Every inner loop runs over
 * contiguous memory (i-k-j order), which is what makes plain Java loops fast here.
 */
final class Matrices {

    private Matrices() {
    }

    /** Doubles of the right operand worked on at once: 32 KB, which stays in a core's L1 cache. */
    private static final int BLOCK_DOUBLES = 4096;

    /**
     * Rows {@code from..to} of {@code out[rows x cols] = a[rows x inner] · w[inner x cols]}, {@code w} and {@code out}
     * given as one array per row. Each element is summed over k in ascending order, four terms per pass (one load
     * and store of {@code out} per four multiply-adds), which gives the same bits as one term at a time. The k's are
     * taken in blocks of w that fit in L1, each block serving every row before the next is read.
     *
     * <p>Why one array per row: C2 (JDK 17) vectorises the inner loop only when every array in it is indexed by
     * the same {@code j}; with offsets into one flat array ({@code out[o + j]}, {@code w[w0 + j]}) it cannot rule
     * out overlap and runs the loop scalar (measured: 2.7x slower for four multiply-adds per element).
     */
    static void multiplyRows(double[] a, int inner, double[][] w, int cols, double[][] out, int from, int to) {
        for (int r = from; r < to; r++) {
            Arrays.fill(out[r], 0, cols, 0.0);
        }
        int block = blockOf(cols);
        for (int first = 0; first < inner; first += block) {
            int end = Math.min(inner, first + block);
            for (int r = from; r < to; r++) {
                double[] o = out[r];
                int aRow = r * inner;
                int k = first;
                for (; k + 3 < end; k += 4) {
                    addFour(o, cols, a[aRow + k], w[k], a[aRow + k + 1], w[k + 1], a[aRow + k + 2], w[k + 2],
                            a[aRow + k + 3], w[k + 3]);
                }
                for (; k < end; k++) {
                    addOne(o, cols, a[aRow + k], w[k]);
                }
            }
        }
    }

    /** {@code o[j] = o[j] + a0 w0[j] + a1 w1[j] + a2 w2[j] + a3 w3[j]} for {@code j < n}, summed left to right. */
    private static void addFour(double[] o, int n, double a0, double[] w0, double a1, double[] w1, double a2,
                                double[] w2, double a3, double[] w3) {
        for (int j = 0; j < n; j++) {
            o[j] = o[j] + a0 * w0[j] + a1 * w1[j] + a2 * w2[j] + a3 * w3[j];
        }
    }

    private static void addOne(double[] o, int n, double a0, double[] w0) {
        for (int j = 0; j < n; j++) {
            o[j] += a0 * w0[j];
        }
    }

    /** How many rows of a {@code cols}-wide operand fill {@link #BLOCK_DOUBLES}, a multiple of 4, at least 4. */
    private static int blockOf(int cols) {
        return Math.max(4, BLOCK_DOUBLES / cols / 4 * 4);
    }

    /**
     * Rows {@code from..to} (of m) of {@code out[m x n] = a[rows x m]^T · d[rows x n]}: the weight gradient of a
     * layer, {@code d} and {@code out} given as one array per row (see {@link #multiplyRows}). Each element is summed
     * over the samples in ascending order.
     */
    static void multiplyTransposedLeftRows(double[] a, int rows, int m, double[][] d, int n, double[][] out, int from,
                                       int to) {
        for (int i = from; i < to; i++) {
            Arrays.fill(out[i], 0, n, 0.0);
        }
        int block = blockOf(n);
        for (int first = 0; first < rows; first += block) {
            int end = Math.min(rows, first + block);
            for (int i = from; i < to; i++) {
                double[] o = out[i];
                int r = first;
                for (; r + 3 < end; r += 4) {
                    addFour(o, n, a[r * m + i], d[r], a[(r + 1) * m + i], d[r + 1], a[(r + 2) * m + i], d[r + 2],
                            a[(r + 3) * m + i], d[r + 3]);
                }
                for (; r < end; r++) {
                    addOne(o, n, a[r * m + i], d[r]);
                }
            }
        }
    }

    /**
     * Rows {@code from..to} of {@code out[rows x cols] = a[rows x inner] · w[inner x cols]}. Each element is summed
     * over k in ascending order, four terms per pass (one load and store of {@code out} per four multiply-adds),
     * which gives the same bits as one term at a time. The k's are taken in blocks of w that fit in L1, each
     * block serving every row before the next is read.
     */
    static void multiplyNarrow(double[] a, int inner, double[] w, int cols, double[] out, int from, int to) {
        Arrays.fill(out, from * cols, to * cols, 0.0);
        int block = blockOf(cols);
        for (int first = 0; first < inner; first += block) {
            int end = Math.min(inner, first + block);
            for (int r = from; r < to; r++) {
                int o = r * cols;
                int aRow = r * inner;
                int k = first;
                for (; k + 3 < end; k += 4) {
                    double a0 = a[aRow + k];
                    double a1 = a[aRow + k + 1];
                    double a2 = a[aRow + k + 2];
                    double a3 = a[aRow + k + 3];
                    int w0 = k * cols;
                    int w1 = w0 + cols;
                    int w2 = w1 + cols;
                    int w3 = w2 + cols;
                    for (int j = 0; j < cols; j++) {
                        out[o + j] = out[o + j] + a0 * w[w0 + j] + a1 * w[w1 + j] + a2 * w[w2 + j] + a3 * w[w3 + j];
                    }
                }
                for (; k < end; k++) {
                    double ak = a[aRow + k];
                    int w0 = k * cols;
                    for (int j = 0; j < cols; j++) {
                        out[o + j] += ak * w[w0 + j];
                    }
                }
            }
        }
    }

    /**
     * Rows {@code from..to} (of m) of {@code out[m x n] = a[rows x m]^T · d[rows x n]}: the weight gradient of a
     * layer. Each element is summed over the samples in ascending order.
     */
    static void multiplyTransposedLeftNarrow(double[] a, int rows, int m, double[] d, int n, double[] out, int from, int to) {
        Arrays.fill(out, from * n, to * n, 0.0);
        if (n == 1) {
            columnTimesRows(a, rows, m, d, out, from, to);
            return;
        }
        int block = blockOf(n);
        for (int first = 0; first < rows; first += block) {
            int end = Math.min(rows, first + block);
            for (int i = from; i < to; i++) {
                int o = i * n;
                int r = first;
                for (; r + 3 < end; r += 4) {
                    double a0 = a[r * m + i];
                    double a1 = a[(r + 1) * m + i];
                    double a2 = a[(r + 2) * m + i];
                    double a3 = a[(r + 3) * m + i];
                    int d0 = r * n;
                    int d1 = d0 + n;
                    int d2 = d1 + n;
                    int d3 = d2 + n;
                    for (int j = 0; j < n; j++) {
                        out[o + j] = out[o + j] + a0 * d[d0 + j] + a1 * d[d1 + j] + a2 * d[d2 + j] + a3 * d[d3 + j];
                    }
                }
                for (; r < end; r++) {
                    double ar = a[r * m + i];
                    int d0 = r * n;
                    for (int j = 0; j < n; j++) {
                        out[o + j] += ar * d[d0 + j];
                    }
                }
            }
        }
    }

    /** a^T·d for a single column d: runs along a's rows instead, which are contiguous. */
    private static void columnTimesRows(double[] a, int rows, int m, double[] d, double[] out, int from, int to) {
        int r = 0;
        for (; r + 3 < rows; r += 4) {
            double d0 = d[r];
            double d1 = d[r + 1];
            double d2 = d[r + 2];
            double d3 = d[r + 3];
            int a0 = r * m;
            int a1 = a0 + m;
            int a2 = a1 + m;
            int a3 = a2 + m;
            for (int i = from; i < to; i++) {
                out[i] = out[i] + a[a0 + i] * d0 + a[a1 + i] * d1 + a[a2 + i] * d2 + a[a3 + i] * d3;
            }
        }
        for (; r < rows; r++) {
            double dr = d[r];
            int a0 = r * m;
            for (int i = from; i < to; i++) {
                out[i] += a[a0 + i] * dr;
            }
        }
    }

    /** Copies {@code flat[rows x cols]} into one array per row, {@code out[r][0..cols)}. */
    static void toRows(double[] flat, int rows, int cols, double[][] out) {
        for (int r = 0; r < rows; r++) {
            System.arraycopy(flat, r * cols, out[r], 0, cols);
        }
    }

    /** {@code out[n x m] = w[m x n]^T}, so that {@code d · w^T} becomes a plain product. */
    static void transpose(double[] w, int m, int n, double[] out) {
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                out[j * m + i] = w[i * n + j];
            }
        }
    }

    /** Copies rows {@code from..to} of {@code rowsIn[.][0..cols)} into the flat {@code out[rows x cols]}. */
    static void fromRows(double[][] rowsIn, int cols, double[] out, int from, int to) {
        for (int r = from; r < to; r++) {
            System.arraycopy(rowsIn[r], 0, out, r * cols, cols);
        }
    }


    /** Adds {@code row} to each of the first {@code rows} rows of {@code m}. */
    static void addToEachRow(double[] m, int rows, double[] row) {
        int cols = row.length;
        for (int r = 0; r < rows; r++) {
            int start = r * cols;
            for (int j = 0; j < cols; j++) {
                m[start + j] += row[j];
            }
        }
    }

    /** {@code out[n] = column sums of the first rows of d[rows x n]}: the bias gradient of a layer. */
    static void sumColumns(double[] d, int rows, int n, double[] out) {
        Arrays.fill(out, 0, n, 0.0);
        for (int r = 0; r < rows; r++) {
            int start = r * n;
            for (int j = 0; j < n; j++) {
                out[j] += d[start + j];
            }
        }
    }

    static double[] flatten(double[][] rows, int columns) {
        double[] flat = new double[rows.length * columns];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * columns, columns);
        }
        return flat;
    }

    static double[][] unflatten(double[] flat, int rows, int columns) {
        double[][] out = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(flat, r * columns, out[r], 0, columns);
        }
        return out;
    }

    /** A deep copy of a list of arrays; null stays null. */
    static double[][] copy(double[][] arrays) {
        if (arrays == null) {
            return null;
        }
        double[][] copy = new double[arrays.length][];
        for (int i = 0; i < arrays.length; i++) {
            copy[i] = arrays[i].clone();
        }
        return copy;
    }
}
