package com.nnplayground.pictures;

import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.InputEncoder;
import java.util.ArrayList;
import java.util.List;

/**
 * The plane a picture is drawn over: two of the network's inputs as axes, in the data's own units, with every
 * other input held at its mean over the training rows; or, for data with one input, that input as the only axis.
 * An axis spans the data's values (all rows) with a margin of {@value #MARGIN} of the span on each side.
 */
public final class InputPlane {
    static final double MARGIN = 0.05;

    private final List<String> features;
    private final boolean[] numeric;
    private final double[] offset;
    private final double[] slope;
    private final double[] held;
    private final Axis x;
    private final Axis y;

    private InputPlane(List<String> features, boolean[] numeric, double[] offset, double[] slope, double[] held,
                       Axis x, Axis y) {
        this.features = features;
        this.numeric = numeric;
        this.offset = offset;
        this.slope = slope;
        this.held = held;
        this.x = x;
        this.y = y;
    }

    /** The first two numeric inputs as axes (or the first two inputs, if fewer are numeric); one input: 1-D. */
    public static InputPlane of(EncodedDataset data) {
        int[] axes = defaultAxes(data);
        return of(data, axes[0], axes[1]);
    }

    /**
     * @param xFeature the input along the horizontal axis
     * @param yFeature the input along the vertical axis (ignored for data with one input)
     * @throws IllegalArgumentException when an input does not exist or both axes are the same input
     */
    public static InputPlane of(EncodedDataset data, int xFeature, int yFeature) {
        int n = data.inputCount();
        if (xFeature < 0 || xFeature >= n || (n > 1 && (yFeature < 0 || yFeature >= n || yFeature == xFeature))) {
            throw new IllegalArgumentException("axes " + xFeature + " and " + yFeature + " for " + n + " input(s)");
        }
        InputEncoder encoder = data.inputs();
        List<String> names = new ArrayList<>();
        boolean[] numeric = new boolean[n];
        double[] offset = new double[n];
        double[] slope = new double[n];
        int f = 0;
        for (int c = 0; c < encoder.columns().size(); c++) {
            if (encoder.isText(c)) {
                for (String category : encoder.categories(c)) {
                    names.add(encoder.columns().get(c) + "=" + category);
                    slope[f++] = 1;
                }
            } else {
                names.add(encoder.columns().get(c));
                numeric[f] = true;
                double[] affine = affine(encoder, c, f);
                offset[f] = affine[0];
                slope[f++] = affine[1];
            }
        }
        double[] held = means(data.trainX(), n);
        Axis x = axis(data, names, offset, slope, xFeature);
        Axis y = n > 1 ? axis(data, names, offset, slope, yFeature) : null;
        return new InputPlane(List.copyOf(names), numeric, offset, slope, held, x, y);
    }

    static int[] defaultAxes(EncodedDataset data) {
        int n = data.inputCount();
        if (n == 1) {
            return new int[] {0, -1};
        }
        List<Integer> numericFeatures = new ArrayList<>();
        InputEncoder encoder = data.inputs();
        int f = 0;
        for (int c = 0; c < encoder.columns().size(); c++) {
            if (encoder.isText(c)) {
                f += encoder.categories(c).size();
            } else {
                numericFeatures.add(f++);
            }
        }
        return numericFeatures.size() >= 2 ? new int[] {numericFeatures.get(0), numericFeatures.get(1)} : new int[] {0, 1};
    }

    /**
     * How the data's scaling maps column {@code c}'s raw values to input {@code feature}: the encoder itself turns
     * 0 and 1 into inputs, so the picture uses exactly the transformation training used.
     */
    private static double[] affine(InputEncoder encoder, int column, int feature) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < encoder.columns().size(); c++) {
            cells.add(encoder.isText(c) ? encoder.categories(c).get(0) : "0");
        }
        double atZero = encoder.encode(cells, 0)[feature];
        cells.set(column, "1");
        double atOne = encoder.encode(cells, 0)[feature];
        return new double[] {atZero, atOne - atZero};
    }

    private static Axis axis(EncodedDataset data, List<String> names, double[] offset, double[] slope, int f) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : data.x()) {
            double raw = (row[f] - offset[f]) / slope[f];
            min = Math.min(min, raw);
            max = Math.max(max, raw);
        }
        double span = max - min;
        double margin = span > 0 ? MARGIN * span : Math.max(0.5, Math.abs(min) * 0.1);
        return new Axis(names.get(f), f, min - margin, max + margin, offset[f], slope[f]);
    }

    private static double[] means(double[][] rows, int n) {
        double[] mean = new double[n];
        for (double[] row : rows) {
            for (int f = 0; f < n; f++) {
                mean[f] += row[f];
            }
        }
        for (int f = 0; f < n; f++) {
            mean[f] = rows.length == 0 ? 0 : mean[f] / rows.length;
        }
        return mean;
    }

    /** The network's inputs by name: a numeric column is one input, a text column one per category. */
    public List<String> features() {
        return features;
    }

    public Axis x() {
        return x;
    }

    /** The vertical axis, or null for data with one input. */
    public Axis y() {
        return y;
    }

    public boolean twoDimensional() {
        return y != null;
    }

    /** The network's input at a point of the plane (raw units): the axes' inputs there, the others at their means. */
    public double[] input(double rawX, double rawY) {
        double[] input = held.clone();
        input[x.feature()] = x.toInput(rawX);
        if (y != null) {
            input[y.feature()] = y.toInput(rawY);
        }
        return input;
    }

    /**
     * The network's inputs at the centres of an {@code n x n} grid over the plane, row by row from the top (the
     * highest y) and left to right; for data with one input, at {@code n} points from one end of the axis to the other.
     */
    public double[][] grid(int n) {
        if (y == null) {
            double[][] rows = new double[n][];
            for (int i = 0; i < n; i++) {
                rows[i] = input(x.point(i, n), 0);
            }
            return rows;
        }
        double[][] rows = new double[n * n][];
        for (int r = 0; r < n; r++) {
            double rawY = y.cellCentre(n - 1 - r, n);
            for (int c = 0; c < n; c++) {
                rows[r * n + c] = input(x.cellCentre(c, n), rawY);
            }
        }
        return rows;
    }

    /** Where a data row lies on the plane, raw units: {x, y} (y is 0 for data with one input). */
    public double[] position(double[] inputRow) {
        return new double[] {x.toRaw(inputRow[x.feature()]), y == null ? 0 : y.toRaw(inputRow[y.feature()])};
    }

    /** The inputs off the axes and where they are held, in words; empty when every input is on an axis. */
    public String heldNote() {
        List<String> held = new ArrayList<>();
        for (int f = 0; f < features.size(); f++) {
            if (f != x.feature() && (y == null || f != y.feature())) {
                double value = numeric[f] ? (this.held[f] - offset[f]) / slope[f] : this.held[f];
                held.add(features.get(f) + " = " + Format.number(value));
            }
        }
        if (held.isEmpty()) {
            return "";
        }
        if (held.size() > 3) {
            return "The other " + held.size() + " inputs are held at their means over the training rows.";
        }
        return (held.size() == 1 ? "Held at its mean over the training rows: " : "Held at their means over the training rows: ")
                + String.join(", ", held) + ".";
    }
}
