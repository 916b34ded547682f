package com.nnplayground.numbers;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * What one field takes: a whole number or any number, between bounds; and what it says about anything else. The
 * messages name the field and the range, e.g. "Learning rate must be above 0 and at most 1,000, not 1e9."
 *
 * @param name         the field as a sentence names it ("Learning rate")
 * @param whole        whether only whole numbers fit
 * @param min          the lowest value, or null for none
 * @param minIncluded  whether {@code min} itself fits (false: "above 0")
 * @param max          the highest value (included), or null for none
 * @param emptyMessage what an empty field is told, e.g. "Enter a learning rate, e.g. 1 or 0.01"
 */
public record NumberRule(String name, boolean whole, BigDecimal min, boolean minIncluded, BigDecimal max,
                         String emptyMessage) {

    /** A whole number from {@code min} to {@code max}. */
    public static NumberRule whole(String name, long min, long max, String emptyMessage) {
        return new NumberRule(name, true, BigDecimal.valueOf(min), true, BigDecimal.valueOf(max), emptyMessage);
    }

    /** Any number from {@code min} to {@code max}. */
    public static NumberRule between(String name, double min, double max, String emptyMessage) {
        return new NumberRule(name, false, BigDecimal.valueOf(min), true, BigDecimal.valueOf(max), emptyMessage);
    }

    /** Any number above {@code min} (not {@code min} itself) up to {@code max}. */
    public static NumberRule above(String name, double min, double max, String emptyMessage) {
        return new NumberRule(name, false, BigDecimal.valueOf(min), false, BigDecimal.valueOf(max), emptyMessage);
    }

    /** The same rule with another upper bound (a batch can be at most as large as the data). */
    public NumberRule withMax(long newMax) {
        return new NumberRule(name, whole, min, minIncluded, BigDecimal.valueOf(newMax), emptyMessage);
    }

    /** The value typed, or why it does not fit. */
    public Checked check(String text) {
        String typed = text == null ? "" : text.strip();
        if (typed.isEmpty()) {
            return Checked.problem(emptyMessage + ".");
        }
        BigDecimal value = TypedNumber.read(typed, whole);
        if (value == null) {
            return Checked.problem(name + ": '" + shorten(typed) + "' is not a number; type e.g. "
                    + (whole ? "10 or 1e3" : "0.5, 0,5 or 5e-3") + ".");
        }
        boolean fits = (min == null || (minIncluded ? value.compareTo(min) >= 0 : value.compareTo(min) > 0))
                && (max == null || value.compareTo(max) <= 0);
        if (!fits) {
            return Checked.problem(name + " must be " + range() + ", not " + shorten(typed) + ".");
        }
        if (whole && value.stripTrailingZeros().scale() > 0) {
            return Checked.problem(name + " must be a whole number " + range() + ", not " + shorten(typed) + ".");
        }
        return new Checked(value, null);
    }

    /** The range in words: "from 1 to 10,000,000", "above 0 and at most 1,000", "0 or more". */
    public String range() {
        if (min != null && max != null) {
            return minIncluded ? "from " + words(min) + " to " + words(max)
                    : "above " + words(min) + " and at most " + words(max);
        }
        if (min != null) {
            return minIncluded ? words(min) + " or more" : "above " + words(min);
        }
        return max != null ? "at most " + words(max) : "a number";
    }

    private static String words(BigDecimal bound) {
        BigDecimal plain = bound.stripTrailingZeros();
        return plain.scale() <= 0 ? String.format(Locale.ROOT, "%,d", plain.toBigInteger())
                : plain.toPlainString();
    }

    private static String shorten(String text) {
        return text.length() <= 24 ? text : text.substring(0, 21) + "...";
    }

    /**
     * A field's text read against its rule.
     *
     * @param value   the number typed, exactly, or null
     * @param problem why the text does not fit, or null when it does
     */
    public record Checked(BigDecimal value, String problem) {
        static Checked problem(String why) {
            return new Checked(null, why);
        }

        public boolean ok() {
            return problem == null;
        }
    }
}
