package com.nnplayground.playground;

import com.nnplayground.training.TrainingExecutorConfiguration;
import com.nnplayground.training.TrainingJob;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Tells each run whether its page is still there to see it. While a run goes on, its page is looked at every
 * {@value #LOOK_MILLIS} ms under its own lock, on a delivery thread (never a training thread, and no thread waits
 * for the lock: {@code ui.access} queues the look), and the run is told when the answer changes. A push connection
 * closed only for a moment (a blip, a long-polling connection between two polls) so costs its run a pause of at most
 * a quarter second.
 */
@Component
public class ConnectionWatcher {
    static final long LOOK_MILLIS = 250;

    private final Executor later;

    public ConnectionWatcher(@Qualifier(TrainingExecutorConfiguration.DELIVERY) Executor delivery) {
        this.later = CompletableFuture.delayedExecutor(LOOK_MILLIS, TimeUnit.MILLISECONDS, delivery);
    }

    /** Watches the page of {@code ui} for {@code job} until the job is over or the page is gone. */
    void watch(UI ui, TrainingJob job) {
        new Watch(ui, job).next();
    }

    private final class Watch {
        private final UI ui;
        private final TrainingJob job;
        /** What the job was last told; read and written under the UI's lock only. */
        private boolean watched = true;

        Watch(UI ui, TrainingJob job) {
            this.ui = ui;
            this.job = job;
        }

        void next() {
            if (job.running()) {
                later.execute(this::look);
            }
        }

        private void look() {
            try {
                ui.access(() -> {
                    boolean open = PageConnection.of(ui) == PageConnection.State.OPEN;
                    if (open != watched) {
                        watched = open;
                        job.setWatched(open);
                    }
                    next();
                });
            } catch (UIDetachedException e) {
                // The page is gone for good: its detach listener has cancelled the run
            }
        }
    }
}
