package com.nnplayground.training.ui;

import com.nnplayground.chart.LossChart;
import com.nnplayground.chart.LossChartPanel;
import com.nnplayground.dataset.DatasetEncoder;
import com.nnplayground.dataset.DatasetException;
import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.ui.DatasetPanel;
import com.nnplayground.dataset.EncodingOptions;
import com.nnplayground.dataset.Scaling;
import com.nnplayground.dataset.ui.DatasetPanel.ChangeKind;
import com.nnplayground.dataset.ui.DatasetPanel.DatasetChange;
import com.nnplayground.experiment.Preparation;
import com.nnplayground.experiment.Proposal;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.ExperimentException;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.Recommendation;
import com.nnplayground.training.ProgressBatch;
import com.nnplayground.training.TrainingJob;
import com.nnplayground.training.TrainingOutcome;
import com.nnplayground.training.TrainingRejectedException;
import com.nnplayground.training.TrainingService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

/**
 * The playground: data and settings on the left; Train, the live loss chart and the predictions on the
 * right. It opens on the seed article's experiment. One run per browser tab; leaving the page cancels it.
 */
@Route("")
@PageTitle("NN Playground")
@StyleSheet("context://styles/playground.css")
public class PlaygroundView extends VerticalLayout {
    final DatasetPanel dataset;
    final HyperparameterForm form;
    final Button train = new Button("Train");
    final Button stop = new Button("Stop");
    final Button reset = new Button("Reset");
    final TrainingProgress progress = new TrainingProgress();
    final Div status = new Div();
    final Div settingsNote = new Div();
    final LossChartPanel chartPanel = new LossChartPanel();
    final LossChart chart = chartPanel.getChart();
    final PredictionsPanel predictions = new PredictionsPanel();
    final EquationsPanel equations = new EquationsPanel();
    final ExperimentFilePanel file = new ExperimentFilePanel(this::currentExperiment, this::openExperiment);

    private final TrainingService service;
    private TrainingJob job;
    private PreparedExperiment running;

    public PlaygroundView(TrainingService service) {
        this.service = service;
        this.form = new HyperparameterForm(service.limits());
        this.dataset = new DatasetPanel(service.limits().importLimits());
        setIds();
        train.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
        reset.addThemeVariants(ButtonVariant.LUMO_LARGE);
        train.addClickListener(e -> train());
        stop.addClickListener(e -> stop());
        reset.addClickListener(e -> reset());
        stop.setEnabled(false);
        settingsNote.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        dataset.addDatasetChangeListener(this::datasetChanged);
        datasetChanged(new DatasetChange(dataset.dataset(), dataset.preset(), ChangeKind.PRESET, false));
        addDetachListener(e -> cancelRun());
        layout();
    }

    private void setIds() {
        train.setId("train");
        stop.setId("stop");
        reset.setId("reset");
        status.setId("training-status");
        chart.setId("loss-chart");
    }

    private void layout() {
        VerticalLayout left = new VerticalLayout(dataset, new H3("Network and training"), settingsNote, form, file);
        left.setPadding(false);
        left.getStyle().set("flex", "1 1 26em").set("max-width", "36em").set("min-width", "20em");
        HorizontalLayout buttons = new HorizontalLayout(train, stop, reset);
        VerticalLayout right = new VerticalLayout(buttons, progress, status, new H3("Loss"), chartPanel,
                predictions, equations);
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
        dataset.admit(e.dataset());
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
            status.setText("Some settings need fixing first: see the marked fields.");
            return;
        }
        PreparedExperiment prepared;
        try {
            EncodingOptions encoding = dataset.encoding(settings.getSeed());
            prepared = PreparedExperiment.of(new Experiment(dataset.dataset(), settings.network(), settings.training(),
                    new Preparation(encoding.scaling(), encoding.testShare())));
        } catch (ExperimentException | DatasetException e) {
            status.setText(e.getMessage());
            return;
        }
        clearResults();
        UI ui = UI.getCurrent();
        try {
            setRunning(true);
            job = service.start(prepared, new PageObserver(ui, this::showProgress,
                    outcome -> finished(prepared, outcome), this::cancelRun), ui.getSession());
            running = prepared;
            chart.startRun(prepared.config().iterations());
            equations.show(prepared, prepared.start());
            status.setText("Training…");
            predictions.training();
        } catch (TrainingRejectedException e) {
            setRunning(false);
            status.setText(e.getMessage());
        }
    }

    private void stop() {
        if (job != null) {
            job.cancel();
            status.setText("Stopping…");
        }
    }

    private void reset() {
        cancelRun();
        clearResults();
        status.setText("Reset: the next run starts again from the weights drawn with seed " + form.seed.getValue() + ".");
    }

    private void cancelRun() {
        if (job != null) {
            job.cancel();
        }
    }

    private void clearResults() {
        chart.clear();
        predictions.clear();
        equations.clear();
        progress.clear();
    }

    private void setRunning(boolean running) {
        train.setEnabled(!running);
        stop.setEnabled(running);
        form.setRunning(running);
        dataset.setRunning(running);
    }

    private void showProgress(ProgressBatch batch) {
        if (batch.iterations().length > 0) {
            chart.append(batch.iterations(), batch.losses(), batch.testLosses());
        }
        if (batch.snapshot() != null && running != null) {
            equations.show(running, batch.snapshot());
        }
        progress.show(batch);
    }

    private void finished(PreparedExperiment prepared, TrainingOutcome outcome) {
        job = null;
        setRunning(false);
        status.setText(outcome.message());
        if (outcome.iterationsDone() > 0) {
            predictions.show(prepared, outcome);
        }
        equations.show(prepared, outcome.network());
    }
}
