package com.nnplayground.training.ui;

import com.nnplayground.dataset.CsvWriter;
import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.TargetKind;
import com.nnplayground.engine.Network;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.training.TrainingOutcome;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** After a run: the summary line, a grid of predictions next to the targets, "try an input" and a CSV export. */
public class PredictionsPanel extends Composite<VerticalLayout> {
    final Div summary = new Div();
    final Grid<PredictionRow> grid = new Grid<>();
    final TryInputPanel tryInput = new TryInputPanel();
    final Anchor export;
    final ConfusionMatrix confusion = new ConfusionMatrix();

    private PreparedExperiment experiment;
    private Network network;
    private List<PredictionRow> rows = List.of();

    public PredictionsPanel() {
        summary.setId("training-summary");
        summary.getStyle().set("font-weight", "600");
        grid.setId("predictions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = csv().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "predictions.csv", "text/csv", csv.length);
        }), AttachmentType.DOWNLOAD, "Download predictions (CSV)");

        VerticalLayout content = getContent();
        content.setPadding(false);
        content.add(new H3("Predictions"), summary, grid, export, confusion, tryInput);
        clear();
    }

    /** Back to "not trained yet". */
    public void clear() {
        network = null;
        rows = List.of();
        grid.setItems(rows);
        grid.setVisible(false);
        confusion.clear();
        summary.setText("Not trained yet: press Train.");
        export.setEnabled(false);
        tryInput.clear();
    }

    /** While a run goes on: the predictions come when it ends or is stopped. */
    public void training() {
        clear();
        summary.setText("Training… the predictions appear when the run ends or is stopped.");
    }

    public void show(PreparedExperiment prepared, TrainingOutcome outcome) {
        this.experiment = prepared;
        this.network = outcome.network();
        EncodedDataset data = prepared.data();
        double[][] outputs = outcome.predictions() != null ? outcome.predictions() : network.predict(data.x());
        rows = PredictionRows.of(prepared, outputs);
        buildColumns(prepared, data);
        grid.setItems(rows);
        grid.setVisible(true);
        grid.setAllRowsVisible(rows.size() <= 12);
        grid.setHeight(rows.size() <= 12 ? null : "24em");
        summary.setText(PredictionRows.summary(prepared, outcome, rows));
        export.setEnabled(true);
        if (data.kind().isClassification()) {
            confusion.show(data.classes(), rows);
        }
        tryInput.show(prepared, network);
    }

    private void buildColumns(PreparedExperiment prepared, EncodedDataset data) {
        grid.removeAllColumns();
        grid.addColumn(PredictionRow::row).setHeader("row").setSortable(true).setWidth("5.5em").setFlexGrow(0);
        if (data.testCount() > 0) {
            grid.addColumn(r -> r.test() ? "test" : "training").setHeader("set").setSortable(true).setAutoWidth(true);
        }
        List<String> inputs = prepared.experiment().dataset().inputs();
        for (int i = 0; i < inputs.size(); i++) {
            int index = i;
            grid.addColumn(r -> r.inputs().get(index)).setHeader(inputs.get(i)).setAutoWidth(true)
                    .setComparator((a, b) -> compareCells(a.inputs().get(index), b.inputs().get(index)));
        }
        grid.addColumn(PredictionRow::target).setHeader("target: " + prepared.experiment().dataset().target())
                .setComparator((a, b) -> compareCells(a.target(), b.target())).setAutoWidth(true);
        int outputs = data.outputCount();
        for (int k = 0; k < outputs; k++) {
            int index = k;
            String header = data.kind() == TargetKind.MULTICLASS ? "p(" + data.classes().get(k) + ")" : "prediction";
            grid.addColumn(r -> format(r.outputs()[index])).setHeader(header).setAutoWidth(true)
                    .setComparator(Comparator.comparingDouble(r -> r.outputs()[index]));
        }
        grid.addColumn(r -> format(r.error())).setHeader("error").setAutoWidth(true)
                .setComparator(Comparator.comparingDouble(PredictionRow::error));
        if (data.kind().isClassification()) {
            grid.addColumn(PredictionRow::predictedClass).setHeader("predicted class").setSortable(true).setAutoWidth(true);
            grid.addColumn(r -> r.correct() ? "✓ correct" : "✗ wrong").setHeader("result").setSortable(true).setAutoWidth(true);
        }
    }

    String csv() {
        EncodedDataset data = experiment.data();
        List<String> header = new ArrayList<>(List.of("row"));
        header.addAll(experiment.experiment().dataset().inputs());
        header.add(experiment.experiment().dataset().target());
        for (int k = 0; k < data.outputCount(); k++) {
            header.add(data.kind() == TargetKind.MULTICLASS ? "p(" + data.classes().get(k) + ")" : "prediction");
        }
        header.add("error");
        header.add("set");
        if (data.kind().isClassification()) {
            header.add("predicted_class");
            header.add("correct");
        }
        CsvWriter csv = new CsvWriter().row(header);
        for (PredictionRow r : rows) {
            List<String> cells = new ArrayList<>(List.of(Integer.toString(r.row())));
            cells.addAll(r.inputs());
            cells.add(r.target());
            for (double v : r.outputs()) {
                cells.add(Double.toString(v));
            }
            cells.add(Double.toString(r.error()));
            cells.add(r.test() ? "test" : "training");
            if (r.predictedClass() != null) {
                cells.add(r.predictedClass());
                cells.add(Boolean.toString(r.correct()));
            }
            csv.row(cells);
        }
        return csv.toString();
    }

    List<PredictionRow> rows() {
        return rows;
    }

    static String format(double value) {
        return Double.isFinite(value) ? String.format("%.6f", value) : Double.toString(value);
    }

    /**
     * A loss: six decimals, or four significant digits in scientific notation below 0.001, so that a long run's
     * 3.2e-9 does not read as 0.000000.
     */
    static String formatLoss(double value) {
        return Double.isFinite(value) && value != 0 && Math.abs(value) < 1e-3 ? String.format("%.4e", value)
                : format(value);
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
