package com.nnplayground.capacity.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.nnplayground.capacity.MemoryBudget;
import com.nnplayground.capacity.MemoryCost;
import com.nnplayground.dataset.CsvWriter;
import com.nnplayground.dataset.Dataset;
import com.nnplayground.engine.kernels.KernelThreads;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.ExperimentJson;
import com.nnplayground.experiment.NetworkSettings;
import com.nnplayground.experiment.TrainingSettings;
import com.nnplayground.experiment.ui.HiddenLayersField;
import com.nnplayground.numbers.ui.NumberInput;
import com.nnplayground.playground.ConnectionWatcher;
import com.nnplayground.playground.PlaygroundView;
import com.nnplayground.training.PlaygroundLimits;
import com.nnplayground.training.TrainingMetrics;
import com.nnplayground.training.TrainingService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page on a small server (one browser may hold 4 MB): data and runs past the budget are refused before they
 * are built, in words that say which limit and by how much, and the page keeps what it had.
 */
class PageBudgetTest {
    private static final long MB = 1 << 20;
    private final MemoryBudget budget = new MemoryBudget(4 * MB, 16 * MB);
    private ExecutorService executor;
    private PageBudget memory;

    @BeforeEach
    void open() {
        MockVaadin.setup();
        memory = PageBudget.install(UI.getCurrent(), budget);
        executor = Executors.newFixedThreadPool(1);
        UI.getCurrent().add(new PlaygroundView(new TrainingService(executor, Runnable::run,
                PlaygroundLimits.defaults(), new TrainingMetrics(), KernelThreads.single(), budget),
                PlaygroundLimits.defaults(), new ConnectionWatcher(Runnable::run)));
    }

    @AfterEach
    void close() {
        executor.shutdownNow();
        MockVaadin.tearDown();
    }

    private static Dataset table(int rows, int columns) {
        List<String> names = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            names.add(c == columns - 1 ? "y" : "x" + c);
        }
        List<List<String>> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(c == columns - 1 ? Integer.toString(r % 2) : Integer.toString((r + c) % 7));
            }
            cells.add(row);
        }
        return new Dataset(names, cells, names.subList(0, columns - 1), "y");
    }

    private static String csv(Dataset data) {
        CsvWriter csv = new CsvWriter().row(data.columns());
        data.rows().forEach(csv::row);
        return csv.toString();
    }

    private static <T extends com.vaadin.flow.component.Component> T byId(Class<T> type, String id) {
        return LocatorJ._get(type, spec -> spec.withId(id));
    }

    private static int tableRows() {
        return byId(Grid.class, "dataset-grid").getListDataView().getItemCount();
    }

    @Test
    void the_page_holds_the_table_it_shows_and_frees_it_when_it_closes() {
        long seed = memory.dataBytes();
        assertThat(seed).isPositive();
        byId(TextArea.class, "csv-paste").setValue(csv(table(2000, 10)));
        _click(byId(Button.class, "csv-apply"));
        assertThat(tableRows()).isEqualTo(2000);
        assertThat(memory.dataBytes()).isGreaterThan(seed + MB);
        assertThat(budget.held(UI.getCurrent().getSession())).isEqualTo(memory.dataBytes() + MemoryCost.PAGE);
        assertThat(byId(TextArea.class, "csv-paste").getValue()).as("the table holds the text now").isEmpty();

        memory.close();
        assertThat(budget.held()).isZero();
    }

    @Test
    void a_paste_past_the_browser_budget_is_refused_before_it_is_parsed_and_the_table_stays() {
        byId(TextArea.class, "csv-paste").setValue(csv(table(10_000, 10)));
        _click(byId(Button.class, "csv-apply"));
        assertThat(byId(Div.class, "dataset-error").getText())
                .startsWith("This table (about 10,000 rows x 10 columns) needs about 6.")
                .contains("more than one browser may use on this server: 4.0 MB for all its tabs")
                .contains("(over by ")
                .endsWith("Use fewer rows or columns, or close this site's other tabs.");
        assertThat(tableRows()).as("the seed's XOR table is still there").isEqualTo(4);
    }

    @Test
    void an_experiment_file_past_the_budget_is_refused_and_changes_nothing() {
        byId(NumberInput.class, "iterations").setValue("777");
        String file = ExperimentJson.write(new Experiment(table(8000, 10), NetworkSettings.seedArticle(),
                TrainingSettings.seedArticle()));
        _upload(byId(Upload.class, "experiment-open"), "big.json", "application/json",
                file.getBytes(StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);
        assertThat(byId(Div.class, "experiment-problem").getText())
                .startsWith("'big.json' cannot be opened: This table (8,000 rows x 10 columns) needs about")
                .contains("4.0 MB for all its tabs");
        assertThat(tableRows()).isEqualTo(4);
        assertThat(byId(NumberInput.class, "iterations").getValue()).as("the settings stay too").isEqualTo("777");
    }

    @Test
    void a_run_past_the_budget_is_refused_at_train_with_the_limit_and_the_page_stays_usable() {
        byId(TextArea.class, "csv-paste").setValue(csv(table(2000, 3)));
        _click(byId(Button.class, "csv-apply"));
        byId(HiddenLayersField.class, "hidden-layers").setValue(List.of(256, 256));
        _click(byId(Button.class, "train"));
        assertThat(byId(Div.class, "training-status").getText())
                .startsWith("This run needs about")
                .contains("more than one browser may use on this server: 4.0 MB for all its tabs")
                .endsWith("Use fewer rows or neurons, or fewer hidden layers.");
        assertThat(byId(Button.class, "train").isEnabled()).isTrue();
        assertThat(budget.held(UI.getCurrent().getSession())).as("nothing held for the refused run")
                .isEqualTo(memory.dataBytes() + MemoryCost.PAGE);
    }
}
