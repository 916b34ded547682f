package com.nnplayground.dataset;

import com.nnplayground.numbers.Numbers;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a {@link Dataset} into numbers: numeric inputs (rescaled if asked, with the training rows'
 * statistics), text inputs one-hot, a numeric target as one output (binary classification when it only
 * holds 0 and 1), a text target as class labels (one output for two classes, one-hot for more), and a
 * seeded, stratified test split. Rows are numbered from 1 in messages, as a spreadsheet shows them.
 */
public final class DatasetEncoder {
    /** More categories than this in a text input column is most likely an id or a name, not a feature. */
    public static final int MAX_CATEGORIES = 50;

    private DatasetEncoder() {
    }

    public static EncodedDataset encode(Dataset data) {
        return encode(data, EncodingOptions.NONE);
    }

    public static EncodedDataset encode(Dataset data, EncodingOptions options) {
        int[] inputColumns = checkColumns(data);
        if (data.size() == 0) {
            throw new DatasetException("The dataset has no rows.");
        }
        for (int r = 0; r < data.size(); r++) {
            if (data.rows().get(r).size() != data.columns().size()) {
                throw new DatasetException("Row " + (r + 1) + " has " + data.rows().get(r).size() + " values, expected "
                        + data.columns().size() + ".");
            }
        }
        Target target = Target.of(data);
        boolean[] test = TestSplit.pick(target, data.size(), options);
        List<String> notes = new ArrayList<>();
        InputEncoder inputs = inputEncoder(data, inputColumns, test, options.scaling(), notes);
        double[][] x = new double[data.size()][];
        for (int r = 0; r < data.size(); r++) {
            List<String> row = data.rows().get(r);
            List<String> cells = new ArrayList<>(inputColumns.length);
            for (int c : inputColumns) {
                cells.add(row.get(c));
            }
            x[r] = inputs.encode(cells, r);
        }
        int testRows = countTrue(test);
        if (testRows > 0) {
            notes.add(String.format("%d of %d rows are held out for testing%s.", testRows, data.size(),
                    target.kind().isClassification() ? " (the same share of each class)" : ""));
        }
        TargetScale targetScale = targetScale(data, target, test, options.targetScaling(), notes);
        return new EncodedDataset(x, scaled(target.y(), targetScale), target.kind(), target.classes(), test, inputs,
                List.copyOf(notes), targetScale);
    }

    /** A numeric target's scaling, fitted on the training rows; classes are never scaled. */
    private static TargetScale targetScale(Dataset data, Target target, boolean[] test, Scaling scaling,
                                           List<String> notes) {
        if (target.kind() != TargetKind.REGRESSION || scaling == Scaling.NONE) {
            return TargetScale.NONE;
        }
        double[] train = new double[target.y().length - countTrue(test)];
        int k = 0;
        for (int r = 0; r < target.y().length; r++) {
            if (!test[r]) {
                train[k++] = target.y()[r][0];
            }
        }
        double[] fit = scaling.fit(train);
        String how = scaling == Scaling.MIN_MAX
                ? "min-max scaled (minimum " + Numbers.format(fit[0]) + ", range " + Numbers.format(fit[1])
                : "standardised (mean " + Numbers.format(fit[0]) + ", standard deviation " + Numbers.format(fit[1]);
        notes.add("The target '" + data.target() + "' is " + how + " on the training rows) for training; predictions"
                + " and errors are in its own units.");
        return new TargetScale(scaling, fit[0], fit[1]);
    }

    private static double[][] scaled(double[][] y, TargetScale scale) {
        if (!scale.scaled()) {
            return y;
        }
        double[][] out = new double[y.length][];
        for (int r = 0; r < y.length; r++) {
            out[r] = new double[] {scale.toNetwork(y[r][0])};
        }
        return out;
    }

    private static InputEncoder inputEncoder(Dataset data, int[] inputColumns, boolean[] test, Scaling scaling,
                                             List<String> notes) {
        List<List<String>> categories = new ArrayList<>();
        double[][] scale = new double[inputColumns.length][];
        for (int i = 0; i < inputColumns.length; i++) {
            int c = inputColumns[i];
            String name = data.columns().get(c);
            List<String> cells = data.rows().stream().map(row -> row.get(c)).toList();
            if (ColumnKind.isText(cells)) {
                Set<String> seen = new LinkedHashSet<>();
                cells.forEach(cell -> seen.add(cell.trim()));
                if (seen.size() > MAX_CATEGORIES) {
                    throw new DatasetException("Column '" + name + "' is text with " + seen.size()
                            + " different values: too many to use as an input (at most " + MAX_CATEGORIES
                            + "). Mark it as ignored.");
                }
                categories.add(List.copyOf(seen));
                scale[i] = new double[] {0, 1};
                notes.add("Column '" + name + "' is text: one-hot encoded into " + seen.size() + " inputs ("
                        + String.join(", ", seen) + ").");
            } else {
                categories.add(null);
                double[] train = new double[cells.size() - countTrue(test)];
                int k = 0;
                for (int r = 0; r < cells.size(); r++) {
                    double value = number(cells.get(r), r, name);
                    if (!test[r]) {
                        train[k++] = value;
                    }
                }
                scale[i] = scaling.fit(train);
            }
        }
        if (scaling != Scaling.NONE && categories.stream().anyMatch(java.util.Objects::isNull)) {
            notes.add("Numeric inputs are scaled: " + scaling.label() + ", with statistics of the training rows.");
        }
        List<String> names = java.util.Arrays.stream(inputColumns).mapToObj(data.columns()::get).toList();
        return new InputEncoder(names, categories, scale);
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

    static int countTrue(boolean[] flags) {
        int n = 0;
        for (boolean f : flags) {
            n += f ? 1 : 0;
        }
        return n;
    }

    /** A finite number in decimal notation ({@link NumberText}: not Java's "1f" or hexadecimal). */
    public static boolean isNumber(String cell) {
        String text = cell.trim();
        return NumberText.isNumber(text, false) && NumberText.isFinite(text);
    }

    /** Parses one cell, or says which row and column hold something that is not a finite number. */
    public static double number(String cell, int rowIndex, String column) {
        String text = cell == null ? "" : cell.trim();
        if (NumberText.isDecimal(text)) {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        }
        String where = "Row " + (rowIndex + 1) + ", column '" + column + "': ";
        if (text.isEmpty()) {
            throw new DatasetException(where + "the value is empty.");
        }
        if (!NumberText.isNumber(text, false)) {
            throw new DatasetException(where + "'" + shorten(text) + "' is not a number.");
        }
        throw new DatasetException(where + "'" + shorten(text) + "' is not a finite number.");
    }

    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
