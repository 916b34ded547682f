package com.nnplayground.playground;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.experiment.ui.HiddenLayersField;
import com.nnplayground.results.PredictionRow;
import com.nnplayground.training.PlaygroundLimits;
import com.nnplayground.training.TrainingMetrics;
import com.nnplayground.training.TrainingService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The playground page without a browser: a real training service on a real pool, the UI queue run by hand. The
 * panels live in their own packages, so a test finds their parts by element id, as a browser test would.
 */
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
        service = new TrainingService(executor, Runnable::run, PlaygroundLimits.defaults(), new TrainingMetrics());
        view = new PlaygroundView(service, PlaygroundLimits.defaults(), new ConnectionWatcher(Runnable::run));
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
        _click(view.controls.train);
        await(() -> view.controls.train.isEnabled());
    }

    <T extends Component> T byId(Class<T> type, String id) {
        return LocatorJ._get(view, type, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    Select<Activation> outputActivation() {
        return byId(Select.class, "output-activation");
    }

    @SuppressWarnings("unchecked")
    Select<Loss> loss() {
        return byId(Select.class, "loss");
    }

    @SuppressWarnings("unchecked")
    Select<OptimizerKind> optimizer() {
        return byId(Select.class, "optimizer");
    }

    NumberField learningRate() {
        return byId(NumberField.class, "learning-rate");
    }

    IntegerField iterations() {
        return byId(IntegerField.class, "iterations");
    }

    IntegerField seed() {
        return byId(IntegerField.class, "random-seed");
    }

    HiddenLayersField hiddenLayers() {
        return byId(HiddenLayersField.class, "hidden-layers");
    }

    Div combinationProblem() {
        return byId(Div.class, "combination-problem");
    }

    Div summary() {
        return byId(Div.class, "training-summary");
    }

    @SuppressWarnings("unchecked")
    Grid<PredictionRow> predictionsGrid() {
        return byId(Grid.class, "predictions");
    }

    List<PredictionRow> predictionRows() {
        return view.predictions.rows();
    }

    Button tryPredict() {
        return byId(Button.class, "try-predict");
    }

    /** The input fields of "try an input", in column order. */
    List<Component> tryInputs() {
        return byId(Component.class, "try-inputs").getChildren().filter(c -> !(c instanceof Button)).toList();
    }

    Div tryResult() {
        return byId(Div.class, "try-result");
    }

    Div equations() {
        return byId(Div.class, "equations");
    }
}
