package com.nnplayground.chart;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Live chart of training and test loss per iteration (Chart.js in the {@code <loss-chart>} element).
 *
 * <p>The history stays on the server: {@link #append} keeps the new points and sends only those to the
 * browser. Once the history passes {@link #cap()} points it is {@linkplain Downsampler downsampled} to
 * half the cap and sent again whole, so a run of any length stays at most {@code cap} points on both
 * sides. When the element is attached (again), the history is sent once.
 */
@Tag("loss-chart")
@JsModule("./loss-chart.ts")
@NpmPackage(value = "chart.js", version = "4.5.1")
public class LossChart extends Component implements HasSize {

    public static final int DEFAULT_CAP = 4000;

    private final int cap;
    private List<ChartPoint> history = new ArrayList<>();
    private List<ChartOverlay> overlays = List.of();

    public LossChart() {
        this(DEFAULT_CAP);
    }

    /** @param cap the most points kept and drawn; downsampling halves the history when it passes this */
    public LossChart(int cap) {
        if (cap < 2 * Downsampler.MIN_TARGET) {
            throw new IllegalArgumentException("cap must be at least " + 2 * Downsampler.MIN_TARGET + ", was " + cap);
        }
        this.cap = cap;
        setWidthFull();
        setHeight("320px");
        // A new client-side element knows nothing yet: give it the whole history once.
        addAttachListener(event -> {
            sendAll();
            if (!overlays.isEmpty()) {
                sendOverlays();
            }
        });
    }

    /**
     * Appends a batch of points, as they come: a run's losses arrive thinned already (see the training service's
     * LossBuffer), and only the cap is the chart's business.
     *
     * @param iterations ascending, each after the last iteration already in the chart
     * @param trainLoss  the training loss at each iteration
     * @param testLoss   the test loss at each iteration (NaN where not measured), or {@code null} when this batch has none
     */
    public void append(int[] iterations, double[] trainLoss, double[] testLoss) {
        if (iterations.length != trainLoss.length || (testLoss != null && testLoss.length != iterations.length)) {
            throw new IllegalArgumentException("iterations, trainLoss and testLoss must have the same length");
        }
        List<ChartPoint> points = new ArrayList<>(iterations.length);
        for (int i = 0; i < iterations.length; i++) {
            Double test = testLoss == null || Double.isNaN(testLoss[i]) ? null : testLoss[i];
            points.add(new ChartPoint(iterations[i], trainLoss[i], test));
        }
        append(points);
    }

    /** Appends a batch of points, iterations ascending and after the last iteration already in the chart. */
    public void append(List<ChartPoint> points) {
        int last = history.isEmpty() ? Integer.MIN_VALUE : history.get(history.size() - 1).iteration();
        for (ChartPoint point : points) {
            Objects.requireNonNull(point, "point");
            if (point.iteration() <= last) {
                throw new IllegalArgumentException("iteration " + point.iteration() + " does not come after " + last);
            }
            last = point.iteration();
        }
        history.addAll(points);
        if (history.size() > cap) {
            history = new ArrayList<>(Downsampler.downsample(history, cap / 2));
            sendAll();
        } else if (isAttached() && !points.isEmpty()) {
            send("appendPoints", points);
        }
    }

    /** The points currently kept (and drawn), iterations ascending. */
    public List<ChartPoint> points() {
        return Collections.unmodifiableList(new ArrayList<>(history));
    }

    /** The points kept, thinned to at most {@code maxPoints} (at least 6) so that the curve keeps its shape. */
    public List<ChartPoint> points(int maxPoints) {
        return history.size() <= maxPoints ? points() : Downsampler.downsample(history, maxPoints);
    }

    /** The training loss of the last point appended, exactly as given; downsampling always keeps it. */
    public OptionalDouble finalLoss() {
        return history.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(history.get(history.size() - 1).trainingLoss());
    }

    public int cap() {
        return cap;
    }

    public void clear() {
        history = new ArrayList<>();
        if (isAttached()) {
            getElement().callJsFunction("clear");
        }
    }

    /** Earlier runs' curves, drawn faded behind this one's, each named in the legend; they stay through {@link #clear()}. */
    public void setOverlays(List<ChartOverlay> overlays) {
        this.overlays = List.copyOf(overlays);
        sendOverlays();
    }

    public List<ChartOverlay> overlays() {
        return overlays;
    }

    /** Marks an iteration on the chart with a vertical line (the one the replay shows); 0 for none. */
    public void setMarker(int iteration) {
        getElement().setProperty("marker", Math.max(0, iteration));
    }

    /** The iteration marked, 0 when none is. */
    public int marker() {
        return getElement().getProperty("marker", 0);
    }

    /** Loss curves span decades: a logarithmic y axis shows the late progress too. */
    public void setLogScale(boolean logScale) {
        getElement().setProperty("logScale", logScale);
    }

    public boolean isLogScale() {
        return getElement().getProperty("logScale", false);
    }

    /** Names the two lines in the legend and tooltips; drawn as plain text on the canvas. */
    public void setSeriesLabels(String trainingLabel, String testLabel) {
        getElement().setProperty("trainingLabel", trainingLabel);
        getElement().setProperty("testLabel", testLabel);
    }

    /** The training line's name in the legend. */
    public String trainingLabel() {
        return getElement().getProperty("trainingLabel", "training loss");
    }

    /** Lets the browser download the chart as it is drawn now, as a PNG file. */
    public void downloadPng(String fileName) {
        getElement().callJsFunction("downloadPng", fileName);
    }

    /**
     * The history as CSV: a header {@code iteration,training_loss,test_loss}, then one line per point;
     * losses in Java's shortest exact decimal form, an empty test_loss where none was measured.
     */
    public String toCsv() {
        StringBuilder csv = new StringBuilder("iteration,training_loss,test_loss\n");
        for (ChartPoint p : history) {
            csv.append(p.iteration()).append(',').append(p.trainingLoss()).append(',');
            if (p.hasTestLoss()) {
                csv.append(p.testLoss().doubleValue());
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private void sendAll() {
        if (isAttached()) {
            send("setPoints", history);
        }
    }

    private void sendOverlays() {
        if (!isAttached()) {
            return;
        }
        JsonNodeFactory json = JsonNodeFactory.instance;
        ArrayNode all = json.arrayNode(overlays.size());
        for (ChartOverlay overlay : overlays) {
            ArrayNode iterations = json.arrayNode(overlay.iterations().length);
            ArrayNode losses = json.arrayNode(overlay.losses().length);
            for (int i = 0; i < overlay.iterations().length; i++) {
                iterations.add(overlay.iterations()[i]);
                losses.add(finiteOrNull(overlay.losses()[i]));
            }
            ObjectNode entry = all.addObject().put("label", overlay.label()).put("colour", overlay.colour());
            entry.set("iterations", iterations);
            entry.set("losses", losses);
        }
        getElement().callJsFunction("setOverlays", all);
    }

    private void send(String function, List<ChartPoint> points) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ArrayNode iterations = json.arrayNode(points.size());
        ArrayNode train = json.arrayNode(points.size());
        ArrayNode test = json.arrayNode(points.size());
        boolean anyTest = false;
        for (ChartPoint p : points) {
            iterations.add(p.iteration());
            train.add(finiteOrNull(p.trainingLoss()));
            anyTest |= p.hasTestLoss();
            test.add(p.hasTestLoss() ? finiteOrNull(p.testLoss()) : NullNode.getInstance());
        }
        getElement().callJsFunction(function, iterations, train, anyTest ? test : NullNode.getInstance());
    }

    /** JSON has no NaN or Infinity; the client draws a null as a gap in the line. */
    private static JsonNode finiteOrNull(double value) {
        return Double.isFinite(value) ? JsonNodeFactory.instance.numberNode(value) : NullNode.getInstance();
    }
}
