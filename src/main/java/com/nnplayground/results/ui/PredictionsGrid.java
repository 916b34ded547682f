package com.nnplayground.results.ui;

import com.nnplayground.numbers.Numbers;
import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.TargetKind;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.results.PredictionRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Comparator;
import java.util.List;

/**
 * One line per data row: its inputs and target as given, the network's outputs, the error and, for classes, the
 * predicted class and a right/wrong mark. Every column sorts; numbers as numbers.
 */
public class PredictionsGrid extends Grid<PredictionRow> {

    public PredictionsGrid() {
        setId("predictions");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    }

    /** Columns for this experiment's data, then its rows; a long table scrolls. */
    public void show(PreparedExperiment prepared, List<PredictionRow> rows) {
        buildColumns(prepared, prepared.data());
        setItems(rows);
        setVisible(true);
        setAllRowsVisible(rows.size() <= 12);
        setHeight(rows.size() <= 12 ? null : "24em");
    }

    public void clear() {
        setItems(List.of());
        setVisible(false);
    }

    private void buildColumns(PreparedExperiment prepared, EncodedDataset data) {
        removeAllColumns();
        addColumn(PredictionRow::row).setHeader("row").setSortable(true).setWidth("5.5em").setFlexGrow(0);
        if (data.testCount() > 0) {
            addColumn(r -> r.test() ? "test" : "training").setHeader("set").setSortable(true).setAutoWidth(true);
        }
        List<String> inputs = prepared.experiment().dataset().inputs();
        for (int i = 0; i < inputs.size(); i++) {
            int index = i;
            addColumn(r -> r.inputs().get(index)).setHeader(inputs.get(i)).setAutoWidth(true)
                    .setComparator((a, b) -> compareCells(a.inputs().get(index), b.inputs().get(index)));
        }
        addColumn(PredictionRow::target).setHeader("target: " + prepared.experiment().dataset().target())
                .setComparator((a, b) -> compareCells(a.target(), b.target())).setAutoWidth(true);
        for (int k = 0; k < data.outputCount(); k++) {
            int index = k;
            addColumn(r -> Numbers.format(r.outputs()[index])).setHeader(outputHeader(data, k)).setAutoWidth(true)
                    .setComparator(Comparator.comparingDouble(r -> r.outputs()[index]));
        }
        addColumn(r -> Numbers.format(r.error())).setHeader("error").setAutoWidth(true)
                .setComparator(Comparator.comparingDouble(PredictionRow::error));
        if (data.kind().isClassification()) {
            addColumn(PredictionRow::predictedClass).setHeader("predicted class").setSortable(true).setAutoWidth(true);
            addColumn(r -> r.correct() ? "✓ correct" : "✗ wrong").setHeader("result").setSortable(true).setAutoWidth(true);
        }
    }

    /** "p(class)" for each softmax output, "prediction" for a single one: the grid and the CSV say the same. */
    static String outputHeader(EncodedDataset data, int output) {
        return data.kind() == TargetKind.MULTICLASS ? "p(" + data.classes().get(output) + ")" : "prediction";
    }

    /** Numbers sort as numbers, text after them alphabetically. */
    static int compareCells(String a, String b) {
        Double x = parse(a);
        Double y = parse(b);
        if (x != null && y != null) {
            return Double.compare(x, y);
        }
        return x != null ? -1 : y != null ? 1 : a.compareTo(b);
    }

    private static Double parse(String cell) {
        try {
            return Double.parseDouble(cell.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
