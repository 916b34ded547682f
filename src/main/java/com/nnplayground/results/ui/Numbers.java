package com.nnplayground.results.ui;

/** How the results panels write a number. */
public final class Numbers {

    private Numbers() {
    }

    /** Six decimals; NaN and infinities as Java writes them. */
    public static String format(double value) {
        return Double.isFinite(value) ? String.format("%.6f", value) : Double.toString(value);
    }

    /**
     * A loss: six decimals, or four significant digits in scientific notation below 0.001, so that a long run's
     * 3.2e-9 does not read as 0.000000.
     */
    public static String formatLoss(double value) {
        return Double.isFinite(value) && value != 0 && Math.abs(value) < 1e-3 ? String.format("%.4e", value)
                : format(value);
    }
}
