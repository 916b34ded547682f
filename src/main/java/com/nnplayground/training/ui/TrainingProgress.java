package com.nnplayground.training.ui;

import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.training.ProgressBatch;
import com.nnplayground.training.TrainingOutcome;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** Where a run stands: a bar of iterations done, and "Iteration i of n · speed · time left". */
public class TrainingProgress extends Composite<VerticalLayout> implements RunListener {
    final ProgressBar bar = new ProgressBar();
    final Div text = new Div();

    public TrainingProgress() {
        bar.setId("training-progress");
        bar.getElement().setAttribute("aria-label", "Training progress");
        bar.setWidthFull();
        text.setId("progress-text");
        text.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.add(bar, text);
    }

    @Override
    public void cleared() {
        bar.setValue(0);
        text.setText("");
    }

    /** A paused run: where it stands, and no time left to count down. */
    public void paused(int iterationsDone, int totalIterations) {
        text.setText(String.format("Iteration %,d of %,d · paused", iterationsDone, totalIterations));
    }

    /** A run that is over has no time left: only where it got to stays. */
    @Override
    public void finished(PreparedExperiment experiment, TrainingOutcome outcome) {
        int total = experiment.config().iterations();
        bar.setValue(total == 0 ? 0 : (double) outcome.iterationsDone() / total);
        text.setText(String.format("Iteration %,d of %,d", outcome.iterationsDone(), total));
    }

    @Override
    public void progress(ProgressBatch batch) {
        bar.setValue((double) batch.iterationsDone() / batch.totalIterations());
        double left = batch.secondsLeft();
        boolean done = Double.isNaN(left) || batch.iterationsDone() == batch.totalIterations();
        text.setText(String.format("Iteration %,d of %,d · %,.0f iterations/s%s", batch.iterationsDone(),
                batch.totalIterations(), batch.iterationsPerSecond(), done ? "" : String.format(" · %.1f s left", left)));
    }
}
