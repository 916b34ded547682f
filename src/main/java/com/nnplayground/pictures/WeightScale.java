package com.nnplayground.pictures;

/**
 * The scale of the drawing's line widths: the thickest line stands for |w| = scale, a round number (1, 2 or 5
 * times a power of ten). Within a run it only grows, so a line that thickens is a weight that grew, not a
 * rescaled picture.
 */
public final class WeightScale {
    static final double SMALLEST = 0.01;

    private WeightScale() {
    }

    /** The scale after seeing weights up to {@code maxAbs}, given the scale so far (0 at the start of a run). */
    public static double next(double current, double maxAbs) {
        return Math.max(current, round(maxAbs));
    }

    /** The smallest round number at least {@code value}. */
    static double round(double value) {
        if (!(value > SMALLEST) || !Double.isFinite(value)) {
            return Double.isInfinite(value) ? Double.MAX_VALUE : SMALLEST;
        }
        double decade = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * decade >= value * (1 - 1e-12)) {
                return step * decade;
            }
        }
        return 10 * decade;
    }
}
