package com.nnplayground.dataset;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a dataset's target gives the network something to learn: every row has a target, and there are at
 * least two classes (text) or two different values (numbers). The CSV import runs it on the target it
 * proposes; the data editor runs it again when the user picks another target. Rows are numbered from 1 as
 * the table shows them.
 */
public final class TargetCheck {

    private TargetCheck() {
    }

    public static void check(Dataset data) {
        int column = data.columnIndex(data.target());
        if (column < 0) {
            throw new DatasetException("The target column '" + data.target() + "' is not one of the columns "
                    + data.columns() + ".");
        }
        if (data.size() == 0) {
            throw new DatasetException("The dataset has no rows.");
        }
        List<String> cells = data.rows().stream().map(row -> row.get(column).trim()).toList();
        for (int r = 0; r < cells.size(); r++) {
            if (cells.get(r).isEmpty()) {
                throw new DatasetException("Row " + (r + 1) + ", column '" + data.target() + "': the target is empty.");
            }
        }
        boolean numbers = cells.stream().allMatch(DatasetEncoder::isNumber);
        Set<Object> values = new LinkedHashSet<>(numbers ? cells.stream().map(Double::parseDouble).toList() : cells);
        if (values.size() < 2) {
            throw new DatasetException(numbers
                    ? "Column '" + data.target() + "' has only one value (" + cells.get(0) + "): nothing to learn."
                    : "Column '" + data.target() + "' has only one class ('" + cells.get(0) + "'): nothing to learn.");
        }
    }
}
