package com.nnplayground.engine;

import java.util.SplittableRandom;

/**
 * Splits the training rows into batches. With a batch size below the row count, every epoch visits the rows in a
 * new order (Fisher-Yates, from one {@code SplittableRandom(seed)}, so runs repeat exactly); otherwise the single
 * batch is the data itself, in order, as in the seed.
 */
final class Batches {

    private final int rows;
    private final int size;
    /** The rows in this epoch's order; null for one batch of all rows in order. */
    private final int[] order;
    private final SplittableRandom random;

    Batches(int rows, int batchSize, long seed) {
        this.rows = rows;
        this.size = maxRows(rows, batchSize);
        this.order = size == rows ? null : identity(rows);
        this.random = order == null ? null : new SplittableRandom(seed);
    }

    /** The rows of the largest batch: {@code batchSize}, or all rows when it is 0 or more than there are. */
    static int maxRows(int rows, int batchSize) {
        return batchSize == 0 || batchSize >= rows ? rows : batchSize;
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

    /** Shuffles as {@code epochs} epochs would have: a run resumed after them visits its rows in the same order. */
    void skipEpochs(int epochs) {
        for (int e = 0; order != null && e < epochs; e++) {
            startEpoch();
        }
    }

    /** This epoch's row order, or null when the one batch is every row in order. */
    int[] order() {
        return order;
    }

    /** Where batch {@code b} starts in {@link #order()}. */
    int first(int b) {
        return b * size;
    }

    /** The number of rows in batch {@code b}. */
    int rows(int b) {
        return Math.min(size, rows - b * size);
    }

    private static int[] identity(int n) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        return order;
    }
}
