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
    private static final Pattern DECIMAL_POINT = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
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
        if (DECIMAL_POINT.matcher(cell).matches() || NOT_FINITE.contains(cell.toLowerCase(Locale.ROOT))) {
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
        return !NOT_FINITE.contains(normalised.toLowerCase(Locale.ROOT))
                && Double.isFinite(Double.parseDouble(normalised));
    }
}
