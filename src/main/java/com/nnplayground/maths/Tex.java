package com.nnplayground.maths;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/** Pieces of TeX: user text made safe, numbers as a reader writes them, vectors and matrices with a cap. */
public final class Tex {

    /** Wider vectors and matrices are cut, with dots: a projector shows a few dozen numbers, not thousands. */
    public static final int MAX_SHOWN = 8;
    /** Longer names are cut, so that a column name cannot push an equation off the screen. */
    static final int MAX_NAME = 24;

    private Tex() {
    }

    /**
     * {@code name} as TeX text mode: every character TeX gives a meaning to is written as itself, control characters
     * become spaces, and a long name is cut. What a user typed never becomes a command.
     */
    public static String text(String name) {
        String cut = name.length() > MAX_NAME ? name.substring(0, MAX_NAME - 1) + "…" : name;
        StringBuilder out = new StringBuilder("\\text{");
        cut.codePoints().forEach(c -> out.append(switch (c) {
            case '\\' -> "\\textbackslash{}";
            case '{' -> "\\{";
            case '}' -> "\\}";
            case '$', '&', '#', '_', '%' -> "\\" + (char) c;
            case '^' -> "\\textasciicircum{}";
            case '~' -> "\\textasciitilde{}";
            default -> Character.isISOControl(c) ? " " : Character.toString(c);
        }));
        return out.append('}').toString();
    }

    /** A number to 4 significant digits: {@code 0.5523}, {@code 12.35}, {@code 3.142 \times 10^{-5}}. */
    public static String num(double value) {
        return number(value, 4);
    }

    /** A number to 6 significant digits, for an update whose change is small next to the weight. */
    public static String precise(double value) {
        return number(value, 6);
    }

    static String number(double value, int digits) {
        if (Double.isNaN(value)) {
            return "\\text{NaN}";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "\\infty" : "-\\infty";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits));
        double size = Math.abs(rounded.doubleValue());
        if (size >= 1e-3 && size < 1e5) {
            return rounded.stripTrailingZeros().toPlainString();
        }
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).stripTrailingZeros();
        return mantissa.toPlainString() + " \\times 10^{" + exponent + "}";
    }

    /** A row vector of numbers, cut after {@link #MAX_SHOWN}. */
    public static String row(double[] values) {
        return matrix(new double[][] {values});
    }

    /** A matrix of numbers, rows and columns cut after {@link #MAX_SHOWN}. */
    public static String matrix(double[][] values) {
        StringBuilder out = new StringBuilder("\\begin{bmatrix}");
        int rows = Math.min(values.length, MAX_SHOWN);
        for (int r = 0; r < rows; r++) {
            appendCells(out, values[r]);
            out.append(r + 1 < rows || values.length > rows ? " \\\\ " : "");
        }
        if (values.length > rows) {
            out.append("\\vdots");
        }
        return out.append("\\end{bmatrix}").toString();
    }

    /** Names (escaped) over their values, as a small table: which input or output each number is. */
    public static String named(List<String> names, double[] values) {
        int shown = Math.min(values.length, MAX_SHOWN);
        StringBuilder out = new StringBuilder("\\begin{array}{").append("c".repeat(shown + (values.length > shown ? 1 : 0)))
                .append("}");
        for (int i = 0; i < shown; i++) {
            out.append(i > 0 ? " & " : "").append(i < names.size() ? text(names.get(i)) : "");
        }
        out.append(values.length > shown ? " & " : "").append(" \\\\ ");
        appendCells(out, values);
        return out.append("\\end{array}").toString();
    }

    private static void appendCells(StringBuilder out, double[] values) {
        int shown = Math.min(values.length, MAX_SHOWN);
        for (int i = 0; i < shown; i++) {
            out.append(i > 0 ? " & " : "").append(num(values[i]));
        }
        if (values.length > shown) {
            out.append(" & \\cdots");
        }
    }
}
