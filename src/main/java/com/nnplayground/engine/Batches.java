package com.nnplayground.engine;

import java.util.SplittableRandom;

/**
 * Splits the training rows into batches. With a batch size below the row count, every epoch visits the
 * rows in a new order (Fisher-Yates, from one {@code SplittableRandom(seed)}, so runs repeat exactly);
 * otherwise the single batch is the data itself, in order, as in the seed. A batch's inputs are given
 * neuron-major ({@code x[input][sample]}, what the forward pass reads), its targets as flat rows (what the losses
 * read).
 */
final class Batches {

    private final double[] x;
    private final double[] y;
    private final int rows;
    private final int inputs;
    private final int outputs;
    private final int size;
    private final int[] order;
    private final SplittableRandom random;
    private final double[][] batchX;
    private final double[] batchY;
    private final double[][] currentX;
    private double[] currentY;

    Batches(double[] x, double[] y, int rows, int inputs, int outputs, int batchSize, long seed) {
        this.x = x;
        this.y = y;
        this.rows = rows;
        this.inputs = inputs;
        this.outputs = outputs;
        this.size = batchSize == 0 || batchSize >= rows ? rows : batchSize;
        boolean whole = size == rows;
        this.order = whole ? null : identity(rows);
        this.random = whole ? null : new SplittableRandom(seed);
        this.batchX = whole ? null : new double[inputs][size];
        this.batchY = whole ? null : new double[size * outputs];
        this.currentX = whole ? columns(x, rows, inputs) : batchX;
        this.currentY = y;
    }

    int maxRows() {
        return size;
    }

    int count() {
        return (rows + size - 1) / size;
    }

    /** Starts an epoch: a fresh row order for mini-batches. */
    void startEpoch() {
        if (order == null) {
            return;
        }
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    /** Makes batch {@code b} of this epoch current and returns its row count. */
    int load(int b) {
        if (order == null) {
            return rows;
        }
        int first = b * size;
        int count = Math.min(size, rows - first);
        for (int r = 0; r < count; r++) {
            int row = order[first + r];
            for (int i = 0; i < inputs; i++) {
                batchX[i][r] = x[row * inputs + i];
            }
            System.arraycopy(y, row * outputs, batchY, r * outputs, outputs);
        }
        currentY = batchY;
        return count;
    }

    double[][] x() {
        return currentX;
    }

    double[] y() {
        return currentY;
    }

    private static double[][] columns(double[] flat, int rows, int columns) {
        double[][] out = new double[columns][rows];
        NeuronMajor.fromRowMajor(flat, rows, columns, out);
        return out;
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }
}
