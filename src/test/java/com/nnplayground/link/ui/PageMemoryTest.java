package com.nnplayground.link.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.nnplayground.chart.ChartPoint;
import com.nnplayground.chart.LossChart;
import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.Preset;
import com.nnplayground.engine.Network;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.ui.ExperimentEditor;
import com.nnplayground.numbers.ui.NumberInput;
import com.nnplayground.training.PlaygroundLimits;
import com.nnplayground.training.TrainingOutcome;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The page's memory with a browser tab of its own making: what it writes into the address and the session storage,
 * and what it shows again from them (a link, a reload, Back and Forward), without a browser.
 */
class PageMemoryTest {

    /** A browser tab that answers at once and keeps its history and storage for the test to read. */
    static class FakeTab implements TabMemory {
        final List<String> history = new ArrayList<>();
        final Map<String, String> storage = new HashMap<>();

        @Override
        public void replace(String query) {
            if (history.isEmpty()) {
                history.add(query);
            } else {
                history.set(history.size() - 1, query);
            }
        }

        @Override
        public void push(String query) {
            history.add(query);
        }

        @Override
        public void store(String key, String value) {
            storage.put(key, value);
        }

        @Override
        public void remove(String key) {
            storage.remove(key);
        }

        @Override
        public void read(List<String> keys, Consumer<Map<String, String>> then) {
            Map<String, String> found = new HashMap<>();
            keys.stream().filter(storage::containsKey).forEach(k -> found.put(k, storage.get(k)));
            then.accept(found);
        }

        String address() {
            return history.getLast();
        }
    }

    /** A tab whose storage answers when the test says, as a browser does a round trip later. */
    static final class SlowTab extends FakeTab {
        boolean slow;
        private Runnable answer;

        @Override
        public void read(List<String> keys, Consumer<Map<String, String>> then) {
            if (slow) {
                answer = () -> super.read(keys, then);
            } else {
                super.read(keys, then);
            }
        }

        void answer() {
            Runnable a = answer;
            answer = null;
            a.run();
        }
    }

    /** One page: its editor, chart and memory, and the run it was asked to show again. */
    final class Page {
        final ExperimentEditor editor = new ExperimentEditor(PlaygroundLimits.defaults(), () -> { }, () -> { },
                () -> { });
        final LossChart chart = new LossChart();
        final VerticalLayout root = new VerticalLayout(editor, chart);
        TrainingOutcome replayed;
        List<ChartPoint> replayedPoints;
        final PageMemory memory = new PageMemory(root, editor, chart, (prepared, outcome, points) -> {
            replayed = outcome;
            replayedPoints = points;
        }, ui -> tab);

        Page open(String query) {
            UI.getCurrent().removeAll();
            UI.getCurrent().add(root);
            memory.arrive(new Location("", QueryParameters.fromString(query)));
            MockVaadin.clientRoundtrip(false);
            return this;
        }

        NumberInput number(String id) {
            return _get(root, NumberInput.class, s -> s.withId(id));
        }

        @SuppressWarnings("unchecked")
        Select<Preset> preset() {
            return _get(root, Select.class, s -> s.withId("dataset-preset"));
        }

        String note(String id) {
            return _get(root, Div.class, s -> s.withId(id)).getText();
        }

        /** A run of this page's experiment as the view would tell it, ended after a few iterations. */
        void ran() {
            PreparedExperiment p = editor.prepare(problem -> { }).orElseThrow();
            Network n = p.start();
            memory.started(p);
            chart.append(List.of(new ChartPoint(1, 0.3, null), new ChartPoint(2, 0.25, null)));
            memory.finished(p, new TrainingOutcome(TrainingOutcome.End.COMPLETED, "Trained for 2 iterations.", n,
                    n.predict(p.data().x()), 2, 0.25, Double.NaN));
        }
    }

    FakeTab tab;

    /** A choice as the browser reports it (from the client), which Karibu's own helper cannot make on Vaadin 25. */
    static <V> void pickedByUser(AbstractField<?, V> field, V value) {
        try {
            Method setModelValue = AbstractField.class.getDeclaredMethod("setModelValue", Object.class, boolean.class);
            setModelValue.setAccessible(true);
            setModelValue.invoke(field, value, true);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        tab = new FakeTab();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void typing_a_setting_writes_it_into_the_address_without_a_new_history_entry() {
        Page page = new Page().open("");
        int entries = tab.history.size();

        page.number("learning-rate").setValue("0,5");
        MockVaadin.clientRoundtrip(false);

        assertThat(tab.address()).contains("lr=0.5");
        assertThat(tab.history).hasSize(entries);
    }

    @Test
    void choosing_another_dataset_is_a_new_history_entry_so_back_returns_to_the_one_before() {
        Page page = new Page().open("");
        String before = tab.address();

        pickedByUser(page.preset(), Preset.CIRCLES);
        MockVaadin.clientRoundtrip(false);

        assertThat(tab.history).endsWith(before, tab.address());
        assertThat(tab.address()).startsWith("preset=circles");

        page.memory.arrive(new Location("", QueryParameters.fromString(before)));
        MockVaadin.clientRoundtrip(false);
        assertThat(page.editor.preset()).isEqualTo(Preset.XOR_SEED);
    }

    @Test
    void a_change_that_reaches_the_server_while_back_is_read_does_not_write_over_the_address_back_moved_to() {
        SlowTab slowTab = new SlowTab();
        tab = slowTab;
        Page page = new Page().open("");
        pickedByUser(page.preset(), Preset.CIRCLES);
        MockVaadin.clientRoundtrip(false);
        String circles = tab.address();
        pickedByUser(page.preset(), Preset.MOONS);
        MockVaadin.clientRoundtrip(false);

        // Back: the browser is on circles' entry again, and the page asks the tab's storage for a kept run
        tab.history.removeLast();
        slowTab.slow = true;
        page.memory.arrive(new Location("", QueryParameters.fromString(circles)));
        page.number("learning-rate").setValue("0.5");
        MockVaadin.clientRoundtrip(false);
        assertThat(tab.address()).isEqualTo(circles);

        slowTab.answer();
        MockVaadin.clientRoundtrip(false);
        assertThat(page.editor.preset()).isEqualTo(Preset.CIRCLES);
        assertThat(tab.address()).isEqualTo(circles);
        assertThat(tab.history).hasSize(2);
    }

    @Test
    void a_link_opens_the_same_experiment_in_another_page() {
        Page teacher = new Page().open("");
        pickedByUser(teacher.preset(), Preset.MOONS);
        teacher.number("dataset-noise").setValue("0.2");
        teacher.number("learning-rate").setValue("0.07");
        teacher.number("random-seed").setValue("9");
        MockVaadin.clientRoundtrip(false);
        String link = tab.address();
        Experiment shown = teacher.editor.current();

        tab = new FakeTab();
        Page student = new Page().open(link);

        assertThat(student.editor.current()).isEqualTo(shown);
        assertThat(student.editor.presetOptions().noise()).isEqualTo(0.2);
        assertThat(student.note("settings-note")).contains("link");
    }

    @Test
    void own_data_too_long_for_a_link_is_kept_in_the_tab_and_comes_back_after_a_reload() {
        Page page = new Page().open("");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 1_500; i++) {
            rows.add(List.of(Double.toString(Math.sin(i * 0.37)), Double.toString(Math.cos(i * 1.3))));
        }
        Dataset data = new Dataset(List.of("x", "y"), rows, List.of("x"), "y");
        Experiment own = new Experiment(data, page.editor.current().network(), page.editor.current().training());
        page.editor.open(own);
        MockVaadin.clientRoundtrip(false);
        String address = tab.address();

        Page reloaded = new Page().open(address);

        assertThat(address).startsWith("kept=").doesNotContain("data=");
        assertThat(page.note("link-note")).contains("too long for a link").contains("1,500 rows");
        assertThat(reloaded.editor.current().dataset()).isEqualTo(data);
    }

    @Test
    void a_link_whose_data_stayed_in_another_tab_says_so_and_offers_the_file() {
        Page page = new Page().open("kept=AAAAAAAAAAAA&lr=0.5");

        assertThat(page.note("settings-note")).contains("only in the browser tab it was made in")
                .contains("experiment file");
        assertThat(page.editor.preset()).isEqualTo(Preset.XOR_SEED);
    }

    @Test
    void a_damaged_link_is_explained_and_the_page_keeps_its_own_experiment() {
        Page page = new Page().open("preset=xor&lr=abc");

        assertThat(page.note("settings-note")).contains("could not be opened").contains("lr");
        assertThat(page.editor.preset()).isEqualTo(Preset.XOR_SEED);
    }

    @Test
    void after_a_reload_the_last_run_is_shown_again_with_its_curve() {
        Page page = new Page().open("preset=xor");
        page.ran();
        String address = tab.address();

        Page reloaded = new Page().open(address);

        assertThat(reloaded.replayed).isNotNull();
        assertThat(reloaded.replayed.iterationsDone()).isEqualTo(2);
        assertThat(reloaded.replayed.message()).isEqualTo("Trained for 2 iterations.");
        assertThat(reloaded.replayedPoints).extracting(ChartPoint::trainingLoss).containsExactly(0.3, 0.25);
    }

    @Test
    void a_run_of_another_experiment_is_not_shown_for_this_one() {
        Page page = new Page().open("preset=xor");
        page.ran();

        Page other = new Page().open("preset=and");

        assertThat(other.replayed).isNull();
    }

    @Test
    void clearing_the_results_forgets_the_kept_run() {
        Page page = new Page().open("preset=xor");
        page.ran();

        page.memory.cleared();

        assertThat(tab.storage).doesNotContainKey(PageMemory.RUN_KEY);
    }
}
