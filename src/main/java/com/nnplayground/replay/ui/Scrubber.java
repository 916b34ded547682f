package com.nnplayground.replay.ui;

import com.nnplayground.chart.LossChart;
import com.nnplayground.engine.Network;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.replay.Replay;
import com.nnplayground.replay.Snapshots;
import com.nnplayground.training.ProgressBatch;
import com.nnplayground.training.TrainingOutcome;
import com.nnplayground.training.ui.RunListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.slider.IntegerSlider;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A slider over a run's iterations ({@code id="scrubber"}), during and after the run: the network views (the maths
 * panel, the pictures) and a marker on the loss chart show the network as it was at the iteration chosen. Iteration
 * {@code k} is the network that iteration starts from, whose loss the chart plots at {@code k}: iteration 1 shows the
 * starting weights; the last position, past the last iteration, the weights the run ended with (or has now).
 *
 * <p>At its last position the slider follows the run live and the views get the run's progress; moved back, it
 * holds them at the iteration chosen while the run goes on. The network views are added here ({@link #addView})
 * instead of to the page's followers, so that the scrubber decides what they show.
 */
public class Scrubber extends Composite<VerticalLayout> implements RunListener {
    /** Slider events while dragging: a few a second, each one replay. */
    static final int DRAG_EVENTS_MILLIS = 80;

    /** How a view shows the network at the iteration chosen; {@code what} says which, for a picture's caption. */
    @FunctionalInterface
    public interface Shows {
        void show(PreparedExperiment experiment, Network network, String what);
    }

    private record View(RunListener follower, Shows show) {
    }

    final IntegerSlider slider = new IntegerSlider(1, 2);
    final Span label = new Span();

    private final LossChart chart;
    private final List<View> views = new ArrayList<>();
    private PreparedExperiment experiment;
    private Replay replay;
    /** Iterations the run has reached. */
    private int done;
    private boolean over;
    private boolean live = true;
    private Network shown;

    public Scrubber(LossChart chart) {
        this.chart = chart;
        slider.setId("scrubber");
        slider.setAriaLabel("Replay: the iteration shown");
        slider.setWidthFull();
        slider.setValueChangeMode(ValueChangeMode.TIMEOUT);
        slider.setValueChangeTimeout(DRAG_EVENTS_MILLIS);
        slider.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                moved(e.getValue());
            }
        });
        label.setId("scrubber-label");
        label.addClassName("scrubber-label");
        VerticalLayout content = getContent();
        content.addClassName("scrubber");
        content.setPadding(false);
        content.setSpacing(false);
        content.add(label, slider);
        cleared();
    }

    /** A view of the network that the slider drives: told of the run as a follower, and shown any iteration. */
    public void addView(RunListener follower, Shows show) {
        views.add(new View(follower, show));
    }

    /** The run about to start keeps these snapshots: the slider replays its iterations from them. */
    public void follow(PreparedExperiment experiment, Snapshots snapshots) {
        this.experiment = experiment;
        this.replay = Replay.of(experiment, snapshots);
    }

    /** The network the views were last shown by the slider (null while they follow the run). */
    public Network shown() {
        return live ? null : shown;
    }

    /** Whether the slider is at its last position, following the run. */
    public boolean live() {
        return live;
    }

    @Override
    public void cleared() {
        views.forEach(v -> v.follower().cleared());
        replay = null;
        shown = null;
        done = 0;
        over = false;
        live = true;
        slider.setMax(2);
        slider.setValue(1);
        slider.setEnabled(false);
        chart.setMarker(0);
        label.setText("Replay: after Train, drag to see the network at any iteration again.");
    }

    @Override
    public void started(PreparedExperiment prepared) {
        views.forEach(v -> v.follower().started(prepared));
        experiment = prepared;
        reached(0);
    }

    @Override
    public void progress(ProgressBatch batch) {
        if (replay != null) {
            replay.followRates(batch.rateChanges());
        }
        reached(batch.iterationsDone());
        if (live) {
            views.forEach(v -> v.follower().progress(batch));
        }
    }

    @Override
    public void finished(PreparedExperiment prepared, TrainingOutcome outcome) {
        views.forEach(v -> v.follower().finished(prepared, outcome));
        over = true;
        reached(outcome.iterationsDone());
        if (!live) {
            moved(slider.getValue());
        }
    }

    /** The iteration shown: 1 to the run's last, or one past it for the weights it ended with. */
    int position() {
        return slider.getValue();
    }

    private void reached(int iterations) {
        done = iterations;
        slider.setEnabled(replay != null);
        slider.setMax(Math.max(2, done + 1));
        if (live) {
            slider.setValue(done + 1);
            chart.setMarker(0);
            label.setText(describe(done + 1, done));
        }
    }

    private void moved(int position) {
        if (replay == null || experiment == null) {
            return;
        }
        int at = Math.max(1, Math.min(position, done + 1));
        live = at == done + 1 && !over;
        Replay.Replayed replayed = replay.after(at - 1);
        shown = replayed.network();
        String what = at > done ? (over ? String.format("After %,d iterations", done) : String.format("Iteration %,d", done))
                : String.format("Replay: iteration %,d, the weights after %,d update%s", at, replayed.iterationsDone(),
                replayed.iterationsDone() == 1 ? "" : "s");
        views.forEach(v -> v.show().show(experiment, shown, what));
        chart.setMarker(live ? 0 : Math.min(at, Math.max(1, done)));
        String text = describe(at, done);
        label.setText(replayed.exact() ? text : text + String.format(" Shown: the snapshot after iteration %,d;"
                + " recomputing the %,d iterations from there takes too long for a network this size.",
                replayed.iterationsDone(), at - 1 - replayed.iterationsDone()));
    }

    private String describe(int position, int reached) {
        int total = experiment == null ? reached : experiment.config().iterations();
        if (position > reached) {
            if (reached == 0) {
                return String.format("Iteration 1 of %,d: the starting weights.", total);
            }
            return over ? String.format("End of the run: the weights after its last iteration, %,d.", reached)
                    : String.format("Now: the weights after iteration %,d of %,d. Drag back to see an earlier one.",
                    reached, total);
        }
        if (position == 1) {
            return String.format("Iteration 1 of %,d: the starting weights, whose loss the chart shows at 1.", total);
        }
        return String.format("Iteration %,d of %,d: the weights it starts from, after %,d update%s.", position, total,
                position - 1, position == 2 ? "" : "s");
    }
}
