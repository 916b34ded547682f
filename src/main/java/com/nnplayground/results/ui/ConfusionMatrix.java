package com.nnplayground.results.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.nnplayground.results.PredictionRow;
import java.util.List;

/**
 * How often each class was predicted as each other class: one row per actual class, one column per predicted
 * class, on the test rows when there are some (else on all rows). Class names are shown as text. Each count is
 * shaded by its share of its row (styles/playground.css): the diagonal (right) in blue, the rest (mistakes) in
 * orange, both from the one palette, and a total per row; ten classes fit a phone's width and read on a projector.
 */
public class ConfusionMatrix extends Composite<VerticalLayout> {
    final Grid<int[]> grid = new Grid<>();
    final Div caption = new Div();
    private List<String> classes = List.of();

    public ConfusionMatrix() {
        grid.setId("confusion-matrix");
        caption.setId("confusion-caption");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setAllRowsVisible(true);
        caption.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.add(new H3("Confusion matrix"), caption, grid);
        grid.addClassName("confusion");
        setVisible(false);
    }

    public void clear() {
        setVisible(false);
        grid.setItems(List.of());
    }

    /** Shows the counts of the given rows (all classification rows of a run). */
    public void show(List<String> classNames, List<PredictionRow> rows) {
        classes = List.copyOf(classNames);
        boolean split = rows.stream().anyMatch(PredictionRow::test);
        List<PredictionRow> counted = split ? rows.stream().filter(PredictionRow::test).toList() : rows;
        int k = classes.size();
        int[][] counts = new int[k][k + 1];
        for (int a = 0; a < k; a++) {
            counts[a][k] = a;
        }
        for (PredictionRow row : counted) {
            counts[classes.indexOf(row.actualClass())][classes.indexOf(row.predictedClass())]++;
        }
        grid.removeAllColumns();
        Div predicted = new Div("predicted →");
        predicted.addClassName("predicted");
        Div corner = new Div(predicted, new Div("actual ↓"));
        corner.addClassName("confusion-corner");
        grid.addColumn(row -> classes.get(row[k])).setHeader(corner).setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(row -> "actual");
        for (int p = 0; p < k; p++) {
            int column = p;
            grid.addColumn(row -> row[column]).setHeader(classes.get(p)).setWidth("1.8em").setFlexGrow(1)
                    .setTextAlign(ColumnTextAlign.CENTER).setPartNameGenerator(row -> heat(row, column, k));
        }
        grid.addColumn(row -> total(row, k)).setHeader("all").setWidth("2.4em").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.CENTER)
                .setPartNameGenerator(row -> "total");
        grid.getStyle().set("max-width", (6 + 3.6 * k) + "em");
        grid.setItems(counts);
        caption.setText((split ? "On the " + counted.size() + " test rows (never trained on)"
                : "On all " + counted.size() + " rows") + ": a row for each actual class, a column for each predicted one.");
        setVisible(true);
    }

    /** "right-3" or "wrong-1": a cell's kind and its share of its row in fifths (0 for none, 1 to 5). */
    static String heat(int[] row, int predicted, int classes) {
        int total = total(row, classes);
        int level = row[predicted] == 0 ? 0 : (int) Math.ceil(5.0 * row[predicted] / total);
        return (row[classes] == predicted ? "right-" : "wrong-") + level;
    }

    private static int total(int[] row, int classes) {
        int total = 0;
        for (int p = 0; p < classes; p++) {
            total += row[p];
        }
        return total;
    }

    /** The count of rows of actual class a predicted as p, for tests. */
    int count(int actual, int predicted) {
        return grid.getListDataView().getItem(actual)[predicted];
    }
}
