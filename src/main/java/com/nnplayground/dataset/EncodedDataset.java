package com.nnplayground.dataset;

import java.util.List;

/**
 * A dataset turned into numbers for the engine: row = sample.
 *
 * @param x       inputs, [rows][input columns]
 * @param y       targets, [rows][outputs]: one column for regression and two classes, one-hot for more
 * @param kind    regression, binary or multi-class
 * @param classes the class labels in output order (empty for regression); for binary, label 0 then label 1
 */
public record EncodedDataset(double[][] x, double[][] y, TargetKind kind, List<String> classes) {

    public int inputCount() {
        return x.length == 0 ? 0 : x[0].length;
    }

    public int outputCount() {
        return y.length == 0 ? 0 : y[0].length;
    }

    /** The class a row of network output stands for, or null for regression. */
    public String classOf(double[] output) {
        return switch (kind) {
            case REGRESSION -> null;
            case BINARY -> classes.get(output[0] >= 0.5 ? 1 : 0);
            case MULTICLASS -> classes.get(argMax(output));
        };
    }

    static int argMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
