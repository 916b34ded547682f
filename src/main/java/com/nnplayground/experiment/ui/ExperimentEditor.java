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
import com.nnplayground.experiment.Proposal;
import com.nnplayground.experiment.Recommendation;
import com.nnplayground.training.PlaygroundLimits;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Optional;
import java.util.function.Consumer;

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

    /**
     * Shows an experiment (an opened file): its data and its settings; data the page may not hold leaves the page
     * as it was.
     *
     * @throws DatasetException saying which limit and by how much
     */
    public void open(Experiment e) {
        dataset.admit(e.dataset());
        opening.run();
        form.setValue(Hyperparameters.of(e.network(), e.training()));
        dataset.open(e.dataset(), e.preparation().scaling(), e.preparation().testShare());
        settingsNote.setText("Opened an experiment file: its data and settings are shown."
                + (e.network().weights() != null ? " Its pinned initial weights are not used here: the page draws"
                + " them from the seed (the command line uses them)." : ""));
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

    /** While a run goes on, the data and settings are read-only: the run trains what was shown at its start. */
    public void setRunning(boolean running) {
        form.setRunning(running);
        dataset.setRunning(running);
    }
}
