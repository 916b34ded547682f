package com.nnplayground.dataset;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a dataset's target gives the network something to learn: every row has a target, and there are at
 * least two classes (text) or two different values (numbers), and no more classes than the limits allow. The CSV
 * import runs it on the target it proposes; the data panel runs it on whatever it is given to show. Rows are
 * numbered from 1 as the table shows them.
 */
public final class TargetCheck {

    private TargetCheck() {
    }

    public static void check(Dataset data) {
        check(data, ImportLimits.DEFAULT);
    }

    /** Also refuses a text target with more different labels than {@code limits} allow as classes. */
    public static void check(Dataset data, ImportLimits limits) {
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
        String tooMany = numbers ? null : limits.classesRefused(data.target(), values.size());
        if (tooMany != null) {
            throw new DatasetException(tooMany);
        }
        if (values.size() < 2) {
            throw new DatasetException(numbers
                    ? "Column '" + data.target() + "' has only one value (" + cells.get(0) + "): nothing to learn."
                    : "Column '" + data.target() + "' has only one class ('" + cells.get(0) + "'): nothing to learn.");
        }
    }
}
