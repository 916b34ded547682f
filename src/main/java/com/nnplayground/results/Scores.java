package com.nnplayground.results;

import com.nnplayground.dataset.EncodedDataset;

/**
 * How well a network's outputs match the targets on one part of the data (the test rows or the training rows):
 * accuracy for classes, R² for numbers. Plain Java, for the page, the command line and the tests.
 */
public final class Scores {

    private Scores() {
    }

    /** The share of the chosen rows whose predicted class is the target's class. */
    public static double accuracy(EncodedDataset data, double[][] outputs, boolean testRows) {
        if (!data.kind().isClassification()) {
            throw new IllegalArgumentException("Accuracy needs classes; this target is a number (use R²)");
        }
        int rows = 0;
        int right = 0;
        for (int r = 0; r < outputs.length; r++) {
            if (data.test()[r] == testRows) {
                rows++;
                right += data.classOf(outputs[r]).equals(data.classOf(data.y()[r])) ? 1 : 0;
            }
        }
        return rows == 0 ? Double.NaN : (double) right / rows;
    }

    /**
     * The mean absolute error of the chosen rows, in the target's own units (a scaled target scaled back): how far a
     * prediction is from its target on average. One output.
     */
    public static double meanAbsoluteError(EncodedDataset data, double[][] outputs, boolean testRows) {
        if (data.kind().isClassification()) {
            throw new IllegalArgumentException("The mean absolute error needs a number to predict; this target is classes");
        }
        double[][] predicted = data.inTargetUnits(outputs);
        double[][] targets = data.inTargetUnits(data.y());
        double sum = 0;
        int rows = 0;
        for (int r = 0; r < outputs.length; r++) {
            if (data.test()[r] == testRows) {
                sum += Math.abs(predicted[r][0] - targets[r][0]);
                rows++;
            }
        }
        return rows == 0 ? Double.NaN : sum / rows;
    }

    /**
     * The coefficient of determination of the chosen rows, 1 - SS_res / SS_tot, with SS_tot taken about the mean of
     * those rows' own targets (as scikit-learn's {@code r2_score}): 1 is a perfect fit, 0 is no better than always
     * predicting that mean, below 0 is worse. One output, in the target's units.
     */
    public static double rSquared(EncodedDataset data, double[][] networkOutputs, boolean testRows) {
        if (data.kind().isClassification()) {
            throw new IllegalArgumentException("R² needs a number to predict; this target is classes (use accuracy)");
        }
        double[][] outputs = data.inTargetUnits(networkOutputs);
        double[][] targets = data.inTargetUnits(data.y());
        double sum = 0;
        int rows = 0;
        for (int r = 0; r < outputs.length; r++) {
            if (data.test()[r] == testRows) {
                sum += targets[r][0];
                rows++;
            }
        }
        double mean = sum / rows;
        double residual = 0;
        double total = 0;
        for (int r = 0; r < outputs.length; r++) {
            if (data.test()[r] == testRows) {
                double y = targets[r][0];
                residual += (y - outputs[r][0]) * (y - outputs[r][0]);
                total += (y - mean) * (y - mean);
            }
        }
        return rows == 0 || total == 0 ? Double.NaN : 1 - residual / total;
    }
}
