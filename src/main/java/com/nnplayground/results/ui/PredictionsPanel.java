package com.nnplayground.results.ui;

import com.nnplayground.dataset.CsvWriter;
import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.results.PredictionRow;
import com.nnplayground.results.PredictionRows;
import com.nnplayground.training.TrainingOutcome;
import com.nnplayground.training.ui.RunListener;
import com.vaadin.flow.component.Composite;
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
import java.util.List;

/** After a run: the summary line, a grid of predictions next to the targets, "try an input" and a CSV export. */
public class PredictionsPanel extends Composite<VerticalLayout> implements RunListener {
    final Div summary = new Div();
    final PredictionsGrid grid = new PredictionsGrid();
    final TryInputPanel tryInput = new TryInputPanel();
    final Anchor export;
    final ConfusionMatrix confusion = new ConfusionMatrix();

    private PreparedExperiment experiment;
    private List<PredictionRow> rows = List.of();
    private String summaryText = "";

    public PredictionsPanel() {
        summary.setId("training-summary");
        summary.getStyle().set("font-weight", "600");
        export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = csv().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(csv), "predictions.csv", "text/csv", csv.length);
        }), AttachmentType.DOWNLOAD, "Download predictions (CSV)");

        VerticalLayout content = getContent();
        content.setPadding(false);
        content.add(new H3("Predictions"), summary, grid, export, confusion, tryInput);
        cleared();
    }

    /** Back to "not trained yet". */
    @Override
    public void cleared() {
        rows = List.of();
        grid.clear();
        confusion.clear();
        summary.setText("Not trained yet: press Train.");
        export.setEnabled(false);
        tryInput.clear();
    }

    /** While a run goes on: the predictions come when it ends or is stopped. */
    @Override
    public void started(PreparedExperiment prepared) {
        cleared();
        summary.setText("Training… the predictions appear when the run ends or is stopped.");
    }

    /** A run that trained at least one iteration shows what its network makes of every row. */
    @Override
    public void finished(PreparedExperiment prepared, TrainingOutcome outcome) {
        if (outcome.iterationsDone() > 0) {
            show(prepared, outcome);
        }
    }

    public void show(PreparedExperiment prepared, TrainingOutcome outcome) {
        this.experiment = prepared;
        EncodedDataset data = prepared.data();
        double[][] outputs = outcome.predictions() != null ? outcome.predictions() : outcome.network().predict(data.x());
        rows = PredictionRows.of(prepared, outputs);
        grid.show(prepared, rows);
        summaryText = SummaryLine.of(prepared, outcome, rows);
        summary.setText(summaryText);
        grid.getStyle().remove("opacity");
        export.setEnabled(true);
        if (data.kind().isClassification()) {
            confusion.show(data.classes(), rows);
        }
        tryInput.show(prepared, outcome.network());
    }

    /** The data was edited after the run shown: its results stay, marked as out of date, until the next run. */
    public void markOutOfDate() {
        if (!rows.isEmpty()) {
            summary.setText("Out of date: the data was edited after this run; train again to update. " + summaryText);
            grid.getStyle().set("opacity", "0.6");
        }
    }

    String csv() {
        EncodedDataset data = experiment.data();
        List<String> header = new ArrayList<>(List.of("row"));
        header.addAll(experiment.experiment().dataset().inputs());
        header.add(experiment.experiment().dataset().target());
        for (int k = 0; k < data.outputCount(); k++) {
            header.add(PredictionsGrid.outputHeader(data, k));
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

    /** The rows shown, in the data's order. */
    public List<PredictionRow> rows() {
        return rows;
    }
}
