package com.nnplayground.training;

import java.util.Arrays;

/**
 * The losses gathered between two progress batches, thinned as they come so that a fast run does not copy and
 * ship millions of numbers a second that no chart can show. A run of N iterations is cut into at most
 * {@link #BUCKETS} buckets of {@code ceil(N / BUCKETS)} consecutive iterations; of each bucket only its lowest and
 * highest loss are kept (so the curve keeps its shape, spikes included), and always the latest iteration (the exact
 * loss where the run stands) and every iteration with a measured test loss. Runs of up to {@link #BUCKETS}
 * iterations keep every iteration. The seed at 3.5 M iterations a second used to gather 500,000 losses per
 * batch in three growing arrays, copied again to send them: that copying, not the training, took half of the run's
 * wall time.
 */
final class LossBuffer {
    /** Buckets per run: twice the points the chart keeps (2,000), so the chart still has a choice. */
    static final int BUCKETS = 4096;

    private final int width;
    private int[] iterations = new int[256];
    private double[] losses = new double[256];
    private double[] testLosses = new double[256];
    private int size;
    /** The open bucket: its last iteration, and its lowest and highest loss so far, with their iterations. */
    private boolean open;
    private int bucketEnd;
    private int lowIteration;
    private double low;
    private int highIteration;
    private double high;
    private int lastIteration;
    private double lastLoss;
    /** The latest iteration a batch has held: a batch after a slice that trained nothing must not repeat it. */
    private int lastKept;

    /** For a run of {@code totalIterations}. */
    LossBuffer(int totalIterations) {
        this.width = Math.max(1, (int) ((totalIterations + (long) BUCKETS - 1) / BUCKETS));
    }

    /** {@code testLoss} is NaN for the iterations where it was not measured. */
    void add(int iteration, double loss, double testLoss) {
        lastIteration = iteration;
        lastLoss = loss;
        if (width == 1 || !Double.isNaN(testLoss)) {
            close();
            keep(iteration, loss, testLoss);
            return;
        }
        if (open && iteration > bucketEnd) {
            close();
        }
        if (!open) {
            open = true;
            bucketEnd = (iteration - 1) / width * width + width;
            lowIteration = highIteration = iteration;
            low = high = loss;
        } else if (loss < low || Double.isNaN(loss)) {
            lowIteration = iteration;
            low = loss;
        } else if (loss > high) {
            highIteration = iteration;
            high = loss;
        }
    }

    /** Ends the batch: what it keeps is then in {@link #iterations()}, {@link #losses()}, {@link #testLosses()}. */
    void flush() {
        close();
        if (lastIteration > lastKept) {
            keep(lastIteration, lastLoss, Double.NaN);
        }
    }

    private void close() {
        if (!open) {
            return;
        }
        open = false;
        if (lowIteration == highIteration) {
            keep(lowIteration, low, Double.NaN);
        } else if (lowIteration < highIteration) {
            keep(lowIteration, low, Double.NaN);
            keep(highIteration, high, Double.NaN);
        } else {
            keep(highIteration, high, Double.NaN);
            keep(lowIteration, low, Double.NaN);
        }
    }

    private void keep(int iteration, double loss, double testLoss) {
        if (size == iterations.length) {
            iterations = Arrays.copyOf(iterations, size * 2);
            losses = Arrays.copyOf(losses, size * 2);
            testLosses = Arrays.copyOf(testLosses, size * 2);
        }
        iterations[size] = iteration;
        lastKept = iteration;
        losses[size] = loss;
        testLosses[size] = testLoss;
        size++;
    }

    double[] testLosses() {
        return Arrays.copyOf(testLosses, size);
    }

    int[] iterations() {
        return Arrays.copyOf(iterations, size);
    }

    double[] losses() {
        return Arrays.copyOf(losses, size);
    }

    /** Starts the next batch. */
    void clear() {
        size = 0;
    }
}
