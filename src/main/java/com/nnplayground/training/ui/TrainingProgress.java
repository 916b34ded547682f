package com.nnplayground.training.ui;

import com.nnplayground.training.ProgressBatch;
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

    @Override
    public void progress(ProgressBatch batch) {
        bar.setValue((double) batch.iterationsDone() / batch.totalIterations());
        double left = batch.secondsLeft();
        boolean done = Double.isNaN(left) || batch.iterationsDone() == batch.totalIterations();
        text.setText(String.format("Iteration %,d of %,d · %,.0f iterations/s%s", batch.iterationsDone(),
                batch.totalIterations(), batch.iterationsPerSecond(), done ? "" : String.format(" · %.1f s left", left)));
    }
}
