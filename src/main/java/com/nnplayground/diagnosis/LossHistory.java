package com.nnplayground.diagnosis;

import java.util.Arrays;

/**
 * The losses of a run so far, as the page receives them (a long run's come thinned: each bucket's lowest and highest,
 * in iteration order), with the test loss where it was measured.
 */
public final class LossHistory {

    private int[] iterations = new int[64];
    private double[] losses = new double[64];
    private double[] testLosses = new double[64];
    private int size;

    /** @param testLosses NaN where not measured, or null for a batch without test rows */
    public void add(int[] newIterations, double[] newLosses, double[] newTestLosses) {
        for (int i = 0; i < newIterations.length; i++) {
            if (size == iterations.length) {
                iterations = Arrays.copyOf(iterations, 2 * size);
                losses = Arrays.copyOf(losses, 2 * size);
                testLosses = Arrays.copyOf(testLosses, 2 * size);
            }
            iterations[size] = newIterations[i];
            losses[size] = newLosses[i];
            testLosses[size++] = newTestLosses == null ? Double.NaN : newTestLosses[i];
        }
    }

    public int size() {
        return size;
    }

    public int iteration(int i) {
        return iterations[i];
    }

    public double loss(int i) {
        return losses[i];
    }

    /** NaN where not measured. */
    public double testLoss(int i) {
        return testLosses[i];
    }

    /** The index of the first point at or after {@code iteration}. */
    int firstAtOrAfter(int iteration) {
        int i = Arrays.binarySearch(iterations, 0, size, iteration);
        return i >= 0 ? i : -i - 1;
    }
}
