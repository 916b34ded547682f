package com.nnplayground.training.ui;

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
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
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

    private IntegerField rowsField() {
        return LocatorJ._get(view, IntegerField.class, spec -> spec.withId("dataset-size"));
    }

    @Test
    void the_page_opens_on_the_seed_experiment() {
        assertThat(preset().getValue()).isEqualTo(Preset.XOR_SEED);
        assertThat(_size(dataGrid())).isEqualTo(4);
        HyperparameterForm form = view.form;
        assertThat(form.hiddenLayers.getValue()).containsExactly(4);
        assertThat(form.activation.getValue()).isEqualTo(Activation.SIGMOID);
        assertThat(form.output.getValue()).isEqualTo(Activation.SIGMOID);
        assertThat(form.loss.getValue()).isEqualTo(Loss.SSE);
        assertThat(form.bias.getValue()).isFalse();
        assertThat(form.init.getValue()).isEqualTo(Init.UNIFORM);
        assertThat(form.optimizer.getValue()).isEqualTo(OptimizerKind.SGD);
        assertThat(form.learningRate.getValue()).isEqualTo(1.0);
        assertThat(form.iterations.getValue()).isEqualTo(1500);
        assertThat(form.batchSize.getValue()).isZero();
        assertThat(view.train.isEnabled()).isTrue();
        assertThat(view.stop.isEnabled()).isFalse();
    }

    @Test
    void training_the_seed_draws_every_iteration_and_fills_the_predictions() {
        _click(view.train);
        assertThat(view.train.isEnabled()).as("Train is disabled while a run is going").isFalse();
        assertThat(view.stop.isEnabled()).isTrue();
        await(() -> view.train.isEnabled());

        assertThat(view.chart.points()).hasSize(1500);
        assertThat(view.chart.points().get(1499).iteration()).isEqualTo(1500);
        assertThat(_size(view.predictions.grid)).isEqualTo(4);
        double[] targets = {0, 1, 1, 0};
        for (int r = 0; r < 4; r++) {
            PredictionRow row = _get(view.predictions.grid, r);
            assertThat(row.outputs()[0]).isCloseTo(targets[r], org.assertj.core.data.Offset.offset(0.1));
            assertThat(row.correct()).isTrue();
        }
        assertThat(view.predictions.summary.getText()).startsWith("Final loss ")
                .contains("sum of squared errors", "1,500 iterations", "accuracy 100.0 % (4 of 4)");
        assertThat(view.predictions.summary.getText())
                .contains(PredictionsPanel.formatLoss(view.chart.finalLoss().orElseThrow()));
        assertThat(view.status.getText()).isEqualTo("Trained for 1,500 iterations.");
        assertThat(view.progress.bar.getValue()).isEqualTo(1.0);
    }

    @Test
    void the_same_seed_gives_the_same_run_twice() {
        trainAndWait();
        double first = view.chart.finalLoss().orElseThrow();
        trainAndWait();
        assertThat(view.chart.finalLoss().orElseThrow()).isEqualTo(first);
        view.form.seed.setValue(7);
        trainAndWait();
        assertThat(view.chart.finalLoss().orElseThrow()).isNotEqualTo(first);
    }

    @Test
    void a_nonsense_learning_rate_is_marked_and_nothing_starts() {
        view.form.learningRate.setValue(-1.0);
        assertThat(view.form.learningRate.isInvalid()).isTrue();
        assertThat(view.form.learningRate.getErrorMessage()).contains("above 0");
        _click(view.train);
        assertThat(view.status.getText()).contains("marked fields");
        assertThat(service.activeRuns()).isZero();
        assertThat(view.train.isEnabled()).isTrue();
    }

    @Test
    void iterations_over_the_server_limit_are_refused_with_the_limit() {
        view.form.iterations.setValue(20_000_000);
        assertThat(view.form.iterations.isInvalid()).isTrue();
        assertThat(view.form.iterations.getErrorMessage()).contains("10,000,000");
    }

    @Test
    void softmax_with_one_output_is_explained_not_accepted() {
        view.form.output.setValue(Activation.SOFTMAX);
        view.form.loss.setValue(Loss.CROSS_ENTROPY);
        assertThat(view.form.combinationProblem.getText()).isNotBlank();
        _click(view.train);
        assertThat(service.activeRuns()).isZero();
        assertThat(view.chart.points()).isEmpty();
    }

    @Test
    void cross_entropy_with_a_linear_output_is_explained() {
        view.form.output.setValue(Activation.LINEAR);
        view.form.loss.setValue(Loss.BCE);
        assertThat(view.form.combinationProblem.getText()).containsIgnoringCase("sigmoid");
    }

    @Test
    void picking_a_preset_shows_its_rows_and_settings_that_suit_it() {
        preset().setValue(Preset.CLUSTERS);
        assertThat(_size(dataGrid())).isEqualTo(200);
        assertThat(view.form.output.getValue()).isEqualTo(Activation.SOFTMAX);
        assertThat(view.form.loss.getValue()).isEqualTo(Loss.CROSS_ENTROPY);
        assertThat(view.settingsNote.getText()).contains("softmax");
        assertThat(view.form.combinationProblem.getText()).isEmpty();

        rowsField().setValue(60);
        assertThat(_size(dataGrid())).isEqualTo(60);

        rowsField().setValue(2);
        assertThat(LocatorJ._get(view, Div.class, spec -> spec.withId("dataset-error")).getText())
                .isEqualTo("Rows: enter a whole number from 4 to 5000.");
        assertThat(_size(dataGrid())).as("the rows already shown stay").isEqualTo(60);
    }

    @Test
    void a_three_class_preset_trains_to_high_accuracy_with_class_names_in_the_grid() {
        preset().setValue(Preset.CLUSTERS);
        trainAndWait();
        assertThat(view.predictions.summary.getText()).contains("accuracy");
        List<String> classes = view.predictions.rows().stream().map(PredictionRow::predictedClass).distinct().sorted().toList();
        assertThat(classes).containsExactly("A", "B", "C");
        long correct = view.predictions.rows().stream().filter(PredictionRow::correct).count();
        assertThat(correct).isGreaterThanOrEqualTo(180);
    }

    @Test
    void stop_keeps_what_was_learned_so_far() {
        view.form.iterations.setValue(10_000_000);
        _click(view.train);
        await(() -> view.chart.points().size() > 10);
        _click(view.stop);
        await(() -> view.train.isEnabled());
        assertThat(view.status.getText()).startsWith("Stopped at iteration");
        assertThat(_size(view.predictions.grid)).isEqualTo(4);
        assertThat(view.predictions.summary.getText()).contains("Final loss");
        assertThat(service.activeRuns()).isZero();
    }

    @Test
    void leaving_the_page_cancels_the_run_and_frees_its_thread() {
        view.form.iterations.setValue(10_000_000);
        _click(view.train);
        await(() -> view.chart.points().size() > 10);
        UI.getCurrent().remove(view);
        await(() -> service.activeRuns() == 0);
    }

    @Test
    void a_diverging_run_stops_and_says_to_lower_the_learning_rate() {
        preset().setValue(Preset.SINE);
        view.form.optimizer.setValue(OptimizerKind.SGD);
        view.form.learningRate.setValue(100.0);
        trainAndWait();
        assertThat(view.status.getText()).contains("infinite or not a number", "Lower the learning rate");
    }

    @Test
    void try_an_input_gives_the_networks_answer() {
        trainAndWait();
        List<TextField> fields = view.predictions.tryInput.fields.getChildren().filter(TextField.class::isInstance)
                .map(TextField.class::cast).toList();
        assertThat(fields).extracting(TextField::getLabel).containsExactly("x1", "x2", "x3");
        fields.get(0).setValue("0");
        fields.get(1).setValue("1");
        fields.get(2).setValue("1");
        _click(view.predictions.tryInput.predict);
        assertThat(view.predictions.tryInput.result.getText()).startsWith("Output: 0.9").endsWith("class 1");

        fields.get(1).setValue("one");
        _click(view.predictions.tryInput.predict);
        assertThat(view.predictions.tryInput.result.getText()).contains("x2", "'one' is not a number");
    }

    @Test
    void reset_clears_the_chart_and_the_predictions() {
        trainAndWait();
        _click(view.reset);
        assertThat(view.chart.points()).isEmpty();
        assertThat(_size(view.predictions.grid)).isZero();
        assertThat(view.predictions.summary.getText()).contains("Not trained yet");
    }

    @Test
    void predictions_export_as_csv_with_a_header_and_one_line_per_row() {
        trainAndWait();
        String[] lines = view.predictions.csv().split("\r\n");
        assertThat(lines[0]).isEqualTo("row,x1,x2,x3,y,prediction,error,set,predicted_class,correct");
        assertThat(lines).hasSize(5);
        assertThat(lines[2]).startsWith("2,0,1,1,1,0.9").contains(",training,1,true");
    }

    @Test
    void hidden_layers_can_be_added_and_removed() {
        _click(view.form.hiddenLayers.addLayer);
        assertThat(view.form.hiddenLayers.getValue()).containsExactly(4, 4);
        view.form.hiddenLayers.neuronFields().get(1).setValue(3);
        assertThat(view.form.hiddenLayers.getValue()).containsExactly(4, 3);
        _click(view.form.hiddenLayers.removeLayer);
        _click(view.form.hiddenLayers.removeLayer);
        assertThat(view.form.hiddenLayers.getValue()).isEmpty();
        trainAndWait();
        assertThat(view.chart.points()).hasSize(1500);
    }

    @Test
    void a_second_tab_of_the_same_browser_is_told_to_wait_for_the_first() {
        view.form.iterations.setValue(10_000_000);
        _click(view.train);
        PlaygroundView secondTab = new PlaygroundView(service);
        UI.getCurrent().add(secondTab);
        _click(secondTab.train);
        assertThat(secondTab.status.getText()).contains("Another tab of yours is training");
        assertThat(secondTab.train.isEnabled()).isTrue();
        _click(view.stop);
        await(() -> view.train.isEnabled());
    }

    @Test
    void the_equations_show_the_forward_pass_of_a_row_with_the_trained_numbers() {
        assertThat(view.equations.lines.getText()).startsWith("Press Train");
        trainAndWait();
        String text = view.equations.lines.getText();
        assertThat(text).contains("Forward pass for row 1:", "a⁽⁰⁾ = x = [0.0000, 0.0000, 1.0000]",
                "z⁽1⁾ = a⁽0⁾ · W⁽1⁾ = [", "a⁽2⁾ = sigmoid(z⁽2⁾) = [", "L = Σ (y − ŷ)²", "w ← w − η·∂L/∂w",
                "W⁽1⁾ (3 × 4):", "W⁽2⁾ (4 × 1):");
        PredictionRow first = view.predictions.rows().get(0);
        assertThat(text).contains(String.format("a⁽2⁾ = sigmoid(z⁽2⁾) = [%.4f]", first.outputs()[0]));

        view.equations.row.setValue(2);
        assertThat(view.equations.lines.getText()).contains("Forward pass for row 2:", "x = [0.0000, 1.0000, 1.0000]",
                String.format("[%.4f]", view.predictions.rows().get(1).outputs()[0]));
    }

    @Test
    void a_tiny_final_loss_keeps_its_significant_digits() {
        assertThat(PredictionsPanel.formatLoss(3.21456e-9)).isEqualTo("3.2146e-09");
        assertThat(PredictionsPanel.formatLoss(0.0022214)).isEqualTo("0.002221");
        assertThat(PredictionsPanel.formatLoss(0)).isEqualTo("0.000000");
        assertThat(PredictionsPanel.formatLoss(Double.NaN)).isEqualTo("NaN");
    }
}
