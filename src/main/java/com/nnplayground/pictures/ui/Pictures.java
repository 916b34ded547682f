package com.nnplayground.pictures.ui;

import com.nnplayground.dataset.DatasetEncoder;
import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.EncodingOptions;
import com.nnplayground.engine.Network;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.ExperimentException;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.pictures.Descriptions;
import com.nnplayground.pictures.InputPlane;
import com.nnplayground.pictures.PictureFrame;
import com.nnplayground.pictures.PictureScene;
import com.nnplayground.pictures.WeightScale;
import com.nnplayground.training.ProgressBatch;
import com.nnplayground.training.TrainingOutcome;
import com.nnplayground.training.ui.RunListener;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Feeds the two pictures: before Train, the page's experiment (its data, and its starting network when the settings
 * are valid); during a run, each progress batch's weights (at most one picture update per batch, computed here on
 * the page's delivery of the batch, never in the training loop); at the end, the final network. The pictures of a
 * run stay until the results are cleared.
 *
 * <p>The page places {@link #diagram()} and {@link #outputMap()}, adds this to the panels that follow a run, calls
 * {@link #refresh()} when the experiment on the page changes, and {@link #setRow(int)} when the chosen row does.
 */
public class Pictures implements RunListener {
    static final String TOO_LARGE = "More than %,d weights: the drawing and the map show the start and the end of"
            + " a run, not each update.";

    static final String UNMAPPED = "More than %,d weights: the network's output over the plane is not drawn.";
    /** Above this, a network is drawn only once Train prepares it (the page's limits then hold). */
    static final long MAX_PREVIEW_WEIGHTS = 1_000_000;

    final NetworkDiagram diagram = new NetworkDiagram();
    final OutputMapPanel outputMap = new OutputMapPanel(this::axesChosen);

    private final Supplier<Experiment> page;
    private Experiment previewed;
    private boolean following;
    private boolean refreshPending;
    private PictureScene scene;
    private Network network;
    private int[] axes;
    private int row;
    private double weightScale;

    /** {@code page}: the experiment as the page shows it now, drawn before Train. */
    public Pictures(Supplier<Experiment> page) {
        this.page = page;
        refresh();
    }

    public NetworkDiagram diagram() {
        return diagram;
    }

    /** The output map with its controls (the map itself is {@code outputMap().getMap()}, id {@code output-map}). */
    public OutputMapPanel outputMap() {
        return outputMap;
    }

    /**
     * The page's data or settings changed: unless a run's pictures are shown, draw the experiment as it stands, once
     * before the page's next response (a preset changes a dozen settings at once; the pictures are drawn once).
     */
    public void refresh() {
        if (refreshPending) {
            return;
        }
        refreshPending = true;
        diagram.getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(ui, context -> {
            refreshPending = false;
            if (!following) {
                preview(page.get());
            }
        }));
    }

    /** Shows the activations of this data row (0-based) in the drawing and marks it on the map. */
    public void setRow(int row) {
        this.row = Math.max(0, row);
        showRow();
    }

    @Override
    public void cleared() {
        following = false;
        previewed = null;
        refresh();
    }

    @Override
    public void started(PreparedExperiment experiment) {
        following = true;
        show(experiment.data(), experiment.experiment().dataset().target(), experiment.start(), null);
        draw(String.format("Iteration 0 of %,d: the starting weights", experiment.config().iterations()));
    }

    @Override
    public void progress(ProgressBatch batch) {
        if (!following || network == null) {
            return;
        }
        if (batch.snapshot() == null) {
            diagram.setNote(String.format(TOO_LARGE, ProgressBatch.MAX_SNAPSHOT_WEIGHTS));
            return;
        }
        network = batch.snapshot();
        draw(String.format("Iteration %,d of %,d", batch.iterationsDone(), batch.totalIterations()));
    }

    @Override
    public void finished(PreparedExperiment experiment, TrainingOutcome outcome) {
        if (following && scene != null && outcome.network() != null) {
            network = outcome.network();
            draw(String.format("After %,d iterations (%s)", outcome.iterationsDone(),
                    outcome.end().name().toLowerCase().replace('_', ' ')));
        }
    }

    /**
     * Shows a network of the run being followed as it was at another iteration (the replay slider), with this
     * caption; the run's next progress shows the run again only when it is followed live (the slider decides).
     */
    public void show(Network at, String status) {
        if (!following || scene == null || at == null) {
            return;
        }
        network = at;
        draw(status);
    }

    private void preview(Experiment experiment) {
        if (experiment == null || sameDrawing(experiment, previewed)) {
            return;
        }
        previewed = experiment;
        String target = experiment.dataset().target();
        EncodedDataset data;
        try {
            data = DatasetEncoder.encode(experiment.dataset(), new EncodingOptions(experiment.preparation().scaling(),
                    experiment.preparation().testShare(), experiment.network().seed()));
        } catch (IllegalArgumentException noData) {
            show(null, null, null, "No data to draw: " + noData.getMessage());
            return;
        }
        if (weightCount(data, experiment.network().hidden()) > MAX_PREVIEW_WEIGHTS) {
            show(data, target, null, "This network is drawn when Train is pressed.");
            return;
        }
        try {
            PreparedExperiment prepared = PreparedExperiment.of(experiment);
            show(prepared.data(), target, prepared.start(), null);
            draw("Before training: the starting weights");
        } catch (ExperimentException notTrainable) {
            show(data, target, null, "The network is drawn here once its settings can train: "
                    + notTrainable.getMessage());
        }
    }

    /**
     * The weights a network of these hidden sizes would have on this data; the settings of a half-typed form are
     * not checked yet, so a preview looks before it allocates.
     */
    static long weightCount(EncodedDataset data, List<Integer> hidden) {
        long weights = 0;
        long fanIn = data.inputCount();
        for (Integer size : hidden) {
            long fanOut = size == null ? 0 : Math.max(0, size);
            weights += fanIn * fanOut;
            fanIn = fanOut;
        }
        return weights + fanIn * data.outputCount();
    }

    /** The pictures depend on the data, its preparation and the network's settings, not on how it trains. */
    private static boolean sameDrawing(Experiment a, Experiment b) {
        return b != null && a.dataset().equals(b.dataset()) && a.preparation().equals(b.preparation())
                && a.network().equals(b.network());
    }

    /** A new scene when the data or the network's shape changed; the chosen axes stay while the inputs do. */
    private void show(EncodedDataset data, String target, Network start, String emptyText) {
        network = start;
        weightScale = 0;
        diagram.setNote("");
        if (data == null) {
            scene = null;
            diagram.showScene(null, emptyText);
            outputMap.map.showScene(null, emptyText);
            outputMap.showAxes(null, false);
            return;
        }
        InputPlane plane = plane(data);
        PictureScene next = start == null ? PictureScene.of(data, target, plane)
                : PictureScene.of(data, target, plane, start.architecture());
        scene = next;
        diagram.showScene(next.layout() == null ? null : next, emptyText == null ? "" : emptyText);
        outputMap.map.showScene(next, "");
        outputMap.map.setDescription(Descriptions.outputMap(next, null));
        outputMap.showAxes(plane, data.testCount() > 0);
        showRow();
    }

    private InputPlane plane(EncodedDataset data) {
        if (axes != null && data.inputCount() > 2 && axes[0] < data.inputCount() && axes[1] < data.inputCount()
                && scene != null && Objects.equals(scene.plane().features(), InputPlane.of(data).features())) {
            return InputPlane.of(data, axes[0], axes[1]);
        }
        axes = null;
        return InputPlane.of(data);
    }

    private void axesChosen(int x, int y) {
        if (scene == null) {
            return;
        }
        axes = new int[] {x, y};
        Network current = network;
        double scale = weightScale;
        String status = outputMap.map.getElement().getProperty("status", "");
        show(scene.data(), scene.target(), current, null);
        weightScale = scale;
        if (current != null) {
            draw(status);
        }
    }

    /** Computes and sends one update of both pictures for the current network. */
    private void draw(String status) {
        PictureFrame frame = PictureFrame.of(scene, network);
        weightScale = WeightScale.next(weightScale, frame.maxAbsWeight());
        diagram.showFrame(frame, weightScale, Descriptions.diagram(scene, weightScale));
        if (frame.output() != null) {
            outputMap.map.showOutput(frame.output(), status);
        } else {
            outputMap.map.setStatus(String.format(UNMAPPED, PictureScene.MAX_MAPPED_WEIGHTS));
        }
        outputMap.map.setDescription(Descriptions.outputMap(scene, frame.output()));
        showRow();
    }

    private void showRow() {
        if (scene == null) {
            return;
        }
        int r = Math.min(row, scene.data().x().length - 1);
        outputMap.map.setRow(r);
        double[] input = scene.data().x()[r];
        if (network != null && scene.layout() != null) {
            diagram.showRow(PictureFrame.activations(scene, network, input), "row " + (r + 1),
                    scene.plane().position(input));
        } else {
            diagram.showRow(null, "", null);
        }
    }
}
