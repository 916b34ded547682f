package com.nnplayground.experiment.ui;

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
import com.nnplayground.experiment.DefaultPace;
import com.nnplayground.experiment.Proposal;
import com.nnplayground.experiment.RateChange;
import com.nnplayground.experiment.Recommendation;
import com.nnplayground.training.PlaygroundLimits;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.IntConsumer;

/**
 * The experiment as the page edits it: the data, the network-and-training settings with a note on why they are
 * what they are (a preset's recommendation, a proposal for loaded data, an opened file), and saving and opening
 * experiment files. What it shows becomes the experiment a run trains.
 */
public class ExperimentEditor extends Composite<VerticalLayout> {
    final DatasetPanel dataset;
    final HyperparameterForm form;
    final Div settingsNote = new Div();
    final ExperimentFilePanel file = new ExperimentFilePanel(this::current, this::open);

    private final Runnable opening;
    private final Runnable changed;
    private final List<DoubleConsumer> paceListeners = new ArrayList<>();
    private double suggestedPace;

    /**
     * {@code opening}: a file is about to replace the experiment (a run going on must stop); {@code changed}: the
     * experiment is no longer the one whose results are shown (new data, an opened file).
     */
    public ExperimentEditor(PlaygroundLimits limits, Runnable opening, Runnable changed) {
        this.opening = opening;
        this.changed = changed;
        this.form = new HyperparameterForm(limits);
        this.dataset = new DatasetPanel(limits.importLimits());
        settingsNote.setId("settings-note");
        settingsNote.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        dataset.addDatasetChangeListener(this::datasetChanged);
        datasetChanged(new DatasetChange(dataset.dataset(), dataset.preset(), ChangeKind.PRESET, false));
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.add(dataset, new H3("Network and training"), settingsNote, form, file);
    }

    private void datasetChanged(DatasetChange change) {
        if (change.kind() == ChangeKind.PRESET) {
            Recommendation r = Recommendation.forPreset(change.preset());
            form.setValue(Hyperparameters.of(r.network(), r.training()));
            dataset.setScaling(r.preparation().scaling());
            dataset.setTestShare(r.preparation().testShare());
            settingsNote.setText("Settings for this dataset: " + r.why());
            suggestPace(DefaultPace.forPreset(change.preset()));
        }
        if (change.kind() == ChangeKind.IMPORT) {
            propose(change);
            suggestPace(DefaultPace.forIterations(form.currentValue().getIterations()));
        }
        try {
            EncodedDataset encoded = DatasetEncoder.encode(change.dataset(), dataset.encoding(form.seedValue()));
            form.setDataShape(encoded.outputCount(), encoded.x().length - encoded.testCount());
            dataset.showNotes(encoded.notes());
        } catch (DatasetException e) {
            dataset.showProblem(e.getMessage());
        }
        changed.run();
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

    /** The experiment as the page stands, valid or not, for saving. */
    public Experiment current() {
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

    /** Shows an experiment (an opened file): its data and its settings. */
    public void open(Experiment e) {
        show(e, "Opened an experiment file: its data and settings are shown."
                + (e.network().weights() != null ? " Its pinned initial weights are not used here: the page draws"
                + " them from the seed (the command line uses them)." : ""));
    }

    /** Shows an experiment's data and settings (an opened file, an earlier run), with a note on where they are from. */
    public void show(Experiment e, String note) {
        opening.run();
        form.setValue(Hyperparameters.of(e.network(), e.training()));
        dataset.open(e.dataset(), e.preparation().scaling(), e.preparation().testShare());
        suggestPace(DefaultPace.forIterations(e.training().iterations()));
        settingsNote.setText(note);
    }

    /**
     * The experiment to train, if every setting is valid and the data fits them; else marks the fields and says
     * what is wrong to {@code problem}.
     */
    public Optional<PreparedExperiment> prepare(Consumer<String> problem) {
        Hyperparameters settings = form.validatedValue().orElse(null);
        if (settings == null) {
            problem.accept("Some settings need fixing first: see the marked fields.");
            return Optional.empty();
        }
        try {
            EncodingOptions encoding = dataset.encoding(settings.getSeed());
            return Optional.of(PreparedExperiment.of(new Experiment(dataset.dataset(), settings.network(),
                    settings.training(), new Preparation(encoding.scaling(), encoding.testShare()))));
        } catch (ExperimentException | DatasetException e) {
            problem.accept(e.getMessage());
            return Optional.empty();
        }
    }

    /** The seed as typed, or 0 while the field is empty or invalid. */
    public long seed() {
        return form.seedValue();
    }

    /** Calls {@code listener} after a setting of the network or its training changes (data changes call {@code changed}). */
    public Registration addSettingsChangeListener(Runnable listener) {
        return form.addChangeListener(listener);
    }

    /**
     * While a run goes on, the data and settings are read-only (the run trains what was shown at its start), but for
     * the learning rate and L2, which it takes from its next iteration on.
     */
    public void setRunning(boolean running) {
        form.setRunning(running);
        dataset.setRunning(running);
    }

    /** Told of the learning rate and L2 the user sets while a run goes on. */
    public Registration addRatesListener(BiConsumer<Double, Double> listener) {
        return form.addRatesListener(listener);
    }

    /** Told of the iterations as the form shows them. */
    public Registration addIterationsListener(IntConsumer listener) {
        return form.addIterationsListener(listener);
    }

    /** The iterations as the form shows them (the seed's 1,500 while the field is blank). */
    public int iterations() {
        return form.currentValue().getIterations();
    }

    /** The rates the run trains with now: a recorded change reached. */
    public void showRates(double learningRate, double l2) {
        form.showRates(learningRate, l2);
    }

    /**
     * A run is over (or left for a new one): the form shows the rates it started with and its rate changes, which a
     * new run replays and a saved file keeps.
     */
    public void runEnded(PreparedExperiment run, List<RateChange> rateChanges) {
        form.showRates(run.config().learningRate(), run.config().l2());
        form.setRateChanges(rateChanges);
    }

    /** The pace this experiment is best watched at (iterations a second), as last suggested by its data. */
    public double suggestedPace() {
        return suggestedPace;
    }

    /** Told of the pace each new preset, loaded data or opened file suggests. */
    public Registration addPaceListener(DoubleConsumer listener) {
        paceListeners.add(listener);
        return () -> paceListeners.remove(listener);
    }

    private void suggestPace(double pace) {
        suggestedPace = pace;
        paceListeners.forEach(l -> l.accept(pace));
    }

}
