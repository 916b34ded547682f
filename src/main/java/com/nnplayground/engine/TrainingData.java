package com.nnplayground.engine;

/** Checks, in plain words, that training data fits a network before any training starts. */
final class TrainingData {

    private TrainingData() {
    }

    /** @return the number of rows; @throws IllegalArgumentException naming what does not fit */
    static int requireFits(double[][] x, double[][] y, Architecture architecture) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("Training needs both inputs x and targets y");
        }
        if (x.length == 0) {
            throw new IllegalArgumentException("Training needs at least 1 row of data");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " row(s) but y has " + y.length
                    + "; each input row needs exactly one target row");
        }
        requireColumns(x, "x", architecture.inputs(), "input");
        requireColumns(y, "y", architecture.outputs(), "output");
        return x.length;
    }

    private static void requireColumns(double[][] m, String name, int expected, String what) {
        for (int r = 0; r < m.length; r++) {
            if (m[r] == null || m[r].length != expected) {
                throw new IllegalArgumentException(name + " row " + r + " has "
                        + (m[r] == null ? 0 : m[r].length) + " column(s); the network has " + expected + " "
                        + what + "(s)");
            }
            for (int c = 0; c < expected; c++) {
                if (!Double.isFinite(m[r][c])) {
                    throw new IllegalArgumentException(name + " row " + r + ", column " + c + " is " + m[r][c]
                            + "; training needs finite numbers");
                }
            }
        }
    }
}
