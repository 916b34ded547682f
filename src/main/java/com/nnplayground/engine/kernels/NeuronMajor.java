package com.nnplayground.engine.kernels;

/**
 * The neuron-major layout training works on: a layer's z's, a's and deltas are held as one array per neuron,
 * indexed by sample ({@code a[i][s]}), so the inner loops ({@link WeightedSums}, {@link GradientSums}) run over the
 * samples of a batch (150 to thousands) instead of over a layer's width (often 3 to 16). These are the conversions
 * between it and the row-major arrays (one row per sample) of the public API and the losses.
 */
final class NeuronMajor {

    private NeuronMajor() {
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
}
