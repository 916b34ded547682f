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
            if (DatasetEncoder.isNumber(text) || DatasetEncoder.isNonFinite(text)) {
                numbers++;
            } else {
                texts++;
            }
        }
        return texts > numbers;
    }
}
