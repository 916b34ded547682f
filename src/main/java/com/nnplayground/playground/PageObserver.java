package com.nnplayground.playground;

import com.nnplayground.training.ProgressBatch;
import com.nnplayground.training.TrainingObserver;
import com.nnplayground.training.TrainingOutcome;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.Command;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Brings a run's reports onto its page's UI thread ({@code ui.access}), and tells the service whether the page is
 * still there to see them; a page that has gone no longer listens and its run is cancelled.
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

    /**
     * Looks at the page under its lock, waiting at most a few seconds. A push connection that is closed only for a
     * moment (a blip, a long-polling connection between two polls) costs its run a pause of a quarter second: the
     * service looks again that often and the run goes on.
     */
    @Override
    public boolean watched() {
        AtomicReference<PageConnection.State> state = new AtomicReference<>(PageConnection.State.OPEN);
        try {
            ui.access(() -> state.set(PageConnection.of(ui))).get(5, TimeUnit.SECONDS);
            return state.get() == PageConnection.State.OPEN;
        } catch (UIDetachedException e) {
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private void access(Command command) {
        try {
            ui.access(command);
        } catch (UIDetachedException e) {
            gone.run();
        }
    }
}
