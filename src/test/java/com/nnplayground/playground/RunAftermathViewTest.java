package com.nnplayground.playground;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.nnplayground.dataset.Preset;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the page says about a run once it is over, and once the data it trained on has changed. */
class RunAftermathViewTest extends PlaygroundTestBase {

    private String progressText() {
        return byId(Div.class, "progress-text").getText();
    }

    @Test
    void after_stop_the_time_left_goes_and_where_the_run_got_to_stays() {
        iterations().setValue("10000000");
        train();
        await(() -> view.chart.points().size() > 10 && progressText().contains("left"));

        _click(view.controls.stop);
        await(() -> view.controls.train.isEnabled());

        assertThat(progressText()).startsWith("Iteration ").contains("of 10,000,000").doesNotContain("left");
    }

    @Test
    void trained_for_n_iterations_goes_when_the_data_changes() {
        trainAndWait();
        assertThat(view.controls.status.getText()).isNotEmpty();

        @SuppressWarnings("unchecked")
        Select<Preset> preset = byId(Select.class, "dataset-preset");
        preset.setValue(Preset.AND);

        assertThat(view.controls.status.getText()).isEmpty();
        assertThat(predictionRows()).isEmpty();
    }

    @Test
    void editing_a_cell_marks_the_results_out_of_date_instead_of_wiping_them() {
        trainAndWait();
        String summaryBefore = summary().getText();

        @SuppressWarnings("unchecked")
        Grid<List<String>> table = byId(Grid.class, "dataset-grid");
        table.getEditor().editItem(table.getListDataView().getItem(0));
        MockVaadin.clientRoundtrip(false);
        ((TextField) table.getColumns().get(0).getEditorComponent()).setValue("0.5");

        assertThat(predictionRows()).hasSize(4);
        assertThat(summary().getText()).startsWith("Out of date").contains(summaryBefore);
        assertThat(view.controls.status.getText()).isEmpty();

        trainAndWait();
        assertThat(summary().getText()).doesNotContain("Out of date");
    }
}
