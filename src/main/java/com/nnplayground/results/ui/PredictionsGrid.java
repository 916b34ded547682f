package com.nnplayground.results.ui;

import com.nnplayground.dataset.Dataset;
import com.nnplayground.numbers.Numbers;
import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.PixelGrid;
import com.nnplayground.dataset.TargetKind;
import com.nnplayground.dataset.ui.PictureColumn;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.results.PredictionRow;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One line per data row: its inputs and target as given, the network's outputs, the error and, for classes, the
 * predicted class and a right/wrong mark. Every column sorts; numbers as numbers. Inputs that form a picture (the
 * digits' 64 pixels) show as one small image instead of a column per pixel, and many classes as the probability
 * of the predicted one instead of a column per class (the CSV export keeps them all).
 */
@JsModule("./digit-image.ts")
public class PredictionsGrid extends Grid<PredictionRow> {
    /** Beyond this many classes, one probability column (the predicted class's) instead of one per class. */
    static final int MAX_PROBABILITY_COLUMNS = 5;

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
        Dataset dataset = prepared.experiment().dataset();
        Optional<PixelGrid> picture = PixelGrid.of(dataset);
        if (picture.isPresent()) {
            addImageColumn(dataset, picture.get());
        } else {
            List<String> inputs = dataset.inputs();
            for (int i = 0; i < inputs.size(); i++) {
                int index = i;
                addColumn(r -> r.inputs().get(index)).setHeader(inputs.get(i)).setAutoWidth(true)
                        .setComparator((a, b) -> compareCells(a.inputs().get(index), b.inputs().get(index)));
            }
        }
        addColumn(PredictionRow::target).setHeader("target: " + dataset.target())
                .setComparator((a, b) -> compareCells(a.target(), b.target())).setAutoWidth(true);
        if (data.kind() == TargetKind.MULTICLASS && data.outputCount() > MAX_PROBABILITY_COLUMNS) {
            addColumn(PredictionRow::predictedClass).setHeader("predicted class").setSortable(true).setAutoWidth(true);
            addColumn(r -> Numbers.format(predictedProbability(r))).setHeader("p(predicted class)").setAutoWidth(true)
                    .setComparator(Comparator.comparingDouble(PredictionsGrid::predictedProbability));
        } else {
            for (int k = 0; k < data.outputCount(); k++) {
                int index = k;
                addColumn(r -> Numbers.format(r.outputs()[index])).setHeader(outputHeader(data, k)).setAutoWidth(true)
                        .setComparator(Comparator.comparingDouble(r -> r.outputs()[index]));
            }
        }
        addColumn(r -> Numbers.format(r.error())).setHeader("error").setAutoWidth(true)
                .setComparator(Comparator.comparingDouble(PredictionRow::error));
        if (data.kind().isClassification()) {
            if (getColumns().stream().noneMatch(c -> "predicted class".equals(c.getHeaderText()))) {
                addColumn(PredictionRow::predictedClass).setHeader("predicted class").setSortable(true).setAutoWidth(true);
            }
            addColumn(r -> r.correct() ? "✓ correct" : "✗ wrong").setHeader("result").setSortable(true).setAutoWidth(true);
        }
    }

    /** One picture for all the pixel columns, named after them: the first and the last. */
    private void addImageColumn(Dataset dataset, PixelGrid picture) {
        addColumn(PictureColumn.<PredictionRow>renderer(picture, r -> dataset.rows().get(r.row() - 1),
                        r -> "row " + r.row() + ": a " + r.target()))
                .setHeader(PictureColumn.header(picture, dataset.columns())).setAutoWidth(true).setFlexGrow(0);
    }

    /** The probability the network gives the class it predicts. */
    static double predictedProbability(PredictionRow row) {
        double best = row.outputs()[0];
        for (double p : row.outputs()) {
            best = Math.max(best, p);
        }
        return best;
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
