package com.nnplayground.chart;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.List;

/**
 * Test-only page for the browser test: a loss chart with 1000 points, and buttons that append more
 * over the wire, first within the cap, then well past it, and buttons that detach and re-attach it.
 */
@Route("chart-test")
public class ChartTestView extends VerticalLayout {

    final LossChartPanel panel = new LossChartPanel();
    final Span serverCount = new Span();

    public ChartTestView() {
        LossChart chart = panel.getChart();
        chart.setId("loss-chart");
        panel.setId("chart-panel");
        panel.setWidthFull();
        serverCount.setId("server-count");
        for (int start = 0; start < 1000; start += 250) {
            chart.append(curve(start, start + 250));
        }
        Button appendMore = new Button("Append 500", event -> appendUpTo(1500, 250));
        appendMore.setId("append-more");
        Button runLong = new Button("Run to 10000", event -> appendUpTo(10_000, 500));
        runLong.setId("run-long");
        Button reattach = new Button("Re-attach", event -> {
            remove(panel);
            addComponentAsFirst(panel);
        });
        reattach.setId("reattach");
        Button detach = new Button("Detach", event -> remove(panel));
        detach.setId("detach");
        showCount();
        add(panel, appendMore, runLong, reattach, detach, serverCount);
    }

    private void appendUpTo(int end, int batch) {
        LossChart chart = panel.getChart();
        for (int start = chart.points().get(chart.points().size() - 1).iteration() + 1; start < end; start += batch) {
            chart.append(curve(start, Math.min(end, start + batch)));
        }
        showCount();
    }

    private void showCount() {
        serverCount.setText(String.valueOf(panel.getChart().points().size()));
    }

    /** A decaying loss with some wiggle; the test loss, measured every 10 iterations, sits a bit higher. */
    static List<ChartPoint> curve(int from, int to) {
        List<ChartPoint> points = new ArrayList<>();
        for (int i = from; i < to; i++) {
            double train = 2.0 * Math.exp(-i / 200.0) * (1 + 0.05 * Math.sin(i / 7.0)) + 0.01;
            points.add(new ChartPoint(i, train, i % 10 == 0 ? 1.15 * train + 0.02 : null));
        }
        return points;
    }
}
