package com.nnplayground.chart;

/**
 * One point of the loss curve.
 *
 * @param iteration    the training iteration the losses were measured at
 * @param trainingLoss the loss on the training set (may be NaN or infinite when training diverges)
 * @param testLoss     the loss on the test set, or {@code null} when it was not measured at this iteration
 */
public record ChartPoint(int iteration, double trainingLoss, Double testLoss) {

    public static ChartPoint of(int iteration, double trainingLoss) {
        return new ChartPoint(iteration, trainingLoss, null);
    }

    public boolean hasTestLoss() {
        return testLoss != null;
    }
}
