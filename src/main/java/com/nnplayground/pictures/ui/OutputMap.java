package com.nnplayground.pictures.ui;

import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.TargetKind;
import com.nnplayground.pictures.Axis;
import com.nnplayground.pictures.Bytes;
import com.nnplayground.pictures.DiagramLayout;
import com.nnplayground.pictures.InputPlane;
import com.nnplayground.pictures.OutputPicture;
import com.nnplayground.pictures.PictureScene;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The data and what the network learned over it ({@code <output-map>}, a canvas): the rows as points (classes in
 * colour and shape, test rows hollow) over two inputs, or over the one input with the target up; behind them the
 * network's output over the plane (the predicted class and how sure it is, or the number on a colour scale), or
 * for one input its fitted curve. It fills the width it is given (square unless given a height).
 *
 * <p>As with {@link NetworkDiagram}, what it shows is element state, sent when it changes and again on re-attach;
 * the last values sent stay readable here.
 */
@Tag("output-map")
@JsModule("./output-map.ts")
public class OutputMap extends Component implements HasSize {
    private PictureScene scene;
    private OutputPicture output;
    private Points points;

    public OutputMap() {
        setId("output-map");
        setWidthFull();
        getElement().setProperty("showTest", true);
        getElement().setProperty("row", -1);
    }

    /** The data of a scene (null: none; {@code emptyText} says why); its output comes with {@link #showOutput}. */
    void showScene(PictureScene scene, String emptyText) {
        this.scene = scene;
        this.output = null;
        getElement().setProperty("emptyText", emptyText);
        clearOutput();
        if (scene == null) {
            points = null;
            getElement().removeProperty("plane");
            getElement().removeProperty("points");
            return;
        }
        points = Points.of(scene);
        getElement().setPropertyBean("plane", PlaneMessage.of(scene));
        getElement().setPropertyBean("points", points);
    }

    void showOutput(OutputPicture output, String status) {
        this.output = output;
        getElement().setProperty("outputSize", output.size());
        getElement().setProperty("outputCells", output.cells() == null ? "" : Bytes.base64(output.cells()));
        getElement().setProperty("outputCurves", output.curves() == null ? "" : Bytes.base64(output.curves()));
        setStatus(status);
    }

    void clearOutput() {
        output = null;
        getElement().setProperty("outputSize", 0);
        getElement().setProperty("outputCells", "");
        getElement().setProperty("outputCurves", "");
        setStatus("");
    }

    /** One line above the picture: which network state it shows ("iteration 340 of 500", "starting weights"). */
    void setStatus(String status) {
        getElement().setProperty("status", status);
    }

    void setDescription(String description) {
        getElement().setProperty("description", description);
    }

    /** Marks a row with a ring (0-based; -1 for none). */
    void setRow(int row) {
        getElement().setProperty("row", row);
    }

    /** Hears the row (0-based) of a point the user clicked or tapped. */
    public Registration addRowChosenListener(IntConsumer listener) {
        return getElement().addEventListener("row-chosen", e -> listener.accept((int) e.getEventData()
                .get("event.detail.row").asDouble())).addEventData("event.detail.row");
    }

    public void setShowTestRows(boolean show) {
        getElement().setProperty("showTest", show);
    }

    public boolean isShowTestRows() {
        return getElement().getProperty("showTest", true);
    }

    public PictureScene scene() {
        return scene;
    }

    /** The output last sent, or null while none is shown. */
    public OutputPicture output() {
        return output;
    }

    /** The points last sent, or null. */
    public Points points() {
        return points;
    }

    public int row() {
        return getElement().getProperty("row", -1);
    }

    /** The text alternative (the element's aria-label). */
    public String description() {
        return getElement().getProperty("description", "");
    }

    /**
     * The rows as the element draws them, each array base64: x and y (float32; with one input, y is the target, or 0
     * and 1 for two classes), each row's class (byte; empty for a number), its target value (float32; empty for
     * classes) and whether it is a test row (byte 0/1).
     */
    public record Points(int count, String x, String y, String classes, String values, String test) {
        static Points of(PictureScene scene) {
            EncodedDataset data = scene.data();
            InputPlane plane = scene.plane();
            int n = data.x().length;
            float[] x = new float[n];
            float[] y = new float[n];
            byte[] classes = new byte[n];
            float[] values = new float[n];
            byte[] test = new byte[n];
            for (int r = 0; r < n; r++) {
                double[] at = plane.position(data.x()[r]);
                int k = classOf(data, r);
                x[r] = (float) at[0];
                y[r] = (float) (plane.twoDimensional() ? at[1] : data.kind() == TargetKind.REGRESSION ? data.y()[r][0]
                        : data.kind() == TargetKind.BINARY ? k : 1);
                classes[r] = (byte) k;
                values[r] = (float) data.y()[r][0];
                test[r] = (byte) (data.test()[r] ? 1 : 0);
            }
            boolean regression = data.kind() == TargetKind.REGRESSION;
            return new Points(n, Bytes.base64(x), Bytes.base64(y), regression ? "" : Bytes.base64(classes),
                    regression ? Bytes.base64(values) : "", Bytes.base64(test));
        }

        private static int classOf(EncodedDataset data, int row) {
            double[] y = data.y()[row];
            return switch (data.kind()) {
                case REGRESSION -> 0;
                case BINARY -> y[0] >= 0.5 ? 1 : 0;
                case MULTICLASS -> {
                    int best = 0;
                    for (int k = 1; k < y.length; k++) {
                        best = y[k] > y[best] ? k : best;
                    }
                    yield best;
                }
            };
        }
    }

    /** The axes, the target and its classes or value range, and the inputs held off the axes. */
    record PlaneMessage(AxisMessage x, AxisMessage y, String kind, List<String> classes, String target,
                        double[] valueRange, String note, boolean hasTest, boolean twoDimensional) {
        static PlaneMessage of(PictureScene scene) {
            InputPlane plane = scene.plane();
            EncodedDataset data = scene.data();
            AxisMessage y = plane.twoDimensional() ? AxisMessage.of(plane.y()) : targetAxis(scene);
            return new PlaneMessage(AxisMessage.of(plane.x()), y, data.kind().name().toLowerCase(), data.classes(),
                    scene.target(), scene.valueRange(), plane.heldNote(), data.testCount() > 0, plane.twoDimensional());
        }

        /** With one input the target is the vertical axis: its range with a margin, or 0 to 1 for probabilities. */
        private static AxisMessage targetAxis(PictureScene scene) {
            if (scene.valueRange() == null) {
                String label = scene.data().kind() == TargetKind.BINARY
                        ? DiagramLayout.outputNames(scene.data(), scene.target()).get(0) : "P(class)";
                return new AxisMessage(label, -0.05, 1.05);
            }
            double lo = scene.valueRange()[0];
            double hi = scene.valueRange()[1];
            double margin = 0.1 * (hi - lo);
            return new AxisMessage(scene.target(), lo - margin, hi + margin);
        }
    }

    record AxisMessage(String label, double min, double max) {
        static AxisMessage of(Axis axis) {
            return new AxisMessage(axis.label(), axis.min(), axis.max());
        }
    }
}
