package com.nnplayground.playground;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.nnplayground.dataset.Preset;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.numbers.ui.NumberInput;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every number field of the page takes what it shows or says why not: a decimal comma, scientific notation, text
 * that is no number and numbers out of range, checked against what the engine then receives.
 */
class TypedNumbersViewTest extends PlaygroundTestBase {

    /** What Train would send to the engine, or null (and the problem said) when it would not start. */
    private PreparedExperiment engineGets(List<String> problems) {
        return view.editor.prepare(problems::add).orElse(null);
    }

    private PreparedExperiment engineGets() {
        List<String> problems = new ArrayList<>();
        PreparedExperiment prepared = engineGets(problems);
        assertThat(problems).as("nothing refused").isEmpty();
        return prepared;
    }

    /** Types the text, then presses Train: the field keeps the text and is marked, the run does not start. */
    private void assertRefused(NumberInput field, String typed, String message) {
        field.setValue(typed);
        _click(view.controls.train);
        assertThat(field.getValue()).as("the field keeps what was typed").isEqualTo(typed);
        assertThat(field.isInvalid()).as("'" + typed + "' is marked").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
        assertThat(view.controls.status.getText())
                .isEqualTo("Some settings need fixing first (the marked fields): " + message);
        assertThat(focusedByServer()).as("Train takes the user to the field").contains(field);
        assertThat(service.activeRuns()).isZero();
    }

    /** The components the server asked the browser to focus since the last round trip. */
    private List<Component> focusedByServer() {
        List<Component> focused = new ArrayList<>();
        UI.getCurrent().getInternals().getStateTree().runExecutionsBeforeClientResponse();
        for (PendingJavaScriptInvocation js : UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations()) {
            if (js.getInvocation().getExpression().contains("this.focus(")) {
                com.vaadin.flow.dom.Element.get(js.getOwner()).getComponent().ifPresent(focused::add);
            }
        }
        return focused;
    }

    @Test
    void the_learning_rate_takes_a_decimal_comma_and_scientific_notation_and_refuses_1e9() {
        learningRate().setValue("0,5");
        assertThat(learningRate().isInvalid()).isFalse();
        assertThat(learningRate().getHelperText()).endsWith("read as 0.5");
        assertThat(engineGets().config().learningRate()).isEqualTo(0.5);

        learningRate().setValue("5e-3");
        assertThat(engineGets().config().learningRate()).isEqualTo(0.005);

        assertRefused(learningRate(), "1e9", "Learning rate must be above 0 and at most 1,000, not 1e9.");
        assertRefused(learningRate(), "e", "Learning rate: 'e' is not a number; type e.g. 0.5, 0,5 or 5e-3.");
        assertRefused(learningRate(), "abc", "Learning rate: 'abc' is not a number; type e.g. 0.5, 0,5 or 5e-3.");
        assertRefused(learningRate(), "", "Enter a learning rate, e.g. 1 or 0.01.");
    }

    @Test
    void iterations_take_1e3_and_thousands_commas_and_refuse_ten_to_the_twelve() {
        iterations().setValue("1e3");
        assertThat(engineGets().config().iterations()).isEqualTo(1000);
        iterations().setValue("2,500");
        assertThat(engineGets().config().iterations()).isEqualTo(2500);

        assertRefused(iterations(), "1000000000000", "Iterations must be from 1 to 10,000,000, not 1000000000000.");
        assertRefused(iterations(), "1e12", "Iterations must be from 1 to 10,000,000, not 1e12.");
        assertRefused(iterations(), "e", "Iterations: 'e' is not a number; type e.g. 10 or 1e3.");
        assertRefused(iterations(), "abc", "Iterations: 'abc' is not a number; type e.g. 10 or 1e3.");
        assertRefused(iterations(), "2,5", "Iterations must be a whole number from 1 to 10,000,000, not 2,5.");
    }

    @Test
    void the_batch_size_is_read_exactly_and_checked_against_the_rows() {
        NumberInput batch = numberField("batch-size");
        batch.setValue("2");
        assertThat(engineGets().config().batchSize()).isEqualTo(2);
        assertRefused(batch, "1e9", "Batch size is larger than the 4 training rows of the dataset; use 0 for full batch");
        assertRefused(batch, "abc", "Batch size: 'abc' is not a number; type e.g. 10 or 1e3.");
        assertRefused(batch, "-1", "Batch size must be from 0 to 2,147,483,647, not -1.");
    }

    @Test
    void l2_takes_a_decimal_comma_and_refuses_what_is_out_of_range() {
        NumberInput l2 = numberField("l2");
        l2.setValue("0,25");
        assertThat(engineGets().config().l2()).isEqualTo(0.25);
        l2.setValue("1e-4");
        assertThat(engineGets().config().l2()).isEqualTo(1e-4);
        assertRefused(l2, "1e9", "L2 must be from 0 to 10, not 1e9.");
        assertRefused(l2, "e", "L2: 'e' is not a number; type e.g. 0.5, 0,5 or 5e-3.");
    }

    @Test
    void the_seed_takes_whole_numbers_only() {
        seed().setValue("1e2");
        assertThat(engineGets().config().seed()).isEqualTo(100);
        assertRefused(seed(), "1e12", "The seed must be from 0 to 2,147,483,647, not 1e12.");
        assertRefused(seed(), "abc", "The seed: 'abc' is not a number; type e.g. 10 or 1e3.");
        assertRefused(seed(), "0,5", "The seed must be a whole number from 0 to 2,147,483,647, not 0,5.");
    }

    @Test
    void hidden_layer_sizes_are_read_exactly_and_refused_in_words() {
        NumberInput neurons = LocatorJ._find(hiddenLayers(), NumberInput.class).get(0);
        neurons.setValue("1e1");
        assertThat(engineGets().start().architecture().layerSizes()).containsExactly(3, 10, 1);
        assertRefused(neurons, "abc", "Hidden layer 1: 'abc' is not a number; type e.g. 10 or 1e3.");
        assertRefused(neurons, "1e12", "Hidden layer 1 must be from 1 to 256, not 1e12.");
    }

    @Test
    void the_first_bad_field_in_the_form_is_the_one_the_notice_takes_the_user_to() {
        numberField("l2").setValue("abc");
        learningRate().setValue("1e9");
        _click(view.controls.train);
        assertThat(view.controls.status.getText()).endsWith("Learning rate must be above 0 and at most 1,000, not 1e9.");
        assertThat(focusedByServer()).containsExactly(learningRate());
    }

    @Test
    void the_test_share_takes_what_it_shows_or_says_why_not() {
        NumberInput share = numberField("test-share");
        share.setValue("25");
        assertThat(engineGets().data().testCount()).as("a quarter of each class's 2 rows, rounded").isEqualTo(2);
        share.setValue("1e9");
        List<String> problems = new ArrayList<>();
        assertThat(engineGets(problems)).isNull();
        assertThat(problems).containsExactly("Test rows must be from 0 to 50, not 1e9.");
        assertThat(share.isInvalid()).isTrue();
        assertThat(share.getValue()).isEqualTo("1e9");
        share.setValue("abc");
        _click(view.controls.train);
        assertThat(view.controls.status.getText()).isEqualTo("Test rows: 'abc' is not a number; type e.g. 10 or 1e3.");
    }

    @Test
    void a_generated_presets_rows_noise_and_seed_are_read_exactly() {
        @SuppressWarnings("unchecked")
        Select<Preset> preset = byId(Select.class, "dataset-preset");
        preset.setValue(Preset.CIRCLES);
        numberField("dataset-size").setValue("1e2");
        assertThat(engineGets().data().x()).hasNumberOfRows(100);
        numberField("dataset-noise").setValue("0,2");
        assertThat(numberField("dataset-noise").isInvalid()).isFalse();

        numberField("dataset-size").setValue("1e9");
        assertThat(byId(Div.class, "dataset-error").getText()).isEqualTo("Rows must be from 4 to 5,000, not 1e9.");
        assertThat(numberField("dataset-size").isInvalid()).isTrue();
        assertThat(engineGets().data().x()).as("the rows shown stay").hasNumberOfRows(100);
        numberField("dataset-noise").setValue("abc");
        assertThat(numberField("dataset-noise").getErrorMessage()).isEqualTo("Noise: 'abc' is not a number; type e.g. 0.5, 0,5 or 5e-3.");
        numberField("dataset-seed").setValue("0,5");
        assertThat(numberField("dataset-seed").getErrorMessage())
                .isEqualTo("Data seed must be a whole number from 0 to 2,147,483,647, not 0,5.");
    }

    @Test
    void the_maths_row_is_read_against_the_rows_of_the_data() {
        trainAndWait();
        numberField("equations-row").setValue("1e9");
        assertThat(numberField("equations-row").getErrorMessage()).isEqualTo("Data row must be from 1 to 4, not 1e9.");
        numberField("equations-row").setValue("2");
        assertThat(equations().lines().get(0).caption()).startsWith("Data row 2:");
    }
}
