package com.nnplayground.playground;

import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.training.ProgressBatch;
import com.nnplayground.training.TrainingOutcome;
import com.nnplayground.training.ui.RunListener;
import com.nnplayground.training.ui.TrainingProgress;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The bar above the chart: Train, Stop and Reset, where the run stands, and one line of status (what the run is
 * doing, how it ended, or why it did not start).
 */
public class RunControls extends Composite<VerticalLayout> implements RunListener {
    final Button train = new Button("Train");
    final Button stop = new Button("Stop");
    final Button reset = new Button("Reset");
    final TrainingProgress progress = new TrainingProgress();
    final Div status = new Div();

    RunControls(Runnable onTrain, Runnable onStop, Runnable onReset) {
        train.setId("train");
        stop.setId("stop");
        reset.setId("reset");
        status.setId("training-status");
        train.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
        reset.addThemeVariants(ButtonVariant.LUMO_LARGE);
        train.addClickListener(e -> onTrain.run());
        stop.addClickListener(e -> onStop.run());
        reset.addClickListener(e -> onReset.run());
        stop.setEnabled(false);
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.add(new HorizontalLayout(train, stop, reset), progress, status);
    }

    /** Says what the page has to say about the run: "Stopping…", a setting to fix, a refusal. */
    void say(String text) {
        status.setText(text);
    }

    void setRunning(boolean running) {
        train.setEnabled(!running);
        stop.setEnabled(running);
    }

    @Override
    public void cleared() {
        progress.cleared();
    }

    @Override
    public void started(PreparedExperiment experiment) {
        say("Training…");
    }

    @Override
    public void progress(ProgressBatch batch) {
        progress.progress(batch);
    }

    @Override
    public void finished(PreparedExperiment experiment, TrainingOutcome outcome) {
        setRunning(false);
        say(outcome.message());
    }
}
