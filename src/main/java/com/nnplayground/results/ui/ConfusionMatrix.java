package com.nnplayground.results.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.nnplayground.results.PredictionRow;
import java.util.List;

/**
 * How often each class was predicted as each other class: one row per actual class, one column per predicted
 * class, on the test rows when there are some (else on all rows). Class names are shown as text.
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
        grid.addColumn(row -> classes.get(row[k])).setHeader("actual ↓ / predicted →").setAutoWidth(true);
        for (int p = 0; p < k; p++) {
            int column = p;
            grid.addColumn(row -> row[column]).setHeader(classes.get(p)).setAutoWidth(true);
        }
        grid.setItems(counts);
        caption.setText(split ? "On the " + counted.size() + " test rows (never trained on)."
                : "On all " + counted.size() + " rows.");
        setVisible(true);
    }

    /** The count of rows of actual class a predicted as p, for tests. */
    int count(int actual, int predicted) {
        return grid.getListDataView().getItem(actual)[predicted];
    }
}
