package com.nnplayground.training;

import java.util.Arrays;

/** The losses gathered between two progress batches, in growable primitive arrays. */
final class LossBuffer {
    private int[] iterations = new int[1024];
    private double[] losses = new double[1024];
    private double[] testLosses = new double[1024];
    private int size;

    void add(int iteration, double loss, double testLoss) {
        if (size == iterations.length) {
            iterations = Arrays.copyOf(iterations, size * 2);
            losses = Arrays.copyOf(losses, size * 2);
            testLosses = Arrays.copyOf(testLosses, size * 2);
        }
        iterations[size] = iteration;
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

    void clear() {
        size = 0;
    }
}
