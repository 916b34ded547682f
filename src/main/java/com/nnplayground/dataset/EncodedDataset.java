package com.nnplayground.dataset;

import java.util.List;

/**
 * A dataset turned into numbers for the engine: row = sample, rows in the table's order.
 *
 * @param x       inputs, [rows][features]: numbers rescaled, text one-hot encoded
 * @param y       targets, [rows][outputs]: one column for regression and two classes, one-hot for more
 * @param kind    regression, binary or multi-class
 * @param classes the class labels in output order (empty for regression); for binary, label 0 then label 1
 * @param test    which rows are held out for testing (all false without a test split)
 * @param inputs  how input cells become features, for "try an input"
 * @param notes   what the encoding did, in words (one-hot columns, scaling, the split)
 * @param targetScale how a numeric target was rescaled for training ({@code y} is scaled; outputs turn back into
 *                    the target's units with {@link #inTargetUnits})
 */
public record EncodedDataset(double[][] x, double[][] y, TargetKind kind, List<String> classes, boolean[] test,
                             InputEncoder inputs, List<String> notes, TargetScale targetScale) {

    /** The network's outputs (or {@link #y()}) in the target's own units: a scaled target scaled back. */
    public double[][] inTargetUnits(double[][] outputs) {
        if (!targetScale.scaled()) {
            return outputs;
        }
        double[][] out = new double[outputs.length][];
        for (int r = 0; r < outputs.length; r++) {
            out[r] = new double[outputs[r].length];
            for (int k = 0; k < outputs[r].length; k++) {
                out[r][k] = targetScale.toTarget(outputs[r][k]);
            }
        }
        return out;
    }

    public int inputCount() {
        return x.length == 0 ? 0 : x[0].length;
    }

    public int outputCount() {
        return y.length == 0 ? 0 : y[0].length;
    }

    public int testCount() {
        int n = 0;
        for (boolean t : test) {
            n += t ? 1 : 0;
        }
        return n;
    }

    public double[][] trainX() {
        return rows(x, false);
    }

    public double[][] trainY() {
        return rows(y, false);
    }

    public double[][] testX() {
        return rows(x, true);
    }

    public double[][] testY() {
        return rows(y, true);
    }

    private double[][] rows(double[][] all, boolean testRows) {
        double[][] out = new double[testRows ? testCount() : all.length - testCount()][];
        int i = 0;
        for (int r = 0; r < all.length; r++) {
            if (test[r] == testRows) {
                out[i++] = all[r];
            }
        }
        return out;
    }

    /** The class a row of network output (or a target row) stands for, or null for regression. */
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
