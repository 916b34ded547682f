package com.nnplayground.dataset;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises numbers as people write them in a CSV: "1.5", "-2", "3e-4", and, where the separator is not a
 * comma, the decimal comma of many countries' spreadsheets ("1,5"). Stricter than {@link Double#parseDouble},
 * which would also take "1f" or hexadecimal.
 */
final class NumberText {
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+,\\d+([eE][+-]?\\d+)?");
    private static final Set<String> NOT_FINITE = Set.of("nan", "inf", "+inf", "-inf", "infinity", "+infinity",
            "-infinity");

    private NumberText() {
    }

    /**
     * The cell written the way Java reads numbers ("1,5" becomes "1.5"), or null when it is not a number.
     * NaN and infinities count as numbers here, so that a column holding them is still seen as numeric and
     * gets the clearer "not a finite number" message.
     */
    static String normalise(String cell, boolean decimalComma) {
        if (isDecimal(cell) || NOT_FINITE.contains(cell.toLowerCase(Locale.ROOT))) {
            return cell;
        }
        if (decimalComma && DECIMAL_COMMA.matcher(cell).matches()) {
            return cell.replace(',', '.');
        }
        return null;
    }

    static boolean isNumber(String cell, boolean decimalComma) {
        return normalise(cell, decimalComma) != null;
    }

    /** Whether a normalised number is finite: "1e999" overflows to infinity and is not. */
    static boolean isFinite(String normalised) {
        return isDecimal(normalised) && Double.isFinite(Double.parseDouble(normalised));
    }

    /**
     * Whether the text is {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?}: digits with an optional point, fraction
     * and exponent. Scanned by hand rather than by a regular expression, since it runs several times for every
     * cell of a table (the digits preset has 116,805).
     */
    static boolean isDecimal(String text) {
        int n = text.length();
        int i = sign(text, 0);
        int whole = digits(text, i);
        i += whole;
        int fraction = 0;
        if (i < n && text.charAt(i) == '.') {
            fraction = digits(text, i + 1);
            i += 1 + fraction;
        }
        if (whole == 0 && fraction == 0) {
            return false;
        }
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i = sign(text, i + 1);
            int exponent = digits(text, i);
            if (exponent == 0) {
                return false;
            }
            i += exponent;
        }
        return i == n;
    }

    private static int sign(String text, int i) {
        return i < text.length() && (text.charAt(i) == '+' || text.charAt(i) == '-') ? i + 1 : i;
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}
