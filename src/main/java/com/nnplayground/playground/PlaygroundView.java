package com.nnplayground.playground;

import com.nnplayground.chart.LossChart;
import com.nnplayground.chart.LossChartPanel;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.ui.ExperimentEditor;
import com.nnplayground.maths.ui.EquationsPanel;
import com.nnplayground.results.ui.PredictionsPanel;
import com.nnplayground.training.PlaygroundLimits;
import com.nnplayground.training.TrainingJob;
import com.nnplayground.training.TrainingOutcome;
import com.nnplayground.training.TrainingRejectedException;
import com.nnplayground.training.TrainingService;
import com.nnplayground.training.ui.RunListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.List;

/**
 * The playground: the experiment (data, settings, save and open) on the left; the run's controls, the live loss
 * chart, the predictions and the maths on the right. It opens on the seed article's experiment. A browser (all its
 * tabs) trains one run at a time; leaving the page cancels its run. The panels that follow a run are
 * {@link #followers}: a new one is added there and to the layout.
 */
@Route("")
@PageTitle("NN Playground")
@StyleSheet("context://styles/playground.css")
public class PlaygroundView extends VerticalLayout {
    final RunControls controls = new RunControls(this::train, this::stop, this::reset);
    final LossChartPanel chartPanel = new LossChartPanel();
    final LossChart chart = chartPanel.getChart();
    final PredictionsPanel predictions = new PredictionsPanel();
    final EquationsPanel equations = new EquationsPanel();
    /** Everything on the page that follows a run, told in this order. */
    private final List<RunListener> followers = List.of(controls, chartPanel, predictions, equations);
    final ExperimentEditor editor;

    private final TrainingService service;
    private final ConnectionWatcher connections;
    private TrainingJob job;

    public PlaygroundView(TrainingService service, PlaygroundLimits limits, ConnectionWatcher connections) {
        this.service = service;
        this.connections = connections;
        this.editor = new ExperimentEditor(limits, this::cancelRun, this::clearResults);
        chart.setId("loss-chart");
        addDetachListener(e -> cancelRun());
        layout();
    }

    private void layout() {
        editor.getStyle().set("flex", "1 1 26em").set("max-width", "36em").set("min-width", "20em");
        VerticalLayout right = new VerticalLayout(controls, new H3("Loss"), chartPanel, predictions, equations);
        right.setPadding(false);
        right.getStyle().set("flex", "2 1 32em").set("min-width", "20em");
        HorizontalLayout columns = new HorizontalLayout(editor, right);
        columns.setWidthFull();
        columns.getStyle().set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xl)");
        columns.setAlignItems(FlexComponent.Alignment.START);
        Paragraph tagline = new Paragraph("Train a neural network written from scratch, as in the seed article, and"
                + " watch it learn: pick data, set the network, press Train.");
        tagline.getStyle().set("margin", "0").set("color", "var(--lumo-secondary-text-color)");
        H1 title = new H1("NN Playground");
        title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-xxl)");
        add(title, tagline, columns);
    }

    private void train() {
        if (job != null) {
            return;
        }
        PreparedExperiment prepared = editor.prepare(controls::say).orElse(null);
        if (prepared == null) {
            return;
        }
        clearResults();
        UI ui = UI.getCurrent();
        try {
            setRunning(true);
            job = service.start(prepared, new PageObserver(ui, batch -> followers.forEach(f -> f.progress(batch)),
                    outcome -> finished(prepared, outcome), this::cancelRun), ui.getSession());
            connections.watch(ui, job);
            followers.forEach(f -> f.started(prepared));
        } catch (TrainingRejectedException e) {
            setRunning(false);
            controls.say(e.getMessage());
        }
    }

    private void stop() {
        if (job != null) {
            job.cancel();
            controls.say("Stopping…");
        }
    }

    private void reset() {
        cancelRun();
        clearResults();
        controls.say("Reset: the next run starts again from the weights drawn with seed " + editor.seed() + ".");
    }

    private void cancelRun() {
        if (job != null) {
            job.cancel();
        }
    }

    private void clearResults() {
        followers.forEach(RunListener::cleared);
    }

    private void setRunning(boolean running) {
        controls.setRunning(running);
        editor.setRunning(running);
    }

    private void finished(PreparedExperiment prepared, TrainingOutcome outcome) {
        job = null;
        editor.setRunning(false);
        followers.forEach(f -> f.finished(prepared, outcome));
    }
}
