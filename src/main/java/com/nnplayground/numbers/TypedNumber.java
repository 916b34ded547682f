package com.nnplayground.numbers;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads a number typed into a field, exactly: {@code 0.5}, {@code 0,5} (a decimal comma, as much of Europe types
 * it and as the CSV import reads it), {@code 5e-3}, {@code -2}, {@code 1,500} in a whole-number field (thousands
 * grouped as the page writes them). Everything else is refused in words; nothing is rounded or clamped.
 */
public final class TypedNumber {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d*,\\d+([eE][+-]?\\d+)?");
    private static final Pattern THOUSANDS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+");
    private static final int MAX_EXPONENT_DIGITS = 4;

    private TypedNumber() {
    }

    /**
     * The number in {@code text}, or null when it is not one. {@code whole}: a comma between groups of three digits
     * is a thousands separator (1,500); otherwise a single comma is a decimal comma (0,5).
     */
    public static BigDecimal read(String text, boolean whole) {
        String clean = text == null ? "" : text.strip().replace('\u2212', '-');
        if (whole && THOUSANDS.matcher(clean).matches()) {
            clean = clean.replace(",", "");
        } else if (DECIMAL_COMMA.matcher(clean).matches()) {
            clean = clean.replace(',', '.');
        }
        if (!DECIMAL.matcher(clean).matches()) {
            return null;
        }
        int e = Math.max(clean.indexOf('e'), clean.indexOf('E'));
        if (e >= 0) {
            String digits = clean.substring(e + 1).replaceFirst("^[+-]", "").replaceFirst("^0+(?=\\d)", "");
            BigDecimal mantissa = new BigDecimal(clean.substring(0, e));
            if (digits.length() > MAX_EXPONENT_DIGITS && mantissa.signum() != 0) {
                // far beyond any field's range either way; BigDecimal would refuse or spend long on it
                String size = clean.charAt(e + 1) == '-' ? "1e-10000" : "1e10000";
                return new BigDecimal(size).multiply(BigDecimal.valueOf(mantissa.signum()));
            }
        }
        return new BigDecimal(clean);
    }
}
