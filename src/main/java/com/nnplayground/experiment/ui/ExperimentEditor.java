package com.nnplayground.experiment.ui;

import com.nnplayground.dataset.DatasetEncoder;
import com.nnplayground.dataset.DatasetException;
import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.EncodingOptions;
import com.nnplayground.dataset.Preset;
import com.nnplayground.dataset.PresetOptions;
import com.nnplayground.dataset.Scaling;
import com.nnplayground.dataset.TargetKind;
import com.nnplayground.dataset.ui.DatasetPanel;
import com.nnplayground.dataset.ui.DatasetPanel.ChangeKind;
import com.nnplayground.dataset.ui.DatasetPanel.DatasetChange;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.ExperimentException;
import com.nnplayground.experiment.NetworkSettings;
import com.nnplayground.experiment.Preparation;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.DefaultPace;
import com.nnplayground.experiment.Proposal;
import com.nnplayground.experiment.RateChange;
import com.nnplayground.experiment.Recommendation;
import com.nnplayground.experiment.SettingNames;
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
    private final Runnable edited;
    /** An opened file's initial weights, used until the network's shape changes or the user asks for new ones. */
    private PinnedWeights pinned;
    private int inputCount;
    private int outputCount;

    /**
     * {@code opening}: a file is about to replace the experiment (a run going on must stop); {@code changed}: the
     * experiment is no longer the one whose results are shown (new data, an opened file); {@code edited}: the table
     * shown was edited, so the results shown are out of date.
     */
    public ExperimentEditor(PlaygroundLimits limits, Runnable opening, Runnable changed, Runnable edited) {
        this.opening = opening;
        this.changed = changed;
        this.edited = edited;
        this.form = new HyperparameterForm(limits);
        this.dataset = new DatasetPanel(limits.importLimits());
        settingsNote.setId("settings-note");
        settingsNote.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        dataset.addDatasetChangeListener(this::datasetChanged);
        datasetChanged(new DatasetChange(dataset.dataset(), dataset.preset(), ChangeKind.PRESET, false));
        form.addSettingsChangeListener(fromUser -> checkWeights());
        form.addDrawWeightsListener(() -> {
            pinned = null;
            checkWeights();
        });
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.add(dataset, new H3("Network and training"), settingsNote, form, file);
    }

    private void datasetChanged(DatasetChange change) {
        if (change.kind() == ChangeKind.PRESET) {
            Recommendation r = Recommendation.forPreset(change.preset());
            form.setValue(Hyperparameters.of(r.network(), r.training()));
            dataset.setScaling(r.preparation().scaling());
            dataset.setTargetScaling(r.preparation().targetScaling());
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
            inputCount = encoded.inputCount();
            dataset.showTargetScaling(encoded.kind() == TargetKind.REGRESSION);
            outputCount = encoded.outputCount();
            dataset.showNotes(encoded.notes());
        } catch (DatasetException e) {
            dataset.showProblem(e.getMessage());
        }
        checkWeights();
        if (change.kind() == ChangeKind.EDIT) {
            edited.run();
        } else {
            changed.run();
        }
    }

    /**
     * Keeps an opened file's weights while they fit the network and its seed and initialisation are the file's;
     * says next to the seed which weights the next run starts from.
     */
    private void checkWeights() {
        Hyperparameters h = form.currentValue();
        String drawn = "Initial weights: drawn from seed " + h.getSeed() + " (" + SettingNames.of(h.getInit()) + ")";
        if (pinned == null) {
            form.showWeights(drawn + ".", false);
            return;
        }
        if (!pinned.fits(inputCount, h.getHidden(), outputCount, h.isBias())) {
            pinned = null;
            form.showWeights(drawn + "; the opened file's own no longer fit this network.", false);
        } else if (h.getSeed() != pinned.seed() || h.getInit() != pinned.init()) {
            pinned = null;
            form.showWeights(drawn + ", as asked: the opened file's own are no longer used.", false);
        } else {
            form.showWeights("Initial weights: the opened file's own (" + pinned.shape() + "), as the command line's"
                    + " train uses them.", true);
        }
    }

    /** Settings that suit newly loaded data, and what they change, said in words. */
    private void propose(DatasetChange change) {
        Hyperparameters current = form.currentValue();
        try {
            EncodedDataset raw = DatasetEncoder.encode(change.dataset());
            Proposal p = Proposal.forData(raw, current.network(), current.training(), dataset.scaling(),
                    dataset.targetScaling());
            form.setValue(Hyperparameters.of(p.network(), p.training()));
            dataset.setScaling(p.scaling());
            dataset.setTargetScaling(p.targetScaling());
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
        return new Experiment(dataset.dataset(), withPinned(h.network()), h.training(),
                new Preparation(encoding.scaling(), encoding.testShare(), encoding.targetScaling()));
    }

    private NetworkSettings withPinned(NetworkSettings n) {
        return pinned == null ? n : new NetworkSettings(n.hidden(), n.activation(), n.output(), n.bias(), n.init(),
                n.seed(), pinned.weights(), pinned.biases());
    }

    /** The opened file's weights while they are in use, else null. */
    public PinnedWeights pinnedWeights() {
        return pinned;
    }

    /**
     * Shows an experiment (an opened file): its data, its settings and its own initial weights if it pins them;
     * data the page may not hold leaves the page as it was.
     *
     * @throws DatasetException saying which limit and by how much
     */
    public void open(Experiment e) {
        show(e, "Opened from an experiment file.", "Opened an experiment file: its data and settings are shown"
                + (PinnedWeights.of(e.network()) != null ? ", and the next run starts from its own initial weights."
                : "."));
    }

    /**
     * Shows an earlier run's data and settings (its initial weights too, if they were an opened file's), with a note
     * on where they are from.
     *
     * @throws DatasetException when the page may no longer hold its data (the server filled up since)
     */
    public void show(Experiment e, String note) {
        show(e, note, note);
    }

    /** {@code source}: the line under the data on where it comes from; {@code note}: the line under the settings. */
    private void show(Experiment e, String source, String note) {
        dataset.admit(e.dataset());
        opening.run();
        pinned = null;
        form.setValue(Hyperparameters.of(e.network(), e.training()));
        dataset.open(e.dataset(), e.preparation().scaling(), e.preparation().testShare(),
                e.preparation().targetScaling(), source);
        pinned = PinnedWeights.of(e.network());
        checkWeights();
        suggestPace(DefaultPace.forIterations(e.training().iterations()));
        settingsNote.setText(note);
    }

    /**
     * Shows the experiment a link describes: a preset with its options (its rows are generated again; the
     * experiment's own rows are not used then) or the experiment's data, and its settings; data the page may not
     * hold leaves the page as it was.
     *
     * @throws DatasetException saying which limit and by how much
     */
    public void showLinked(Experiment e, Preset preset, PresetOptions options) {
        if (preset == null) {
            dataset.admit(e.dataset());
        }
        opening.run();
        pinned = null;
        if (preset != null) {
            dataset.showPreset(preset, options);
        } else {
            dataset.open(e.dataset(), e.preparation().scaling(), e.preparation().testShare(),
                    e.preparation().targetScaling(), "Opened from a link.");
        }
        form.setValue(Hyperparameters.of(e.network(), e.training()));
        dataset.setScaling(e.preparation().scaling());
        dataset.setTestShare(e.preparation().testShare());
        dataset.setTargetScaling(e.preparation().targetScaling());
        pinned = PinnedWeights.of(e.network());
        checkWeights();
        suggestPace(preset != null ? DefaultPace.forPreset(preset) : DefaultPace.forIterations(e.training().iterations()));
        settingsNote.setText("Opened from a link: its data and settings are shown.");
    }

    /** Says what the page's address holds (next to saving the file). */
    public void showLinkNote(String text) {
        file.showLinkNote(text);
    }

    /** Says where the data comes from when it is not what the page shows (a link's data that is not here). */
    public void showSettingsNote(String text) {
        settingsNote.setText(text);
    }

    public Preset preset() {
        return dataset.preset();
    }

    /** A generated preset's options as typed, or null. */
    public PresetOptions presetOptions() {
        return dataset.presetOptions();
    }

    /** Whether every setting as typed is valid (checked without marking anything). */
    public boolean settingsValid() {
        return form.isValid();
    }

    /**
     * Tells {@code listener} of every change of the experiment; {@code deliberate} for a new dataset the user chose
     * (a preset, an import, an opened file), as against typing and editing.
     */
    public void addChangeListener(Consumer<Boolean> listener) {
        form.addSettingsChangeListener(fromUser -> listener.accept(false));
        dataset.addDatasetChangeListener(change -> listener.accept(change.fromUser() && (change.kind() == ChangeKind.PRESET
                || change.kind() == ChangeKind.IMPORT || change.kind() == ChangeKind.OPENED)));
    }

    /**
     * The experiment to train, if every setting is valid and the data fits them; else marks the fields and says
     * what is wrong to {@code problem}.
     */
    public Optional<PreparedExperiment> prepare(Consumer<String> problem) {
        Hyperparameters settings = form.validatedValue().orElse(null);
        if (settings == null) {
            problem.accept("Some settings need fixing first (the marked fields): "
                    + form.focusFirstProblem().orElse("see the form."));
            return Optional.empty();
        }
        try {
            EncodingOptions encoding = dataset.encoding(settings.getSeed());
            return Optional.of(PreparedExperiment.of(new Experiment(dataset.dataset(), withPinned(settings.network()),
                    settings.training(), new Preparation(encoding.scaling(), encoding.testShare(),
                    encoding.targetScaling()))));
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
        return form.addSettingsChangeListener(fromUser -> listener.run());
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
