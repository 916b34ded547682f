package com.nnplayground.dataset;

import java.util.List;

/** Whether a column holds numbers or text: text when most of its non-empty cells are not numbers. */
final class ColumnKind {

    private ColumnKind() {
    }

    static boolean isText(List<String> cells) {
        int numbers = 0;
        int texts = 0;
        for (String cell : cells) {
            String text = cell == null ? "" : cell.trim();
            if (text.isEmpty()) {
                continue;
            }
            if (DatasetEncoder.isNumber(text) || isNonFinite(text)) {
                numbers++;
            } else {
                texts++;
            }
        }
        return texts > numbers;
    }

    /** "NaN" and "Infinity" are numbers gone wrong, not labels: they make a column numeric, and then an error. */
    private static boolean isNonFinite(String text) {
        try {
            return !Double.isFinite(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
