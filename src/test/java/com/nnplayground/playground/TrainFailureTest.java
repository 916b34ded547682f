package com.nnplayground.playground;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.training.PlaygroundLimits;
import com.nnplayground.training.RunStart;
import com.nnplayground.training.TrainingJob;
import com.nnplayground.training.TrainingMetrics;
import com.nnplayground.training.TrainingObserver;
import com.nnplayground.training.TrainingService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Train when the server fails to start the run: the heap runs out while the run is built (as a target of 10,000
 * labels did), or something unforeseen breaks. The page goes back to where it was before Train, says so, and the
 * next Train trains.
 */
class TrainFailureTest extends PlaygroundTestBase {

    /** A service whose next start throws what {@code failure} gives, once. */
    private void failNextStart(Supplier<Throwable> failure) {
        TrainingService failing = new TrainingService(executor, Runnable::run, PlaygroundLimits.defaults(),
                new TrainingMetrics()) {
            private boolean failed;

            @Override
            public TrainingJob start(PreparedExperiment experiment, TrainingObserver observer, Object owner,
                                     RunStart how) {
                if (!failed) {
                    failed = true;
                    Throwable t = failure.get();
                    if (t instanceof Error e) {
                        throw e;
                    }
                    throw (RuntimeException) t;
                }
                return super.start(experiment, observer, owner, how);
            }
        };
        UI.getCurrent().removeAll();
        view = new PlaygroundView(failing, PlaygroundLimits.defaults(), new ConnectionWatcher(Runnable::run));
        UI.getCurrent().add(view);
    }

    private List<Boolean> trainPauseStepStopEnabled() {
        return List.of("train", "pause", "step", "stop").stream().map(id -> byId(Button.class, id).isEnabled()).toList();
    }

    private String status() {
        return byId(Div.class, "training-status").getText();
    }

    private void assertUsableAgainAfterTrain() {
        assertThat(trainPauseStepStopEnabled()).as("Train and Step enabled, Pause and Stop have nothing to act on")
                .containsExactly(true, false, true, false);
        assertThat(iterations().isEnabled()).as("the settings can be changed again").isTrue();
        assertThat(view.controls.phase()).isEqualTo(RunPhase.IDLE);

        trainAndWait();
        assertThat(status()).as("the next Train trains").isEqualTo("Trained for 1,500 iterations.");
    }

    @Test
    void the_heap_running_out_at_train_leaves_the_page_usable_with_a_message() {
        failNextStart(() -> new OutOfMemoryError("Java heap space"));
        train();
        assertThat(status()).isEqualTo("The server ran out of memory starting this run. Nothing on the page was"
                + " lost: try again in a minute, or use fewer rows or neurons.");
        assertUsableAgainAfterTrain();
    }

    @Test
    void an_unforeseen_error_at_train_leaves_the_page_usable_with_a_message() {
        failNextStart(() -> new IllegalStateException("broken"));
        train();
        assertThat(status()).isEqualTo("This run could not start on the server (IllegalStateException). Nothing on"
                + " the page was lost: try again, or change the settings.");
        assertUsableAgainAfterTrain();
    }
}
