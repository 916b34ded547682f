package com.nnplayground.compare.ui;

import com.nnplayground.chart.ChartOverlay;
import com.nnplayground.chart.ChartPoint;
import com.nnplayground.chart.LossChart;
import com.nnplayground.compare.RunHistory;
import com.nnplayground.compare.RunRecord;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.training.TrainingOutcome;
import com.nnplayground.training.ui.RunListener;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.function.Consumer;

/**
 * The page's last five runs ({@code id="run-history"}): each as a line saying what differed from the run before,
 * its curve kept faded on the loss chart (the latest run is the chart's own line until the next starts), and for each
 * a box to hide its curve, a button that puts its settings back in the form, and one to remove it; Clear forgets all.
 */
public class RunHistoryPanel extends Composite<VerticalLayout> implements RunListener {
    /** Points a kept curve is thinned to: a faded line needs its shape, not every iteration. */
    static final int CURVE_POINTS = 400;
    /** The chart's overlay colours (loss-chart.ts OVERLAY_COLOURS), for the swatches. */
    static final String[] COLOURS = {"0, 158, 115", "204, 121, 167", "213, 94, 0", "86, 180, 233", "0, 0, 0"};
    static final String TRAINING_LOSS = "training loss";
    static final String TEST_LOSS = "test loss";
    static final String EMPTY = "Each run you train is kept here to compare, its loss curve faded on the chart.";

    final RunHistory history = new RunHistory();
    final Div runs = new Div();
    final Button clear = new Button("Clear");

    private final LossChart chart;
    private final Consumer<RunRecord> restore;
    /** The run the chart's own line shows, or 0. */
    private int onChart;
    private boolean running;
    /** The legend of the run under way, or null. */
    private String runningLegend;

    /** {@code restore}: puts a run's settings back in the form. */
    public RunHistoryPanel(LossChart chart, Consumer<RunRecord> restore) {
        this.chart = chart;
        this.restore = restore;
        clear.setId("run-history-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> {
            history.clear();
            onChart = 0;
            render();
        });
        runs.addClassName("run-history-list");
        H3 title = new H3("Runs to compare");
        HorizontalLayout header = new HorizontalLayout(title, clear);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout content = getContent();
        content.setId("run-history");
        content.setPadding(false);
        content.setSpacing(false);
        content.add(header, runs);
        render();
    }

    @Override
    public void cleared() {
        onChart = 0;
        render();
    }

    @Override
    public void started(PreparedExperiment experiment) {
        running = true;
        runningLegend = history.legendOfNext(experiment.experiment());
        onChart = 0;
        render();
    }

    @Override
    public void finished(PreparedExperiment experiment, TrainingOutcome outcome) {
        running = false;
        runningLegend = null;
        if (outcome.iterationsDone() > 0) {
            List<ChartPoint> curve = chart.points(CURVE_POINTS);
            int[] iterations = curve.stream().mapToInt(ChartPoint::iteration).toArray();
            double[] losses = curve.stream().mapToDouble(ChartPoint::trainingLoss).toArray();
            onChart = history.add(experiment.experiment(), iterations, losses, outcome.iterationsDone(),
                    outcome.finalLoss()).number();
        }
        render();
    }

    private void render() {
        runs.removeAll();
        List<RunRecord> kept = history.runs();
        clear.setEnabled(!kept.isEmpty());
        if (kept.isEmpty()) {
            Span empty = new Span(EMPTY);
            empty.addClassName("run-history-empty");
            runs.add(empty);
        }
        for (int i = kept.size() - 1; i >= 0; i--) {
            runs.add(row(kept.get(i)));
        }
        List<ChartOverlay> overlays = kept.stream().filter(r -> r.shown() && r.number() != onChart)
                .map(r -> new ChartOverlay(r.legend(), colour(r), r.iterations(), r.losses())).toList();
        chart.setOverlays(overlays);
        // Beside earlier runs, the chart's own line says which run it is and what changed
        String current = runningLegend != null ? runningLegend
                : history.run(onChart).map(RunRecord::legend).orElse(null);
        chart.setSeriesLabels(overlays.isEmpty() || current == null ? TRAINING_LOSS : current + " (" + TRAINING_LOSS
                + ")", TEST_LOSS);
    }

    private HorizontalLayout row(RunRecord run) {
        Span swatch = new Span();
        swatch.addClassName("run-swatch");
        if (run.number() == onChart) {
            swatch.addClassName("run-swatch-current");
        } else {
            swatch.getStyle().set("border-top-color", "rgb(" + COLOURS[colour(run)] + ")");
        }
        Span text = new Span(run.legend() + String.format(" · loss %s after %,d iterations", loss(run.finalLoss()),
                run.iterationsDone()) + (run.number() == onChart ? " · the chart's solid line" : ""));
        text.addClassName("run-text");
        Checkbox shown = new Checkbox("Show", run.shown());
        shown.setId("run-" + run.number() + "-shown");
        shown.setEnabled(run.number() != onChart);
        shown.addValueChangeListener(e -> {
            history.setShown(run.number(), e.getValue());
            render();
        });
        Button use = new Button("Use settings", e -> restore.accept(run));
        use.setId("run-" + run.number() + "-restore");
        use.setEnabled(!running);
        use.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button remove = new Button("Remove", e -> {
            history.remove(run.number());
            if (onChart == run.number()) {
                onChart = 0;
            }
            render();
        });
        remove.setId("run-" + run.number() + "-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(swatch, text, shown, use, remove);
        row.addClassName("run-history-row");
        row.setAlignItems(FlexComponent.Alignment.CENTER);
        return row;
    }

    private static int colour(RunRecord run) {
        return (run.number() - 1) % COLOURS.length;
    }

    private static String loss(double loss) {
        return Double.isFinite(loss) ? String.format("%.4g", loss) : "not a number";
    }
}
