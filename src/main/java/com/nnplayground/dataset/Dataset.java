package com.nnplayground.dataset;

import java.util.List;

/**
 * A table as the user sees it: named columns, rows of cells as text, which columns feed the network and
 * which one it should predict. Cells stay text so that nothing the user typed is lost before encoding.
 *
 * @param columns       the column names, in order
 * @param rows          one list of cells per row, each as long as {@code columns}
 * @param inputs        the names of the input columns
 * @param target        the name of the target column
 * @param targetClasses whether the target's values are class labels even when they are numbers (the digits
 *                      0-9); otherwise numbers are a value to predict, or two classes when they are only 0 and 1
 */
public record Dataset(List<String> columns, List<List<String>> rows, List<String> inputs, String target,
                      boolean targetClasses) {

    public Dataset {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        inputs = List.copyOf(inputs);
    }

    /** A table whose target is read from its cells: text is classes, numbers are numbers. */
    public Dataset(List<String> columns, List<List<String>> rows, List<String> inputs, String target) {
        this(columns, rows, inputs, target, false);
    }

    public int columnIndex(String name) {
        return columns.indexOf(name);
    }

    public int size() {
        return rows.size();
    }
}
