package com.nnplayground.pictures.ui;

import com.nnplayground.pictures.Bytes;
import com.nnplayground.pictures.DiagramLayout;
import com.nnplayground.pictures.InputPlane;
import com.nnplayground.pictures.PictureFrame;
import com.nnplayground.pictures.PictureScene;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.List;

/**
 * The network drawn ({@code <network-diagram>}, SVG lines over canvas maps): its layers as columns of labelled
 * neurons, each weight a line whose colour is its sign and whose width its size, each neuron's own output over the
 * plane, and each neuron's activation for a chosen row. It fills the width it is given (16:10 unless given a height).
 *
 * <p>What it shows is element state: the layout once per network shape, the numbers at each update as base64
 * arrays; a value equal to the one sent is not sent again, and a re-attached element gets all of it again. The
 * last values sent stay readable here for tests.
 */
@Tag("network-diagram")
@JsModule("./network-diagram.ts")
public class NetworkDiagram extends Component implements HasSize {
    private PictureScene scene;
    private PictureFrame frame;
    private float[] activations;
    private double weightScale;

    public NetworkDiagram() {
        setId("network-diagram");
        setWidthFull();
    }

    /** A scene's layout; the numbers come with {@link #showFrame}. Null: nothing to draw, {@code emptyText} says why. */
    void showScene(PictureScene scene, String emptyText) {
        this.scene = scene;
        this.frame = null;
        this.activations = null;
        getElement().setProperty("emptyText", emptyText);
        if (scene == null || scene.layout() == null) {
            getElement().removeProperty("layout");
            return;
        }
        getElement().setPropertyBean("layout", LayoutMessage.of(scene));
    }

    void showFrame(PictureFrame frame, double weightScale, String description) {
        this.frame = frame;
        this.weightScale = weightScale;
        getElement().setProperty("weights", Bytes.base64(frame.weights()));
        getElement().setProperty("drawn", frame.drawn() == null ? "" : Bytes.base64(frame.drawn()));
        getElement().setProperty("biases", frame.biases() == null ? "" : Bytes.base64(frame.biases()));
        getElement().setProperty("inputMaps", Bytes.base64(frame.inputMaps()));
        getElement().setProperty("maps", Bytes.base64(frame.maps()));
        getElement().setPropertyList("mapRanges", java.util.Arrays.stream(frame.mapRanges()).boxed().toList());
        getElement().setProperty("weightScale", weightScale);
        getElement().setProperty("description", description);
    }

    /** Each drawn neuron's activation for the chosen row, and where the row lies on the plane (raw units). */
    void showRow(float[] activations, String rowLabel, double[] position) {
        this.activations = activations;
        getElement().setProperty("activations", activations == null ? "" : Bytes.base64(activations));
        getElement().setProperty("rowLabel", rowLabel);
        getElement().setPropertyList("rowPosition", position == null ? List.of() : List.of(position[0], position[1]));
    }

    /** A line under the drawing: e.g. that a large network is drawn only at the start and the end of a run. */
    void setNote(String note) {
        getElement().setProperty("note", note);
    }

    public PictureScene scene() {
        return scene;
    }

    /** The numbers last sent, or null before any. */
    public PictureFrame frame() {
        return frame;
    }

    /** The activations last sent for the chosen row, or null. */
    public float[] activations() {
        return activations;
    }

    public double weightScale() {
        return weightScale;
    }

    /** The text alternative (the element's aria-label). */
    public String description() {
        return getElement().getProperty("description", "");
    }

    /**
     * The layout as the element reads it: columns (title, size, drawn neurons, labels), the candidate lines as
     * (layer, from, to) triples, and the plane the neuron maps span.
     */
    record LayoutMessage(List<DiagramLayout.Column> columns, int[] lines, int totalWeights, boolean bias, String shape,
                         List<String> notes, int mapSize, boolean twoDimensional, double[] plane) {
        static LayoutMessage of(PictureScene scene) {
            DiagramLayout layout = scene.layout();
            int[] lines = new int[3 * layout.candidateLines()];
            for (int i = 0; i < layout.candidateLines(); i++) {
                lines[3 * i] = layout.lineLayer()[i];
                lines[3 * i + 1] = layout.lineFrom()[i];
                lines[3 * i + 2] = layout.lineTo()[i];
            }
            InputPlane p = scene.plane();
            double[] plane = p.twoDimensional() ? new double[] {p.x().min(), p.x().max(), p.y().min(), p.y().max()}
                    : new double[] {p.x().min(), p.x().max()};
            return new LayoutMessage(layout.columns(), lines, layout.totalWeights(), layout.bias(), layout.shape(),
                    layout.notes(), scene.neuronMapSize(), p.twoDimensional(), plane);
        }
    }
}
