package com.nnplayground.training.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.nnplayground.training.PlaygroundLimits;
import com.nnplayground.training.TrainingService;
import com.vaadin.flow.component.UI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The playground page without a browser: a real training service on a real pool, the UI queue run by hand. */
abstract class PlaygroundTestBase {
    ExecutorService executor;
    TrainingService service;
    PlaygroundView view;
    FakePush push;

    @BeforeEach
    void open() {
        MockVaadin.setup();
        push = FakePush.install();
        executor = Executors.newFixedThreadPool(2);
        service = new TrainingService(executor, Runnable::run, PlaygroundLimits.defaults());
        view = new PlaygroundView(service);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void close() {
        executor.shutdownNow();
        MockVaadin.tearDown();
    }

    /** Runs the UI queue (what the training thread sent with ui.access) until the condition holds. */
    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        MockVaadin.clientRoundtrip(false);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 30 s for the page to get there").isLessThan(deadline);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            MockVaadin.clientRoundtrip(false);
        }
    }

    void trainAndWait() {
        _click(view.train);
        await(() -> view.train.isEnabled());
    }
}
