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
            // NaN and infinities count as numbers gone wrong, so such a column is numeric and its cells an error
            if (NumberText.isNumber(text, false)) {
                numbers++;
            } else {
                texts++;
            }
        }
        return texts > numbers;
    }
}
