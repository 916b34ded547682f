package com.nnplayground.playground;

import com.nnplayground.training.ProgressBatch;
import com.nnplayground.training.TrainingObserver;
import com.nnplayground.training.TrainingOutcome;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.function.Consumer;

/**
 * Brings a run's reports onto its page's UI thread ({@code ui.access}); a page that has gone no longer listens and
 * its run is cancelled.
 */
final class PageObserver implements TrainingObserver {
    private final UI ui;
    private final Consumer<ProgressBatch> progress;
    private final Consumer<TrainingOutcome> finished;
    private final Runnable gone;

    /** {@code progress} and {@code finished} run on the UI thread; {@code gone} when the UI is detached. */
    PageObserver(UI ui, Consumer<ProgressBatch> progress, Consumer<TrainingOutcome> finished, Runnable gone) {
        this.ui = ui;
        this.progress = progress;
        this.finished = finished;
        this.gone = gone;
    }

    @Override
    public void onProgress(ProgressBatch batch) {
        access(() -> progress.accept(batch));
    }

    @Override
    public void onFinished(TrainingOutcome outcome) {
        access(() -> finished.accept(outcome));
    }

    private void access(Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            gone.run();
        }
    }
}
