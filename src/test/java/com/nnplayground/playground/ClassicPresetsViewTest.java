package com.nnplayground.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.nnplayground.dataset.Preset;
import com.nnplayground.dataset.Scaling;
import com.nnplayground.results.PredictionRow;
import com.nnplayground.results.ui.PredictionsGrid;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.nnplayground.numbers.ui.NumberInput;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The classic datasets on the page: where they come from, a fifth held out, real names, and a run that learns. */
class ClassicPresetsViewTest extends PlaygroundTestBase {

    @SuppressWarnings("unchecked")
    private void pick(Preset chosen) {
        LocatorJ._get(view, Select.class, spec -> spec.withId("dataset-preset")).setValue(chosen);
    }

    private String source() {
        return LocatorJ._get(view, Div.class, spec -> spec.withId("dataset-source")).getText();
    }

    private int testShare() {
        return LocatorJ._get(view, NumberInput.class, spec -> spec.withId("test-share")).wholeValue().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private Scaling scaling() {
        return (Scaling) LocatorJ._get(view, Select.class, spec -> spec.withId("scaling")).getValue();
    }

    @Test
    void the_digits_say_where_they_come_from_hold_out_a_fifth_and_learn_to_95_percent_on_the_test_rows() {
        pick(Preset.DIGITS);

        assertThat(source()).contains("Alpaydin").contains("UCI").contains("CC BY 4.0");
        assertThat(testShare()).isEqualTo(20);
        assertThat(scaling()).isEqualTo(Scaling.MIN_MAX);
        trainAndWait();

        List<PredictionRow> test = view.predictions.rows().stream().filter(PredictionRow::test).toList();
        assertThat(test).as("a fifth of each digit's rows").hasSizeBetween(355, 365);
        assertThat(test.stream().filter(PredictionRow::correct).count()).isGreaterThanOrEqualTo(Math.round(0.95 * test.size()));
        assertThat(test.stream().map(PredictionRow::predictedClass).distinct())
                .isSubsetOf(IntStream.rangeClosed(0, 9).mapToObj(Integer::toString).toList());
        assertThat(LocatorJ._get(view, Div.class, spec -> spec.withId("training-summary")).getText()).contains("on test rows");
    }

    @Test
    void diabetes_keeps_its_real_column_names_and_predicts_in_the_targets_units() {
        pick(Preset.DIABETES);
        trainAndWait();

        assertThat(LocatorJ._get(view, PredictionsGrid.class).getColumns()).extracting(Grid.Column::getHeaderText)
                .contains("bmi", "s1 total cholesterol", "s6 blood sugar");
        double mean = view.predictions.rows().stream().mapToDouble(r -> r.outputs()[0]).average().orElseThrow();
        assertThat(mean).isBetween(130.0, 175.0);
    }

    @Test
    void going_back_to_the_seed_xor_gives_back_its_preparation_too() {
        pick(Preset.IRIS);
        assertThat(testShare()).isEqualTo(20);
        assertThat(scaling()).isEqualTo(Scaling.STANDARDISE);

        pick(Preset.XOR_SEED);

        assertThat(testShare()).isZero();
        assertThat(scaling()).isEqualTo(Scaling.NONE);
        assertThat(source()).isEqualTo("Source: The seed article's truth table.");
    }
}
