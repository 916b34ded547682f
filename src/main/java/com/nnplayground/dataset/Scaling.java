package com.nnplayground.dataset;

import java.util.Arrays;

/** How numeric inputs are rescaled before training; statistics always come from the training rows only. */
public enum Scaling {
    NONE("none", "none"),
    MIN_MAX("min_max", "min-max to [0, 1]"),
    STANDARDISE("standardise", "standardise (z-score)");

    private final String id;
    private final String label;

    Scaling(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Scaling fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown scaling '" + id + "'; allowed: none, min_max, standardise"));
    }

    /**
     * The offset and scale of one column: a scaled value is (x - offset) / scale. A constant column gets
     * scale 1, so it stays finite.
     */
    double[] fit(double[] column) {
        if (this == NONE || column.length == 0) {
            return new double[] {0, 1};
        }
        if (this == MIN_MAX) {
            double min = Arrays.stream(column).min().orElse(0);
            double max = Arrays.stream(column).max().orElse(1);
            return new double[] {min, max > min ? max - min : 1};
        }
        double mean = Arrays.stream(column).average().orElse(0);
        double variance = Arrays.stream(column).map(v -> (v - mean) * (v - mean)).sum() / column.length;
        return new double[] {mean, variance > 0 ? Math.sqrt(variance) : 1};
    }
}
