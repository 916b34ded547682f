package com.nnplayground.playground;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.nnplayground.dataset.Scaling;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Loss;
import com.nnplayground.results.PredictionRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Numbers in their own units: a target in the hundreds and thousands is scaled to learn and shown unscaled. */
class RegressionViewTest extends PlaygroundTestBase {

    /**
     * Thirty summer days of an ice-cream stand: the temperature (14-35 °C) and the ices sold (about 110-1,400),
     * sales rising with the heat, faster on hot days, with a day's chance on top.
     */
    static String iceCream() {
        Random random = new Random(30);
        StringBuilder csv = new StringBuilder("temperature_c,ice_cream_sales\n");
        for (int day = 0; day < 30; day++) {
            double t = 14 + 21 * random.nextDouble();
            double sales = 110 + 1290 * Math.pow((t - 14) / 21, 1.3) + 45 * random.nextGaussian();
            csv.append(String.format(Locale.ROOT, "%.1f,%d%n", t, Math.max(60, Math.round(sales))));
        }
        return csv.toString();
    }

    private void paste(String csv) {
        LocatorJ._get(view, TextArea.class, spec -> spec.withId("csv-paste")).setValue(csv);
        _click(LocatorJ._get(view, Button.class, spec -> spec.withId("csv-apply")));
    }

    @SuppressWarnings("unchecked")
    private Scaling targetScaling() {
        return (Scaling) byId(Select.class, "target-scaling").getValue();
    }

    /** R² of the predictions shown, from the grid's own rows: its targets and predictions in the target's units. */
    private static double rSquared(List<PredictionRow> rows) {
        double mean = rows.stream().mapToDouble(r -> Double.parseDouble(r.target())).average().orElseThrow();
        double residual = 0;
        double total = 0;
        for (PredictionRow r : rows) {
            double y = Double.parseDouble(r.target());
            residual += (y - r.outputs()[0]) * (y - r.outputs()[0]);
            total += (y - mean) * (y - mean);
        }
        return 1 - residual / total;
    }

    @Test
    void ice_cream_sales_against_temperature_learn_to_r_squared_above_0_9_on_the_proposed_settings() {
        paste(iceCream());
        assertThat(outputActivation().getValue()).isEqualTo(Activation.LINEAR);
        assertThat(loss().getValue()).isEqualTo(Loss.MSE);
        assertThat(targetScaling()).isEqualTo(Scaling.STANDARDISE);
        assertThat(byId(Div.class, "settings-note").getText()).contains("target scaling: none → standardise");

        trainAndWait();

        List<PredictionRow> rows = predictionRows();
        assertThat(rSquared(rows)).isGreaterThanOrEqualTo(0.9);
        assertThat(rows.stream().mapToDouble(r -> r.outputs()[0]).min().orElseThrow())
                .as("predictions in sales, not about 97 for every day").isLessThan(400);
        assertThat(rows.stream().mapToDouble(r -> r.outputs()[0]).max().orElseThrow()).isGreaterThan(1000);
        for (PredictionRow r : rows) {
            assertThat(r.error()).as("the error in sales")
                    .isCloseTo(r.outputs()[0] - Double.parseDouble(r.target()), org.assertj.core.data.Offset.offset(1e-9));
        }
        assertThat(summary().getText()).contains("(mean squared error, on the scaled target)", "R² 0.9",
                "mean absolute error ");
        assertThat(byId(Div.class, "loss-units").getText()).startsWith("The loss is measured on the scaled target");
        assertThat(byId(Div.class, "dataset-notes").getText()).contains("The target 'ice_cream_sales' is standardised");
    }

    @Test
    void the_summary_of_a_numeric_target_shows_r_squared_and_the_mean_absolute_error_for_both_parts() {
        paste(iceCream());
        LocatorJ._get(view, com.nnplayground.numbers.ui.NumberInput.class, spec -> spec.withId("test-share")).setValue("20");
        trainAndWait();
        assertThat(summary().getText()).containsPattern("R² [0-9.]+, mean absolute error [0-9.]+ on training rows"
                + " · R² [-0-9.]+, mean absolute error [0-9.]+ on test rows");
    }

    @Test
    void classes_are_never_scaled_and_the_choice_is_not_offered() {
        LocatorJ._assertNone(view, Select.class, spec -> spec.withId("target-scaling"));
        paste(iceCream());
        assertThat(byId(Select.class, "target-scaling").isVisible()).isTrue();
    }
}
