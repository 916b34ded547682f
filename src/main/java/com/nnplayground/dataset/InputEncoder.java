package com.nnplayground.dataset;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the input cells of one row into the network's inputs: numbers rescaled with the training rows'
 * statistics, text one-hot encoded over the categories seen in the data. The same for the dataset and for
 * "try an input".
 */
public final class InputEncoder {
    private final List<String> columns;
    /** Per input column: the categories of a text column, or null for a numeric one. */
    private final List<List<String>> categories;
    private final double[][] scale;
    private final List<String> features;

    InputEncoder(List<String> columns, List<List<String>> categories, double[][] scale) {
        this.columns = List.copyOf(columns);
        this.categories = categories;
        this.scale = scale;
        List<String> names = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (categories.get(c) == null) {
                names.add(columns.get(c));
            } else {
                for (String category : categories.get(c)) {
                    names.add(columns.get(c) + "=" + category);
                }
            }
        }
        this.features = List.copyOf(names);
    }

    public List<String> columns() {
        return columns;
    }

    /** The network's inputs in order: a numeric column's name, or column=category for each one-hot input. */
    public List<String> features() {
        return features;
    }

    public boolean isText(int column) {
        return categories.get(column) != null;
    }

    public List<String> categories(int column) {
        return categories.get(column);
    }

    /**
     * @param cells    one cell per input column, in {@link #columns()} order
     * @param rowIndex 0-based row for messages
     */
    public double[] encode(List<String> cells, int rowIndex) {
        double[] out = new double[features.size()];
        int f = 0;
        for (int c = 0; c < columns.size(); c++) {
            List<String> cats = categories.get(c);
            if (cats == null) {
                double x = DatasetEncoder.number(cells.get(c), rowIndex, columns.get(c));
                out[f++] = (x - scale[c][0]) / scale[c][1];
            } else {
                int k = cats.indexOf(cells.get(c).trim());
                if (k < 0) {
                    throw new DatasetException("Row " + (rowIndex + 1) + ", column '" + columns.get(c) + "': '"
                            + cells.get(c).trim() + "' is not one of the values seen in the data " + cats + ".");
                }
                out[f + k] = 1;
                f += cats.size();
            }
        }
        return out;
    }
}
