package com.nnplayground.numbers;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * How the page writes a number: one rule everywhere (predictions, errors, losses, weights, the maths), so that a
 * class never compares {@code -0.000000} with {@code 0} or {@code -9.0E-4} with {@code 4.3586e-04}.
 */
public final class Numbers {
    /** Below this (and from {@link #LARGE} on) six decimals would hide the digits that matter. */
    static final double SMALL = 1e-3;
    static final double LARGE = 1e9;

    private Numbers() {
    }

    /**
     * A computed number: up to six decimals without trailing zeros (0.017426, 0.5, 12, 1234.5678), scientific with
     * up to four decimals below 0.001 and from 10⁹ (3.2146e-09); zero, also a negative one, is "0".
     */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "−∞";
        }
        double size = Math.abs(value);
        if (size == 0) {
            return "0";
        }
        if (size < SMALL || size >= LARGE) {
            String scientific = String.format(Locale.ROOT, "%.4e", value);
            int e = scientific.indexOf('e');
            return trimZeros(scientific.substring(0, e)) + scientific.substring(e);
        }
        return trimZeros(String.format(Locale.ROOT, "%.6f", value));
    }

    /**
     * A setting as the user would type it: its shortest exact decimal (0.01, 1, 1500, 0.00005), never Java's
     * {@code 1.0E-4}; beyond what a setting can be, {@link #format}.
     */
    public static String setting(double value) {
        if (!Double.isFinite(value) || (value != 0 && (Math.abs(value) < 1e-9 || Math.abs(value) >= 1e15))) {
            return format(value);
        }
        if (value == 0) {
            return "0";
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String trimZeros(String decimal) {
        if (decimal.indexOf('.') < 0) {
            return decimal;
        }
        int end = decimal.length();
        while (decimal.charAt(end - 1) == '0') {
            end--;
        }
        if (decimal.charAt(end - 1) == '.') {
            end--;
        }
        return decimal.substring(0, end);
    }
}
