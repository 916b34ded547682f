package com.nnplayground.dataset;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns a {@link Dataset} into numbers: numeric inputs as they are, a numeric target as one output (binary
 * classification when it only holds 0 and 1), a text target as class labels (one output for two classes,
 * one-hot for more). Rows are numbered from 1 in messages, as a spreadsheet shows them.
 */
public final class DatasetEncoder {
    /**
     * A number as a person writes it. Double.parseDouble alone would also take Java's "1f", "2d" and
     * hexadecimal "0x1p3", which no spreadsheet reads as numbers.
     */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(NaN|Infinity)");

    private DatasetEncoder() {
    }

    public static EncodedDataset encode(Dataset data) {
        int[] inputColumns = checkColumns(data);
        int targetColumn = data.columnIndex(data.target());
        if (data.size() == 0) {
            throw new DatasetException("The dataset has no rows.");
        }
        double[][] x = new double[data.size()][inputColumns.length];
        for (int r = 0; r < data.size(); r++) {
            List<String> row = data.rows().get(r);
            if (row.size() != data.columns().size()) {
                throw new DatasetException("Row " + (r + 1) + " has " + row.size() + " values, expected "
                        + data.columns().size() + ".");
            }
            for (int c = 0; c < inputColumns.length; c++) {
                x[r][c] = number(row.get(inputColumns[c]), r, data.columns().get(inputColumns[c]));
            }
        }
        return encodeTarget(data, targetColumn, x);
    }

    private static int[] checkColumns(Dataset data) {
        if (data.target() == null || data.target().isBlank()) {
            throw new DatasetException("No target column is chosen.");
        }
        if (data.columnIndex(data.target()) < 0) {
            throw new DatasetException("The target column '" + data.target() + "' is not one of the columns "
                    + data.columns() + ".");
        }
        if (data.inputs().isEmpty()) {
            throw new DatasetException("No input column is chosen.");
        }
        int[] indices = new int[data.inputs().size()];
        for (int i = 0; i < indices.length; i++) {
            String name = data.inputs().get(i);
            indices[i] = data.columnIndex(name);
            if (indices[i] < 0) {
                throw new DatasetException("The input column '" + name + "' is not one of the columns "
                        + data.columns() + ".");
            }
            if (name.equals(data.target())) {
                throw new DatasetException("The column '" + name + "' cannot be both an input and the target.");
            }
        }
        return indices;
    }

    private static EncodedDataset encodeTarget(Dataset data, int column, double[][] x) {
        List<String> cells = data.rows().stream().map(row -> row.get(column).trim()).toList();
        if (cells.stream().anyMatch(c -> !c.isEmpty())
                && cells.stream().allMatch(c -> c.isEmpty() || DECIMAL.matcher(c).matches()
                        || NON_FINITE.matcher(c).matches())) {
            double[][] y = new double[cells.size()][1];
            boolean zeroOne = true;
            for (int r = 0; r < y.length; r++) {
                y[r][0] = number(cells.get(r), r, data.target());
                zeroOne &= y[r][0] == 0 || y[r][0] == 1;
            }
            return zeroOne
                    ? new EncodedDataset(x, y, TargetKind.BINARY, List.of("0", "1"))
                    : new EncodedDataset(x, y, TargetKind.REGRESSION, List.of());
        }
        Set<String> labels = new LinkedHashSet<>();
        for (int r = 0; r < cells.size(); r++) {
            if (cells.get(r).isEmpty()) {
                throw new DatasetException("Row " + (r + 1) + ", column '" + data.target() + "': the target is empty.");
            }
            labels.add(cells.get(r));
        }
        List<String> classes = new ArrayList<>(labels);
        if (classes.size() < 2) {
            throw new DatasetException("The target column '" + data.target() + "' holds only one class ('"
                    + classes.get(0) + "'): there is nothing to tell apart.");
        }
        boolean binary = classes.size() == 2;
        double[][] y = new double[cells.size()][binary ? 1 : classes.size()];
        for (int r = 0; r < y.length; r++) {
            int k = classes.indexOf(cells.get(r));
            if (binary) {
                y[r][0] = k;
            } else {
                y[r][k] = 1;
            }
        }
        return new EncodedDataset(x, y, binary ? TargetKind.BINARY : TargetKind.MULTICLASS, List.copyOf(classes));
    }

    static boolean isNumber(String cell) {
        String text = cell.trim();
        return DECIMAL.matcher(text).matches() && Double.isFinite(Double.parseDouble(text));
    }

    /** Parses one input cell, or says which row and column hold something that is not a finite number. */
    public static double number(String cell, int rowIndex, String column) {
        String text = cell == null ? "" : cell.trim();
        String where = "Row " + (rowIndex + 1) + ", column '" + column + "': ";
        if (text.isEmpty()) {
            throw new DatasetException(where + "the value is empty.");
        }
        if (!DECIMAL.matcher(text).matches() && !NON_FINITE.matcher(text).matches()) {
            throw new DatasetException(where + "'" + shorten(text) + "' is not a number.");
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            throw new DatasetException(where + "'" + shorten(text) + "' is not a finite number.");
        }
        return value;
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
