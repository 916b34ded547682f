package com.nnplayground.engine;

import java.util.Arrays;

/**
 * The matrices of the reference engine: flat row-major arrays, element {@code (r, c)} of an {@code R x C} matrix
 * at {@code r * C + c}. Here are the few products backpropagation needs, each summing its terms in ascending order
 * from 0 (the kernels keep that order, so both engines give the same numbers), and the copies between flat arrays
 * and the arrays of rows ({@code [row][column]}) of the public API.
 */
public final class Matrices {

    private Matrices() {
    }

    /** {@code out[rows x cols] = a[rows x inner] · w[inner x cols]}. */
    static void multiply(double[] a, int rows, int inner, double[] w, int cols, double[] out) {
        for (int r = 0; r < rows; r++) {
            int outRow = r * cols;
            Arrays.fill(out, outRow, outRow + cols, 0.0);
            for (int k = 0; k < inner; k++) {
                double ark = a[r * inner + k];
                int wRow = k * cols;
                for (int j = 0; j < cols; j++) {
                    out[outRow + j] += ark * w[wRow + j];
                }
            }
        }
    }

    /** {@code out[m x n] = a[rows x m]^T · d[rows x n]}: the weight gradient of a layer. */
    static void multiplyTransposedLeft(double[] a, int rows, int m, double[] d, int n, double[] out) {
        Arrays.fill(out, 0, m * n, 0.0);
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < m; i++) {
                double ari = a[r * m + i];
                for (int j = 0; j < n; j++) {
                    out[i * n + j] += ari * d[r * n + j];
                }
            }
        }
    }

    /** {@code out[rows x m] = d[rows x n] · w[m x n]^T}: the delta passed back through a layer. */
    static void multiplyTransposedRight(double[] d, int rows, int n, double[] w, int m, double[] out) {
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < m; i++) {
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    sum += d[r * n + j] * w[i * n + j];
                }
                out[r * m + i] = sum;
            }
        }
    }

    /** Adds {@code row} to each of the first {@code rows} rows of {@code m}. */
    static void addToEachRow(double[] m, int rows, double[] row) {
        int cols = row.length;
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < cols; j++) {
                m[r * cols + j] += row[j];
            }
        }
    }

    /** {@code out[n]} = the column sums of the first {@code rows} rows of {@code d[rows x n]}: a bias gradient. */
    static void sumColumns(double[] d, int rows, int n, double[] out) {
        Arrays.fill(out, 0, n, 0.0);
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < n; j++) {
                out[j] += d[r * n + j];
            }
        }
    }

    /** The first {@code columns} values of each row, one row after the other. */
    public static double[] flatten(double[][] rows, int columns) {
        double[] flat = new double[rows.length * columns];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * columns, columns);
        }
        return flat;
    }

    /** The first {@code rows * columns} values of {@code flat} as {@code rows} arrays of {@code columns}. */
    public static double[][] unflatten(double[] flat, int rows, int columns) {
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
