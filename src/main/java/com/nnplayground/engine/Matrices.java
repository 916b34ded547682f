package com.nnplayground.engine;

/** Copies between the engine's flat row-major arrays and the arrays of rows the public API uses. */
final class Matrices {

    private Matrices() {
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
