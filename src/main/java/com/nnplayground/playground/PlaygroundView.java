package com.nnplayground.playground;

import com.nnplayground.chart.LossChart;
import com.nnplayground.chart.LossChartPanel;
import com.nnplayground.dataset.DatasetEncoder;
import com.nnplayground.dataset.DatasetException;
import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.EncodingOptions;
import com.nnplayground.dataset.Scaling;
import com.nnplayground.dataset.ui.DatasetPanel;
import com.nnplayground.dataset.ui.DatasetPanel.ChangeKind;
import com.nnplayground.dataset.ui.DatasetPanel.DatasetChange;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.ExperimentException;
import com.nnplayground.experiment.Preparation;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.Proposal;
import com.nnplayground.experiment.Recommendation;
import com.nnplayground.experiment.ui.ExperimentFilePanel;
import com.nnplayground.experiment.ui.HyperparameterForm;
import com.nnplayground.experiment.ui.Hyperparameters;
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
import com.vaadin.flow.component.html.Div;
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
 * The playground: data and settings on the left; the run's controls, the live loss chart, the predictions and
 * the maths on the right. It opens on the seed article's experiment. A browser (all its tabs) trains one run at a
 * time; leaving the page cancels its run. The panels that follow a run are {@link #followers}: a new one is added
 * there and to the layout.
 */
@Route("")
@PageTitle("NN Playground")
@StyleSheet("context://styles/playground.css")
public class PlaygroundView extends VerticalLayout {
    final DatasetPanel dataset;
    final HyperparameterForm form;
    final Div settingsNote = new Div();
    final ExperimentFilePanel file = new ExperimentFilePanel(this::currentExperiment, this::openExperiment);
    final RunControls controls = new RunControls(this::train, this::stop, this::reset);
    final LossChartPanel chartPanel = new LossChartPanel();
    final LossChart chart = chartPanel.getChart();
    final PredictionsPanel predictions = new PredictionsPanel();
    final EquationsPanel equations = new EquationsPanel();
    /** Everything on the page that follows a run, told in this order. */
    private final List<RunListener> followers = List.of(controls, chartPanel, predictions, equations);

    private final TrainingService service;
    private final ConnectionWatcher connections;
    private TrainingJob job;

    public PlaygroundView(TrainingService service, PlaygroundLimits limits, ConnectionWatcher connections) {
        this.service = service;
        this.connections = connections;
        this.form = new HyperparameterForm(limits);
        this.dataset = new DatasetPanel(limits.importLimits());
        chart.setId("loss-chart");
        settingsNote.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        dataset.addDatasetChangeListener(this::datasetChanged);
        datasetChanged(new DatasetChange(dataset.dataset(), dataset.preset(), ChangeKind.PRESET, false));
        addDetachListener(e -> cancelRun());
        layout();
    }

    private void layout() {
        VerticalLayout left = new VerticalLayout(dataset, new H3("Network and training"), settingsNote, form, file);
        left.setPadding(false);
        left.getStyle().set("flex", "1 1 26em").set("max-width", "36em").set("min-width", "20em");
        VerticalLayout right = new VerticalLayout(controls, new H3("Loss"), chartPanel, predictions, equations);
        right.setPadding(false);
        right.getStyle().set("flex", "2 1 32em").set("min-width", "20em");
        HorizontalLayout columns = new HorizontalLayout(left, right);
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

    private void datasetChanged(DatasetChange change) {
        if (change.kind() == ChangeKind.PRESET) {
            Recommendation r = Recommendation.forPreset(change.preset());
            form.setValue(Hyperparameters.of(r.network(), r.training()));
            dataset.setScaling(Scaling.NONE);
            settingsNote.setText("Settings for this dataset: " + r.why());
        }
        if (change.kind() == ChangeKind.IMPORT) {
            propose(change);
        }
        try {
            EncodedDataset encoded = DatasetEncoder.encode(change.dataset(), dataset.encoding(form.seedValue()));
            form.setDataShape(encoded.outputCount(), encoded.x().length - encoded.testCount());
            dataset.showNotes(encoded.notes());
        } catch (DatasetException e) {
            dataset.showProblem(e.getMessage());
        }
        clearResults();
    }

    /** The experiment as the page stands, valid or not, for saving. */
    Experiment currentExperiment() {
        Hyperparameters h = form.currentValue();
        EncodingOptions encoding;
        try {
            encoding = dataset.encoding(h.getSeed());
        } catch (DatasetException e) {
            encoding = EncodingOptions.NONE;
        }
        return new Experiment(dataset.dataset(), h.network(), h.training(),
                new Preparation(encoding.scaling(), encoding.testShare()));
    }

    private void openExperiment(Experiment e) {
        cancelRun();
        form.setValue(Hyperparameters.of(e.network(), e.training()));
        dataset.open(e.dataset(), e.preparation().scaling(), e.preparation().testShare());
        settingsNote.setText("Opened an experiment file: its data and settings are shown."
                + (e.network().weights() != null ? " Its pinned initial weights are not used here: the page draws"
                + " them from the seed (the command line uses them)." : ""));
    }

    /** Settings that suit newly loaded data, and what they change, said in words. */
    private void propose(DatasetChange change) {
        Hyperparameters current = form.currentValue();
        try {
            EncodedDataset raw = DatasetEncoder.encode(change.dataset());
            Proposal p = Proposal.forData(raw, current.network(), current.training(), dataset.scaling());
            form.setValue(Hyperparameters.of(p.network(), p.training()));
            dataset.setScaling(p.scaling());
            settingsNote.setText("Proposed for this data. " + p.why() + (p.changes().isEmpty() ? ""
                    : " Changed: " + String.join("; ", p.changes()) + "."));
        } catch (DatasetException e) {
            settingsNote.setText("");
        }
    }

    private void train() {
        if (job != null) {
            return;
        }
        Hyperparameters settings = form.validatedValue().orElse(null);
        if (settings == null) {
            controls.say("Some settings need fixing first: see the marked fields.");
            return;
        }
        PreparedExperiment prepared;
        try {
            EncodingOptions encoding = dataset.encoding(settings.getSeed());
            prepared = PreparedExperiment.of(new Experiment(dataset.dataset(), settings.network(), settings.training(),
                    new Preparation(encoding.scaling(), encoding.testShare())));
        } catch (ExperimentException | DatasetException e) {
            controls.say(e.getMessage());
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
        controls.say("Reset: the next run starts again from the weights drawn with seed " + form.seedValue()
                + ".");
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
        form.setRunning(running);
        dataset.setRunning(running);
    }

    private void finished(PreparedExperiment prepared, TrainingOutcome outcome) {
        job = null;
        form.setRunning(false);
        dataset.setRunning(false);
        followers.forEach(f -> f.finished(prepared, outcome));
    }
}
