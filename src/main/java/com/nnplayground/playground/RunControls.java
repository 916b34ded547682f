package com.nnplayground.playground;

import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.training.ProgressBatch;
import com.nnplayground.training.TrainingOutcome;
import com.nnplayground.training.ui.RunListener;
import com.nnplayground.training.ui.TrainingProgress;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The bar above the pictures: Train, Pause (Continue while paused), Step and Step 10, Stop and Reset, the speed,
 * where the run stands, and one line of status (what the run is doing, how it ended, or why it did not start). What
 * each button does depends on the {@link RunPhase}; the page moves the phase.
 */
public class RunControls extends Composite<VerticalLayout> implements RunListener {
    /** What the buttons do; the page does it. */
    interface Actions {
        void train();

        /** Pause while running, Continue while paused. */
        void pauseOrContinue();

        void step(int iterations);

        void stop();

        void reset();
    }

    static final int TEN = 10;

    final Button train = new Button("Train");
    final Button pause = new Button("Pause");
    final Button step = new Button("Step");
    final Button stepTen = new Button("Step " + TEN);
    final Button stop = new Button("Stop");
    final Button reset = new Button("Reset");
    final SpeedControl speed = new SpeedControl();
    final TrainingProgress progress = new TrainingProgress();
    final Div note = new Div();
    final Div status = new Div();

    private RunPhase phase = RunPhase.IDLE;
    private int iterationsDone;
    private int totalIterations;
    private long seed;

    RunControls(Actions actions) {
        train.setId("train");
        pause.setId("pause");
        step.setId("step");
        stepTen.setId("step-ten");
        stop.setId("stop");
        reset.setId("reset");
        note.setId("train-note");
        status.setId("training-status");
        status.getElement().setAttribute("role", "status");
        train.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        pause.addThemeVariants(ButtonVariant.LUMO_LARGE);
        step.addThemeVariants(ButtonVariant.LUMO_LARGE);
        stepTen.addThemeVariants(ButtonVariant.LUMO_LARGE);
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_LARGE);
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_LARGE);
        train.setTooltipText("Train the whole run, from the initial weights");
        step.setTooltipText("Train one iteration, then pause");
        stepTen.setTooltipText("Train " + TEN + " iterations, then pause");
        stop.setTooltipText("End the run here and show its predictions");
        reset.setTooltipText("Clear the results; the next run starts from the initial weights");
        train.addClickListener(e -> actions.train());
        pause.addClickListener(e -> actions.pauseOrContinue());
        step.addClickListener(e -> actions.step(1));
        stepTen.addClickListener(e -> actions.step(TEN));
        stop.addClickListener(e -> actions.stop());
        reset.addClickListener(e -> actions.reset());
        for (Div line : new Div[] {note, status}) {
            line.getStyle().set("font-size", "var(--lumo-font-size-s)");
        }
        note.getStyle().set("color", "var(--lumo-secondary-text-color)");
        FlexLayout buttons = new FlexLayout(train, pause, step, stepTen, stop, reset, speed);
        buttons.addClassName("run-buttons");
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.setAlignItems(FlexComponent.Alignment.CENTER);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.add(buttons, progress, note, status);
        show(RunPhase.IDLE);
    }

    /** Says what the page has to say about the run: "Stopping…", a setting to fix, a refusal. */
    void say(String text) {
        status.setText(text);
    }

    RunPhase phase() {
        return phase;
    }

    /** The seed of the initial weights, which a new run starts from. */
    void setSeed(long seed) {
        this.seed = seed;
        show(phase);
    }

    /** Sets what each button does now. */
    void show(RunPhase next) {
        phase = next;
        boolean running = next == RunPhase.RUNNING;
        boolean paused = next == RunPhase.PAUSED;
        boolean started = running || paused || next == RunPhase.FINISHED;
        train.setEnabled(!running);
        train.setText(paused || next == RunPhase.FINISHED ? "Train again" : "Train");
        pause.setEnabled(running || paused);
        pause.setText(paused ? "Continue" : "Pause");
        pause.setTooltipText(paused ? String.format("Go on from iteration %,d", iterationsDone)
                : "Stop training for now; Continue goes on from the same iteration");
        step.setEnabled(!running);
        stepTen.setEnabled(!running);
        stop.setEnabled(running || paused);
        String fresh = "Train" + (started ? " again" : "") + " starts from the initial weights of seed " + seed + ".";
        note.setText(switch (next) {
            case IDLE -> fresh + " Step trains one iteration at a time.";
            case RUNNING -> "Pause keeps everything; Continue goes on from the same iteration.";
            case PAUSED -> "Continue goes on from there, Step trains one more. " + fresh;
            case FINISHED -> fresh;
        });
    }

    /** Paused: where the run stands as last reported (a run at full speed reports once more where it stopped). */
    void paused() {
        show(RunPhase.PAUSED);
        progress.paused(iterationsDone, totalIterations);
        say(String.format("Paused at iteration %,d of %,d.", iterationsDone, totalIterations));
    }

    @Override
    public void cleared() {
        iterationsDone = 0;
        progress.cleared();
        say("");
    }

    @Override
    public void started(PreparedExperiment experiment) {
        totalIterations = experiment.config().iterations();
        say(phase == RunPhase.PAUSED ? "Stepping…" : "Training…");
    }

    @Override
    public void progress(ProgressBatch batch) {
        iterationsDone = batch.iterationsDone();
        totalIterations = batch.totalIterations();
        progress.progress(batch);
        if (phase == RunPhase.PAUSED) {
            paused();
        }
    }

    @Override
    public void finished(PreparedExperiment experiment, TrainingOutcome outcome) {
        progress.finished(experiment, outcome);
        iterationsDone = outcome.iterationsDone();
        show(RunPhase.FINISHED);
        say(outcome.message());
    }
}
