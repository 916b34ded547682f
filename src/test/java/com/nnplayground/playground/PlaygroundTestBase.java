package com.nnplayground.playground;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.nnplayground.maths.TexLine;
import com.nnplayground.maths.ui.EquationsPanel;
import com.nnplayground.maths.ui.MathsView;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Network;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.experiment.ui.HiddenLayersField;
import com.nnplayground.results.PredictionRow;
import com.nnplayground.training.PlaygroundLimits;
import com.nnplayground.training.TrainingMetrics;
import com.nnplayground.training.TrainingService;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.nnplayground.numbers.ui.NumberInput;
import java.lang.reflect.Method;
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

    /**
     * Sets a field's value as a user does (a value change from the client). Karibu's _setValue reaches into a Flow
     * internal that Vaadin 25 no longer has, so this calls AbstractField's own setModelValue(value, fromClient).
     */
    static <V> void setAsUser(AbstractField<?, V> field, V value) {
        assertThat(field.isEnabled() && !field.isReadOnly()).as("a user can change the field").isTrue();
        try {
            Method set = AbstractField.class.getDeclaredMethod("setModelValue", Object.class, boolean.class);
            set.setAccessible(true);
            set.invoke(field, value, true);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** Presses Train at full speed (the default paces make a run last seconds, for a class to watch). */
    void train() {
        view.controls.speed.setIterationsPerSecond(Double.POSITIVE_INFINITY);
        _click(view.controls.train);
    }

    void trainAndWait() {
        train();
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

    NumberInput learningRate() {
        return byId(NumberInput.class, "learning-rate");
    }

    NumberInput iterations() {
        return byId(NumberInput.class, "iterations");
    }

    NumberInput seed() {
        return byId(NumberInput.class, "random-seed");
    }

    NumberInput numberField(String id) {
        return byId(NumberInput.class, id);
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

    MathsView equations() {
        return byId(MathsView.class, "equations");
    }

    /** The maths a panel of its own shows for the page's experiment with these weights, at its first stage and row. */
    List<TexLine> mathsOf(Network network) {
        EquationsPanel panel = new EquationsPanel();
        panel.show(PreparedExperiment.of(view.editor.current()), network);
        return LocatorJ._get(panel, MathsView.class, spec -> spec.withId("equations")).lines();
    }
}
