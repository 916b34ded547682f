package com.nnplayground.engine;

import java.util.Arrays;

/**
 * The few matrix products the engine needs, on flat row-major arrays. Every inner loop runs over
 * contiguous memory (i-k-j order), which is what makes plain Java loops fast here.
 */
final class Matrices {

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
                int outRow = i * n;
                int dRow = r * n;
                for (int j = 0; j < n; j++) {
                    out[outRow + j] += ari * d[dRow + j];
                }
            }
        }
    }

    /** {@code out[rows x m] = d[rows x n] · w[m x n]^T}: the delta passed back through a layer. */
    static void multiplyTransposedRight(double[] d, int rows, int n, double[] w, int m, double[] out) {
        for (int r = 0; r < rows; r++) {
            int dRow = r * n;
            for (int i = 0; i < m; i++) {
                int wRow = i * n;
                double sum = 0;
                for (int j = 0; j < n; j++) {
                    sum += d[dRow + j] * w[wRow + j];
                }
                out[r * m + i] = sum;
            }
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
