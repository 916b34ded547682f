package com.nnplayground.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import tools.jackson.databind.JsonNode;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LossChartTest {

    private final LossChart chart = new LossChart();

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    /** The JavaScript calls the next server response would carry, e.g. "appendPoints". */
    private static List<PendingJavaScriptInvocation> sentToBrowser() {
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations();
    }

    private static String function(PendingJavaScriptInvocation call) {
        return call.getInvocation().getExpression().replaceAll(".*\\.(\\w+)\\.apply.*|.*\\.(\\w+)\\(.*", "$1$2");
    }

    private static JsonNode argument(PendingJavaScriptInvocation call, int index) {
        List<Object> parameters = call.getInvocation().getParameters();
        // parameter 0 is the element itself
        return (JsonNode) parameters.get(index + 1);
    }

    private static int[] range(int from, int to) {
        return IntStream.range(from, to).toArray();
    }

    private static double[] decay(int from, int to) {
        return IntStream.range(from, to).mapToDouble(i -> Math.exp(-i / 300.0)).toArray();
    }

    @Test
    void keeps_the_history_and_sends_only_new_points() {
        UI.getCurrent().add(chart);
        sentToBrowser();

        chart.append(range(0, 100), decay(0, 100), null);
        chart.append(range(100, 150), decay(100, 150), decay(100, 150));

        assertEquals(150, chart.points().size());
        assertEquals(new ChartPoint(120, Math.exp(-120 / 300.0), Math.exp(-120 / 300.0)), chart.points().get(120));
        List<PendingJavaScriptInvocation> calls = sentToBrowser();
        assertEquals(List.of("appendPoints", "appendPoints"), calls.stream().map(LossChartTest::function).toList());
        assertEquals(100, argument(calls.get(0), 0).size());
        assertTrue(argument(calls.get(0), 2).isNull(), "no test series in the first batch");
        assertEquals(50, argument(calls.get(1), 0).size());
        assertEquals(100, argument(calls.get(1), 0).get(0).intValue(), "the second batch starts at iteration 100");
    }

    @Test
    void the_final_loss_is_exactly_the_last_value_appended() {
        assertTrue(chart.finalLoss().isEmpty());
        chart.append(range(0, 3), new double[] {0.9, 0.5, 0.123456789012345678}, null);
        assertEquals(0.123456789012345678, chart.finalLoss().orElseThrow());
    }

    @Test
    void a_million_iterations_stay_within_the_cap_and_end_on_the_exact_final_loss() {
        UI.getCurrent().add(chart);
        int batch = 1000;
        for (int start = 0; start < 1_000_000; start += batch) {
            chart.append(range(start, start + batch), decay(start, start + batch), null);
            sentToBrowser();
        }
        chart.append(range(1_000_000, 1_000_001), new double[] {1.0 / 3}, null);

        assertTrue(chart.points().size() <= chart.cap(), "kept " + chart.points().size());
        assertEquals(1.0 / 3, chart.finalLoss().orElseThrow());
        assertEquals(0, chart.points().get(0).iteration());
    }

    @Test
    void passing_the_cap_resends_the_downsampled_history_once() {
        LossChart small = new LossChart(100);
        UI.getCurrent().add(small);
        small.append(range(0, 90), decay(0, 90), null);
        sentToBrowser();

        small.append(range(90, 110), decay(90, 110), null);

        assertTrue(small.points().size() <= 50, "halved to " + small.points().size());
        List<PendingJavaScriptInvocation> calls = sentToBrowser();
        assertEquals(List.of("setPoints"), calls.stream().map(LossChartTest::function).toList());
        assertEquals(small.points().size(), argument(calls.get(0), 0).size());
    }

    @Test
    void re_attaching_sends_the_whole_history_once() {
        chart.append(range(0, 10), decay(0, 10), null);
        UI.getCurrent().add(chart);
        List<PendingJavaScriptInvocation> calls = sentToBrowser();
        assertEquals(List.of("setPoints"), calls.stream().map(LossChartTest::function).toList());

        UI.getCurrent().remove(chart);
        chart.append(range(10, 20), decay(10, 20), null);
        assertEquals(List.of(), sentToBrowser(), "nothing is sent while detached");

        UI.getCurrent().add(chart);
        calls = sentToBrowser();
        assertEquals(List.of("setPoints"), calls.stream().map(LossChartTest::function).toList());
        assertEquals(20, argument(calls.get(0), 0).size());
    }

    @Test
    void non_finite_losses_are_kept_on_the_server_and_sent_as_gaps() {
        UI.getCurrent().add(chart);
        sentToBrowser();
        chart.append(range(0, 2), new double[] {Double.NaN, Double.POSITIVE_INFINITY}, null);

        JsonNode train = argument(sentToBrowser().get(0), 1);
        assertTrue(train.get(0).isNull() && train.get(1).isNull());
        assertTrue(chart.toCsv().contains("0,NaN,\n1,Infinity,\n"));
    }

    @Test
    void iterations_must_move_forward() {
        chart.append(range(0, 10), decay(0, 10), null);
        assertThrows(IllegalArgumentException.class, () -> chart.append(range(5, 6), decay(5, 6), null));
        assertThrows(IllegalArgumentException.class, () -> chart.append(range(10, 12), decay(10, 11), null));
        assertEquals(10, chart.points().size(), "a rejected batch leaves the history alone");
    }

    @Test
    void csv_has_a_header_and_full_precision_values() {
        chart.append(new int[] {1, 2}, new double[] {0.1234567890123, 1e-9}, new double[] {0.5, 2e-9});
        chart.append(List.of(ChartPoint.of(3, 0.25)));

        assertEquals("""
                iteration,training_loss,test_loss
                1,0.1234567890123,0.5
                2,1.0E-9,2.0E-9
                3,0.25,
                """, chart.toCsv());
    }

    @Test
    void clear_forgets_the_history_and_tells_the_browser() {
        UI.getCurrent().add(chart);
        chart.append(range(0, 10), decay(0, 10), null);
        sentToBrowser();

        chart.clear();

        assertTrue(chart.points().isEmpty());
        assertEquals(List.of("clear"), sentToBrowser().stream().map(LossChartTest::function).toList());
        chart.append(range(0, 3), decay(0, 3), null);
        assertEquals(3, chart.points().size(), "a new run may start again at iteration 0");
    }

    @Test
    void log_scale_and_labels_are_element_properties() {
        assertFalse(chart.isLogScale());
        chart.setLogScale(true);
        chart.setSeriesLabels("<b>train</b>", "test");

        assertTrue(chart.isLogScale());
        assertEquals("<b>train</b>", chart.getElement().getProperty("trainingLabel"));
    }

    @Test
    void has_a_sensible_default_size() {
        assertEquals("100%", chart.getWidth());
        assertEquals("320px", chart.getHeight());
    }

    @Test
    void points_that_come_thinned_are_kept_as_they_come_and_only_the_new_ones_are_sent() {
        UI.getCurrent().add(chart);
        sentToBrowser();
        int sent = 0;
        for (int batch = 0; batch < 10; batch++) {
            int before = batch * 100_000;
            int[] iterations = IntStream.range(0, 200).map(k -> before + (k + 1) * 500).toArray();
            double[] loss = IntStream.of(iterations).mapToDouble(i -> Math.exp(-i / 300_000.0)).toArray();
            chart.append(iterations, loss, null);
            for (PendingJavaScriptInvocation call : sentToBrowser()) {
                assertEquals("appendPoints", function(call), "only new points go over the wire");
                sent += argument(call, 0).size();
            }
        }
        assertEquals(2_000, chart.points().size(), "under the cap nothing is thinned again");
        assertEquals(2_000, sent);
        assertEquals(1_000_000, chart.points().get(chart.points().size() - 1).iteration());
    }
}
