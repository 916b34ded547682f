package com.nnplayground.training;

import java.util.Arrays;

/**
 * A run's losses, thinned where they are made, once for the whole way to the chart: a fast run makes millions of
 * losses a second, far more than a chart can show or a page should be sent. A run of N iterations is cut into at
 * most {@link #BUCKETS} buckets of {@code ceil(N / BUCKETS)} consecutive iterations; of each bucket only its lowest
 * and highest loss are kept (so the curve keeps its shape, spikes included), with every iteration whose test loss
 * was measured, and at the end of each batch the latest iteration (the exact loss where the run stands). Runs of up
 * to {@code 2 * BUCKETS} iterations (the seed's 1,500) keep every iteration. A batch that ends inside a bucket closes it early, so a run
 * keeps at most {@code 2 * BUCKETS} points, plus its test points, plus 3 a batch.
 */
final class LossBuffer {
    /**
     * Buckets per run: 2,000 points, half of what the loss chart keeps (4,000), so that the chart draws a whole run,
     * test losses included, without downsampling and re-sending it.
     */
    static final int BUCKETS = 1000;

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
    /** The open bucket's iterations with a measured test loss, kept whatever their loss. */
    private int[] testIterations = new int[4];
    private double[] testTrainLosses = new double[4];
    private double[] testValues = new double[4];
    private int tests;
    private int lastIteration;
    private double lastLoss;
    /** The last iteration kept, in this batch or an earlier one: a batch with no new iteration repeats none. */
    private int lastKept;

    /** For a run of {@code totalIterations}. */
    LossBuffer(int totalIterations) {
        this.width = totalIterations <= 2 * BUCKETS ? 1 : (int) ((totalIterations + (long) BUCKETS - 1) / BUCKETS);
    }

    /** {@code testLoss} is NaN for the iterations where it was not measured. */
    void add(int iteration, double loss, double testLoss) {
        lastIteration = iteration;
        lastLoss = loss;
        if (width == 1) {
            keep(iteration, loss, testLoss);
            return;
        }
        if (open && iteration > bucketEnd) {
            close();
        }
        if (!Double.isNaN(testLoss)) {
            addTest(iteration, loss, testLoss);
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

    private void addTest(int iteration, double loss, double testLoss) {
        if (tests == testIterations.length) {
            testIterations = Arrays.copyOf(testIterations, tests * 2);
            testTrainLosses = Arrays.copyOf(testTrainLosses, tests * 2);
            testValues = Arrays.copyOf(testValues, tests * 2);
        }
        testIterations[tests] = iteration;
        testTrainLosses[tests] = loss;
        testValues[tests] = testLoss;
        tests++;
    }

    /** Keeps the open bucket's lowest and highest loss and its test points, in iteration order, each once. */
    private void close() {
        if (!open) {
            return;
        }
        open = false;
        int first = Math.min(lowIteration, highIteration);
        int second = Math.max(lowIteration, highIteration);
        int t = 0;
        for (int extreme : new int[] {first, second}) {
            for (; t < tests && testIterations[t] <= extreme; t++) {
                keep(testIterations[t], testTrainLosses[t], testValues[t]);
            }
            if (extreme > lastKept) {
                keep(extreme, extreme == lowIteration ? low : high, Double.NaN);
            }
        }
        for (; t < tests; t++) {
            keep(testIterations[t], testTrainLosses[t], testValues[t]);
        }
        tests = 0;
    }

    private void keep(int iteration, double loss, double testLoss) {
        if (size == iterations.length) {
            iterations = Arrays.copyOf(iterations, size * 2);
            losses = Arrays.copyOf(losses, size * 2);
            testLosses = Arrays.copyOf(testLosses, size * 2);
        }
        iterations[size] = iteration;
        losses[size] = loss;
        testLosses[size] = testLoss;
        size++;
        lastKept = iteration;
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
