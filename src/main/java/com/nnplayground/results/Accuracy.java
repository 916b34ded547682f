package com.nnplayground.results;

/**
 * The share of classification rows predicted right.
 *
 * @param correct rows whose predicted class is their target's
 * @param rows    rows counted
 */
public record Accuracy(int correct, int rows) {

    /** In percent; NaN without rows. */
    public double percent() {
        return rows == 0 ? Double.NaN : 100.0 * correct / rows;
    }

    /** As the summary line says it, e.g. "100.0 % (4 of 4)". */
    public String text() {
        return String.format("%.1f %% (%d of %d)", percent(), correct, rows);
    }
}
