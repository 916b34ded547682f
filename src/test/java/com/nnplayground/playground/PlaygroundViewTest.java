package com.nnplayground.playground;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.nnplayground.dataset.Preset;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.results.PredictionRow;
import com.nnplayground.training.PlaygroundLimits;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.nnplayground.numbers.Numbers;
import com.nnplayground.numbers.ui.NumberInput;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The playground page without a browser: a real training service on a real pool, the UI queue run by hand. */
class PlaygroundViewTest extends PlaygroundTestBase {

    @SuppressWarnings("unchecked")
    private Select<Preset> preset() {
        return LocatorJ._get(view, Select.class, spec -> spec.withId("dataset-preset"));
    }

    @SuppressWarnings("unchecked")
    private Grid<List<String>> dataGrid() {
        return LocatorJ._get(view, Grid.class, spec -> spec.withId("dataset-grid"));
    }

    private NumberInput rowsField() {
        return LocatorJ._get(view, NumberInput.class, spec -> spec.withId("dataset-size"));
    }

    @Test
    void the_page_opens_on_the_seed_experiment() {
        assertThat(preset().getValue()).isEqualTo(Preset.XOR_SEED);
        assertThat(_size(dataGrid())).isEqualTo(4);
        assertThat(hiddenLayers().getValue()).containsExactly(4);
        assertThat(byId(Select.class, "hidden-activation").getValue()).isEqualTo(Activation.SIGMOID);
        assertThat(outputActivation().getValue()).isEqualTo(Activation.SIGMOID);
        assertThat(loss().getValue()).isEqualTo(Loss.SSE);
        assertThat(byId(Checkbox.class, "bias").getValue()).isFalse();
        assertThat(byId(Select.class, "init").getValue()).isEqualTo(Init.UNIFORM);
        assertThat(optimizer().getValue()).isEqualTo(OptimizerKind.SGD);
        assertThat(learningRate().getValue()).isEqualTo("1");
        assertThat(iterations().getValue()).isEqualTo("1500");
        assertThat(numberField("batch-size").getValue()).isEqualTo("0");
        assertThat(view.controls.train.isEnabled()).isTrue();
        assertThat(view.controls.stop.isEnabled()).isFalse();
    }

    @Test
    void training_the_seed_draws_every_iteration_and_fills_the_predictions() {
        train();
        assertThat(view.controls.train.isEnabled()).as("Train is disabled while a run is going").isFalse();
        assertThat(view.controls.stop.isEnabled()).isTrue();
        await(() -> view.controls.train.isEnabled());

        assertThat(view.chart.points()).hasSize(1500);
        assertThat(view.chart.points().get(1499).iteration()).isEqualTo(1500);
        assertThat(_size(predictionsGrid())).isEqualTo(4);
        double[] targets = {0, 1, 1, 0};
        for (int r = 0; r < 4; r++) {
            PredictionRow row = _get(predictionsGrid(), r);
            assertThat(row.outputs()[0]).isCloseTo(targets[r], org.assertj.core.data.Offset.offset(0.1));
            assertThat(row.correct()).isTrue();
        }
        assertThat(summary().getText()).startsWith("Final loss ")
                .contains("sum of squared errors", "1,500 iterations", "accuracy 100.0 % (4 of 4)");
        assertThat(summary().getText())
                .contains(Numbers.format(view.chart.finalLoss().orElseThrow()));
        assertThat(view.controls.status.getText()).isEqualTo("Trained for 1,500 iterations.");
        assertThat(byId(ProgressBar.class, "training-progress").getValue()).isEqualTo(1.0);
    }

    @Test
    void the_same_seed_gives_the_same_run_twice() {
        trainAndWait();
        double first = view.chart.finalLoss().orElseThrow();
        trainAndWait();
        assertThat(view.chart.finalLoss().orElseThrow()).isEqualTo(first);
        seed().setValue("7");
        trainAndWait();
        assertThat(view.chart.finalLoss().orElseThrow()).isNotEqualTo(first);
    }

    @Test
    void a_nonsense_learning_rate_is_marked_and_nothing_starts() {
        learningRate().setValue("-1");
        assertThat(learningRate().isInvalid()).isTrue();
        assertThat(learningRate().getErrorMessage()).contains("above 0");
        train();
        assertThat(view.controls.status.getText()).contains("marked fields");
        assertThat(service.activeRuns()).isZero();
        assertThat(view.controls.train.isEnabled()).isTrue();
    }

    @Test
    void iterations_over_the_server_limit_are_refused_with_the_limit() {
        iterations().setValue("20000000");
        assertThat(iterations().isInvalid()).isTrue();
        assertThat(iterations().getErrorMessage()).contains("10,000,000");
    }

    @Test
    void softmax_with_one_output_is_explained_not_accepted() {
        outputActivation().setValue(Activation.SOFTMAX);
        loss().setValue(Loss.CROSS_ENTROPY);
        assertThat(combinationProblem().getText()).isNotBlank();
        train();
        assertThat(service.activeRuns()).isZero();
        assertThat(view.chart.points()).isEmpty();
    }

    @Test
    void cross_entropy_with_a_linear_output_is_explained() {
        outputActivation().setValue(Activation.LINEAR);
        loss().setValue(Loss.CROSS_ENTROPY);
        assertThat(combinationProblem().getText()).contains("cross_entropy", "softmax output, not linear");
        train();
        assertThat(service.activeRuns()).isZero();
    }

    @Test
    void binary_cross_entropy_with_a_linear_output_is_explained() {
        outputActivation().setValue(Activation.LINEAR);
        loss().setValue(Loss.BCE);
        assertThat(combinationProblem().getText()).contains("bce", "sigmoid output, not linear");
    }

    @Test
    void picking_a_preset_shows_its_rows_and_settings_that_suit_it() {
        preset().setValue(Preset.CLUSTERS);
        assertThat(_size(dataGrid())).isEqualTo(200);
        assertThat(outputActivation().getValue()).isEqualTo(Activation.SOFTMAX);
        assertThat(loss().getValue()).isEqualTo(Loss.CROSS_ENTROPY);
        assertThat(byId(Div.class, "settings-note").getText()).contains("softmax");
        assertThat(combinationProblem().getText()).isEmpty();

        rowsField().setValue("60");
        assertThat(_size(dataGrid())).isEqualTo(60);

        rowsField().setValue("2");
        assertThat(LocatorJ._get(view, Div.class, spec -> spec.withId("dataset-error")).getText())
                .isEqualTo("Rows must be from 4 to 5,000, not 2.");
        assertThat(_size(dataGrid())).as("the rows already shown stay").isEqualTo(60);
    }

    @Test
    void a_three_class_preset_trains_to_high_accuracy_with_class_names_in_the_grid() {
        preset().setValue(Preset.CLUSTERS);
        trainAndWait();
        assertThat(summary().getText()).contains("accuracy");
        List<String> classes = predictionRows().stream().map(PredictionRow::predictedClass).distinct().sorted().toList();
        assertThat(classes).containsExactly("A", "B", "C");
        long correct = predictionRows().stream().filter(PredictionRow::correct).count();
        assertThat(correct).isGreaterThanOrEqualTo(180);
    }

    @Test
    void stop_keeps_what_was_learned_so_far() {
        iterations().setValue("10000000");
        train();
        await(() -> view.chart.points().size() > 10);
        _click(view.controls.stop);
        await(() -> view.controls.train.isEnabled());
        assertThat(view.controls.status.getText()).startsWith("Stopped at iteration");
        assertThat(_size(predictionsGrid())).isEqualTo(4);
        assertThat(summary().getText()).contains("Final loss");
        assertThat(service.activeRuns()).isZero();
    }

    @Test
    void leaving_the_page_cancels_the_run_and_frees_its_thread() {
        iterations().setValue("10000000");
        train();
        await(() -> view.chart.points().size() > 10);
        UI.getCurrent().remove(view);
        await(() -> service.activeRuns() == 0);
    }

    @Test
    void a_diverging_run_stops_and_says_to_lower_the_learning_rate() {
        preset().setValue(Preset.SINE);
        optimizer().setValue(OptimizerKind.SGD);
        learningRate().setValue("100");
        trainAndWait();
        assertThat(view.controls.status.getText()).contains("infinite or not a number", "Lower the learning rate");
    }

    @Test
    void try_an_input_gives_the_networks_answer() {
        trainAndWait();
        List<TextField> fields = tryInputs().stream().filter(TextField.class::isInstance)
                .map(TextField.class::cast).toList();
        assertThat(fields).extracting(TextField::getLabel).containsExactly("x1", "x2", "x3");
        fields.get(0).setValue("0");
        fields.get(1).setValue("1");
        fields.get(2).setValue("1");
        _click(tryPredict());
        assertThat(tryResult().getText()).startsWith("Output: 0.9").endsWith("class 1");

        fields.get(1).setValue("one");
        _click(tryPredict());
        assertThat(tryResult().getText()).contains("x2", "'one' is not a number");
    }

    @Test
    void reset_clears_the_chart_and_the_predictions() {
        trainAndWait();
        _click(view.controls.reset);
        assertThat(view.chart.points()).isEmpty();
        assertThat(predictionRows()).isEmpty();
        LocatorJ._assertNone(view, Grid.class, spec -> spec.withId("predictions"));
        assertThat(summary().getText()).contains("Not trained yet");
    }

    @Test
    void hidden_layers_can_be_added_and_removed() {
        _click(byId(Button.class, "add-layer"));
        assertThat(hiddenLayers().getValue()).containsExactly(4, 4);
        LocatorJ._find(hiddenLayers(), NumberInput.class).get(1).setValue("3");
        assertThat(hiddenLayers().getValue()).containsExactly(4, 3);
        _click(byId(Button.class, "remove-layer"));
        _click(byId(Button.class, "remove-layer"));
        assertThat(hiddenLayers().getValue()).isEmpty();
        trainAndWait();
        assertThat(view.chart.points()).hasSize(1500);
    }

    @Test
    void a_second_tab_of_the_same_browser_is_told_to_wait_for_the_first() {
        iterations().setValue("10000000");
        train();
        PlaygroundView secondTab = new PlaygroundView(service, PlaygroundLimits.defaults(), new ConnectionWatcher(Runnable::run));
        UI.getCurrent().add(secondTab);
        _click(secondTab.controls.train);
        assertThat(secondTab.controls.status.getText()).contains("Another tab of yours is training");
        assertThat(secondTab.controls.train.isEnabled()).isTrue();
        _click(view.controls.stop);
        await(() -> view.controls.train.isEnabled());
    }
}
