package com.nnplayground.pictures;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as a picture says them: three significant digits, no trailing zeros, a real minus sign. */
final class Format {
    private Format() {
    }

    static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "not a number" : value > 0 ? "∞" : "−∞";
        }
        if (value == 0) {
            return "0";
        }
        String text = new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
        return text.startsWith("-") ? "−" + text.substring(1) : text;
    }
}
