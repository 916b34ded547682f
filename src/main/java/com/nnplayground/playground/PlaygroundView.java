package com.nnplayground.playground;

import com.nnplayground.base.ui.SkipLink;
import com.nnplayground.chart.ChartPoint;
import com.nnplayground.chart.LossChart;
import com.nnplayground.chart.LossChartPanel;
import com.nnplayground.compare.RunRecord;
import com.nnplayground.compare.ui.RunHistoryPanel;
import com.nnplayground.dataset.DatasetException;
import com.nnplayground.diagnosis.ui.DiagnosisPanel;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.ui.ExperimentEditor;
import com.nnplayground.link.ui.PageMemory;
import com.nnplayground.maths.ui.EquationsPanel;
import com.nnplayground.pictures.ui.Pictures;
import com.nnplayground.replay.ui.Scrubber;
import com.nnplayground.results.ui.PredictionsPanel;
import com.nnplayground.training.PlaygroundLimits;
import com.nnplayground.training.ProgressBatch;
import com.nnplayground.training.RunStart;
import com.nnplayground.training.TrainingJob;
import com.nnplayground.training.TrainingOutcome;
import com.nnplayground.training.TrainingRejectedException;
import com.nnplayground.training.TrainingService;
import com.nnplayground.training.ui.RunListener;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The playground: the run's controls and its pictures (the network drawing, the data with the network's output, the
 * loss chart) in front, the experiment (data, settings, save and open) in a side panel, the predictions and the maths
 * below. It opens on the seed article's experiment. A browser (all its tabs) trains one run at a time; leaving the
 * page cancels its run. The panels that follow a run are {@link #followers}: a new one is added there and to the
 * layout.
 */
@Route("")
@PageTitle("NN Playground")
@StyleSheet("context://styles/playground.css")
public class PlaygroundView extends Div {
    private static final Logger log = LoggerFactory.getLogger(PlaygroundView.class);

    final RunControls controls = new RunControls(new Actions());
    final LossChartPanel chartPanel = new LossChartPanel();
    final LossChart chart = chartPanel.getChart();
    final PredictionsPanel predictions = new PredictionsPanel();
    final DiagnosisPanel diagnoses = new DiagnosisPanel();
    final EquationsPanel equations = new EquationsPanel();
    final Pictures pictures = new Pictures(this::experimentShown);
    /** The network drawing, about square. */
    final Div diagramArea = PlaygroundLayout.pictureArea("diagram-area", pictures.diagram());
    /** The data and the network's output over it, about square. */
    final Div mapArea = PlaygroundLayout.pictureArea("map-area", pictures.outputMap());
    /** Drives the views of the network (the pictures, the maths): live, or at the iteration chosen. */
    final Scrubber scrubber = new Scrubber(chart);
    final RunHistoryPanel runHistory = new RunHistoryPanel(chart, this::restore);
    /** Everything on the page that follows a run, told in this order (the scrubber tells the pictures and the maths). */
    private final List<RunListener> followers = new ArrayList<>(List.of(controls, chartPanel, diagnoses, predictions,
            scrubber, runHistory));
    final ExperimentEditor editor;
    /** The page's state in the browser tab (the address and session storage): a reload or a link loses nothing. */
    final PageMemory memory;
    final PlaygroundLayout layout;

    private final TrainingService service;
    private final ConnectionWatcher connections;
    /** The run the page shows, or null; reports of any other (one left for a new run) are not shown. */
    private PageRun run;

    public PlaygroundView(TrainingService service, PlaygroundLimits limits, ConnectionWatcher connections) {
        this.service = service;
        this.connections = connections;
        this.editor = new ExperimentEditor(limits, this::leaveRun, this::clearResults, this::outOfDate);
        this.memory = new PageMemory(this, editor, chart, this::reshow);
        followers.add(memory);
        editor.addSettingsChangeListener(pictures::refresh);
        equations.addRowListener(pictures::setRow);
        pictures.outputMap().getMap().addRowChosenListener(equations::chooseRow);
        chart.setId("loss-chart");
        editor.addPaceListener(controls.speed::setIterationsPerSecond);
        editor.addIterationsListener(controls.speed::setIterations);
        editor.addRatesListener((learningRate, l2) -> {
            if (run != null) {
                run.job().changeRates(learningRate, l2);
            }
        });
        controls.speed.setIterationsPerSecond(editor.suggestedPace());
        controls.speed.setIterations(editor.iterations());
        controls.speed.addSpeedListener(pace -> {
            if (run != null) {
                run.job().setPace(pace);
            }
        });
        controls.setSeed(editor.seed());
        scrubber.addView(pictures, (prepared, network, what) -> pictures.show(network, what));
        scrubber.addView(equations, (prepared, network, what) -> equations.show(prepared, network));
        addDetachListener(e -> cancelRun());
        layout = new PlaygroundLayout(this, editor, controls, diagramArea, mapArea, chartPanel, scrubber, diagnoses,
                runHistory, predictions, equations);
        addComponentAsFirst(new SkipLink("train", "Skip to Train"));
    }

    /** A run kept in the browser tab, shown again after a reload as if it had just ended. */
    private void reshow(PreparedExperiment prepared, TrainingOutcome outcome, List<ChartPoint> points) {
        clearResults();
        followers.forEach(f -> f.started(prepared));
        chart.append(points);
        followers.forEach(f -> f.finished(prepared, outcome));
    }

    private void outOfDate() {
        predictions.markOutOfDate();
        controls.say("");
    }

    private final class Actions implements RunControls.Actions {
        @Override
        public void train() {
            if (controls.phase() != RunPhase.RUNNING) {
                start(Double.isInfinite(pace()) ? RunStart.atFullSpeed() : RunStart.paced(pace()));
            }
        }

        @Override
        public void pauseOrContinue() {
            if (run == null) {
                return;
            }
            if (controls.phase() == RunPhase.RUNNING) {
                run.job().pause();
                controls.paused();
            } else if (controls.phase() == RunPhase.PAUSED) {
                run.job().resume();
                controls.show(RunPhase.RUNNING);
                controls.say("Training…");
            }
        }

        @Override
        public void step(int iterations) {
            if (run != null && controls.phase() == RunPhase.PAUSED) {
                run.job().step(iterations);
            } else if (controls.phase() != RunPhase.RUNNING) {
                start(RunStart.stepping(pace(), iterations));
            }
        }

        @Override
        public void stop() {
            if (run != null) {
                run.job().cancel();
                controls.say("Stopping…");
            }
        }

        @Override
        public void reset() {
            leaveRun();
            clearResults();
            controls.say("Reset: the next run starts again from the weights drawn with seed " + editor.seed() + ".");
        }
    }

    /** The experiment as the editor shows it; the pictures draw it before Train. */
    private Experiment experimentShown() {
        return editor.current();
    }

    private double pace() {
        return controls.speed.iterationsPerSecond();
    }

    /**
     * A new run from the initial weights; a run still paused is left (stopped, its reports no longer shown). Whatever
     * goes wrong on the way (a limit, the memory budget, the heap itself running out) leaves the page as before Train,
     * with a message: never locked in "running" with nothing running.
     */
    private void start(RunStart how) {
        // First, so that the form shows what a new run starts from: the left run's first rates and its rate changes
        leaveRun();
        PageRun next = null;
        try {
            PreparedExperiment prepared = editor.prepare(controls::say).orElse(null);
            if (prepared == null) {
                return;
            }
            clearResults();
            UI ui = UI.getCurrent();
            PageRun starting = new PageRun(prepared);
            next = starting;
            editor.setRunning(true);
            controls.setSeed(editor.seed());
            controls.show(how.paused() ? RunPhase.PAUSED : RunPhase.RUNNING);
            starting.started(service.start(prepared, new PageObserver(ui, batch -> progress(starting, batch),
                    outcome -> finished(starting, outcome), starting::cancel), ui.getSession(), how));
            run = starting;
            connections.watch(ui, starting.job());
            scrubber.follow(prepared, starting.job().snapshots());
            followers.forEach(f -> f.started(prepared));
        } catch (TrainingRejectedException e) {
            notStarted(next, e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            log.error("Train failed before the run could start", e);
            notStarted(next, e instanceof OutOfMemoryError
                    ? "The server ran out of memory starting this run. Nothing on the page was lost: try again in a"
                    + " minute, or use fewer rows or neurons."
                    : "This run could not start on the server (" + e.getClass().getSimpleName() + "). Nothing on the"
                    + " page was lost: try again, or change the settings.");
        }
    }

    /** Back to before Train, saying why: a run the service took already is stopped, and its reports are not shown. */
    private void notStarted(PageRun next, String message) {
        if (next != null) {
            next.cancel();
        }
        run = null;
        editor.setRunning(false);
        controls.show(RunPhase.IDLE);
        controls.say(message);
    }

    private void progress(PageRun of, ProgressBatch batch) {
        if (of != run) {
            return;
        }
        followers.forEach(f -> f.progress(batch));
        of.ratesNow(batch).ifPresent(rates -> editor.showRates(rates[0], rates[1]));
    }

    private void finished(PageRun of, TrainingOutcome outcome) {
        if (of != run) {
            return;
        }
        run = null;
        editor.setRunning(false);
        editor.runEnded(of.prepared(), of.job().rateChanges());
        followers.forEach(f -> f.finished(of.prepared(), outcome));
    }

    /** Stops the page's run without showing how it ended: Reset, a new run, an opened file. */
    private void leaveRun() {
        PageRun left = run;
        if (left != null) {
            run = null;
            left.cancel();
            editor.setRunning(false);
            editor.runEnded(left.prepared(), left.job().rateChanges());
            controls.show(RunPhase.IDLE);
        }
    }

    /** An earlier run's settings back in the form, to train again or change. */
    private void restore(RunRecord record) {
        if (run != null) {
            return;
        }
        String note = "Run " + record.number() + "'s data and settings are back in the form: press Train to run it"
                + " again.";
        try {
            editor.show(record.experiment(), note);
        } catch (DatasetException e) {
            controls.say(e.getMessage());
            return;
        }
        controls.say(note);
    }

    private void cancelRun() {
        if (run != null) {
            run.cancel();
        }
    }

    private void clearResults() {
        followers.forEach(RunListener::cleared);
        if (controls.phase() == RunPhase.FINISHED) {
            controls.show(RunPhase.IDLE);
        }
    }
}
