package com.nnplayground.pictures;

/**
 * One axis of a picture, in the data's own units ({@code raw}), and how a raw value becomes the network's input:
 * {@code input = offset + slope * raw} (the data's scaling; slope 1 and offset 0 when it is not scaled).
 *
 * @param label   the column's name (for a one-hot input, "column=category")
 * @param feature which network input the axis is
 * @param min     the low end of the axis, raw
 * @param max     the high end, raw
 */
public record Axis(String label, int feature, double min, double max, double offset, double slope) {

    public double toInput(double raw) {
        return offset + slope * raw;
    }

    public double toRaw(double input) {
        return (input - offset) / slope;
    }

    /** The centre of cell {@code i} of {@code n} equal cells from {@link #min} to {@link #max}. */
    public double cellCentre(int i, int n) {
        return min + (i + 0.5) * (max - min) / n;
    }

    /** Point {@code i} of {@code n} evenly spaced from {@link #min} to {@link #max}, both included. */
    public double point(int i, int n) {
        return n == 1 ? (min + max) / 2 : min + i * (max - min) / (n - 1);
    }
}
