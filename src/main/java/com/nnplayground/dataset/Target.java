package com.nnplayground.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The target column as network outputs: what kind of problem it is, the classes, and the y matrix. */
record Target(TargetKind kind, List<String> classes, double[][] y, int[] classOfRow) {

    static Target of(Dataset data) {
        int column = data.columnIndex(data.target());
        List<String> cells = data.rows().stream().map(row -> row.get(column).trim()).toList();
        if (data.targetClasses()) {
            return labels(data, cells);
        }
        if (!ColumnKind.isText(cells)) {
            double[][] y = new double[cells.size()][1];
            boolean zeroOne = true;
            for (int r = 0; r < y.length; r++) {
                y[r][0] = DatasetEncoder.number(cells.get(r), r, data.target());
                zeroOne &= y[r][0] == 0 || y[r][0] == 1;
            }
            if (zeroOne) {
                int[] classOfRow = new int[y.length];
                for (int r = 0; r < y.length; r++) {
                    classOfRow[r] = (int) y[r][0];
                }
                return new Target(TargetKind.BINARY, List.of("0", "1"), y, classOfRow);
            }
            return new Target(TargetKind.REGRESSION, List.of(), y, null);
        }
        return labels(data, cells);
    }

    /** Class labels in the order they first appear; labels that are all numbers in numeric order (0, 1, ..., 9). */
    private static Target labels(Dataset data, List<String> cells) {
        Set<String> labels = new LinkedHashSet<>();
        for (int r = 0; r < cells.size(); r++) {
            if (cells.get(r).isEmpty()) {
                throw new DatasetException("Row " + (r + 1) + ", column '" + data.target() + "': the target is empty.");
            }
            labels.add(cells.get(r));
        }
        // refused before y (rows x classes numbers) is built, whatever the page's own limit
        String tooMany = ImportLimits.classesRefused(data.target(), labels.size(), ImportLimits.CLASS_CEILING);
        if (tooMany != null) {
            throw new DatasetException(tooMany);
        }
        List<String> classes = new ArrayList<>(labels);
        if (classes.stream().allMatch(DatasetEncoder::isNumber)) {
            classes.sort(Comparator.comparingDouble(Double::parseDouble));
        }
        if (classes.size() < 2) {
            throw new DatasetException("The target column '" + data.target() + "' holds only one class ('"
                    + classes.get(0) + "'): there is nothing to tell apart.");
        }
        boolean binary = classes.size() == 2;
        double[][] y = new double[cells.size()][binary ? 1 : classes.size()];
        int[] classOfRow = new int[cells.size()];
        for (int r = 0; r < y.length; r++) {
            int k = classes.indexOf(cells.get(r));
            classOfRow[r] = k;
            if (binary) {
                y[r][0] = k;
            } else {
                y[r][k] = 1;
            }
        }
        return new Target(binary ? TargetKind.BINARY : TargetKind.MULTICLASS, List.copyOf(classes), y, classOfRow);
    }
}
