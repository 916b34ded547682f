package com.nnplayground.playground;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.nnplayground.chart.ChartOverlay;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.junit.jupiter.api.Test;

/** The page's last runs: listed, drawn faded on the loss chart with what changed, hidden, removed, put back. */
class RunHistoryViewTest extends PlaygroundTestBase {

    @Test
    void two_runs_leave_two_curves_and_the_legend_names_the_changed_setting() {
        trainAndWait();
        learningRate().setValue("0.1");
        trainAndWait();

        assertThat(view.chart.overlays()).extracting(ChartOverlay::label).containsExactly("Run 1");
        assertThat(view.chart.overlays().get(0).iterations()).startsWith(1).endsWith(1500);
        assertThat(view.chart.trainingLabel()).isEqualTo("Run 2: learning rate 1 → 0.1 (training loss)");
        assertThat(byId(VerticalLayout.class, "run-history").getElement().getTextRecursively())
                .contains("Run 2: learning rate 1 → 0.1 · loss", "Run 1 · loss");
    }

    @Test
    void one_click_puts_an_earlier_runs_settings_back_in_the_form() {
        trainAndWait();
        learningRate().setValue("0.1");
        iterations().setValue("300");
        trainAndWait();

        _click(byId(Button.class, "run-1-restore"));

        assertThat(learningRate().getValue()).isEqualTo("1");
        assertThat(iterations().getValue()).isEqualTo("1500");
        assertThat(byId(com.vaadin.flow.component.html.Div.class, "training-status").getText())
                .startsWith("Run 1's data and settings are back in the form");
    }

    @Test
    void a_run_can_be_hidden_shown_removed_and_all_cleared_with_one_button() {
        trainAndWait();
        learningRate().setValue("0.5");
        trainAndWait();

        byId(Checkbox.class, "run-1-shown").setValue(false);
        assertThat(view.chart.overlays()).isEmpty();
        assertThat(view.chart.trainingLabel()).isEqualTo("training loss");
        byId(Checkbox.class, "run-1-shown").setValue(true);
        assertThat(view.chart.overlays()).hasSize(1);
        _click(byId(Button.class, "run-1-remove"));
        assertThat(view.chart.overlays()).isEmpty();
        assertThat(view.runHistory.getElement().getTextRecursively()).doesNotContain("Run 1 ·");

        _click(byId(Button.class, "run-history-clear"));
        assertThat(view.runHistory.getElement().getTextRecursively()).contains("Each run you train is kept here");
        assertThat(byId(Button.class, "run-history-clear").isEnabled()).isFalse();
    }

    @Test
    void the_last_five_runs_are_kept_and_after_reset_the_latest_is_faded_too() {
        for (int i = 1; i <= 6; i++) {
            iterations().setValue(String.valueOf(100 * i));
            trainAndWait();
        }

        assertThat(view.chart.overlays()).extracting(ChartOverlay::label).containsExactly(
                "Run 2: 100 → 200 iterations", "Run 3: 200 → 300 iterations", "Run 4: 300 → 400 iterations",
                "Run 5: 400 → 500 iterations");
        _click(byId(Button.class, "reset"));
        assertThat(view.chart.overlays()).hasSize(5);
        assertThat(view.chart.points()).isEmpty();
    }
}
