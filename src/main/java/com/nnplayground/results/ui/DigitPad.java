package com.nnplayground.results.ui;

import com.nnplayground.dataset.DigitDrawing;
import com.nnplayground.dataset.PixelGrid;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Java side of {@code <digit-pad>} ("draw a digit", {@code src/main/frontend/digit-pad.ts}): the element sends
 * the strokes as they are drawn; this reduces them to the dataset's grid ({@link DigitDrawing}), asks the network
 * and sends back the grid and the probabilities as element properties, which a re-attached element gets again.
 * The last ones sent stay readable here for tests.
 */
@Tag("digit-pad")
@JsModule("./digit-pad.ts")
public class DigitPad extends Component {
    private PixelGrid grid;
    private Function<int[], double[]> network = pixels -> new double[0];
    private Consumer<int[]> onDrawn = pixels -> { };
    private int[] pixels = new int[0];
    private double[] probabilities = new double[0];

    public DigitPad() {
        setId("draw-digit");
    }

    /**
     * Ready for a trained network.
     *
     * @param network the probability of each class (in the order of {@code labels}) for a grid of pixels
     * @param onDrawn told each grid made of a drawing
     */
    public void show(PixelGrid pixelGrid, List<String> labels, Function<int[], double[]> network,
                     Consumer<int[]> onDrawn) {
        this.grid = pixelGrid;
        this.network = network;
        this.onDrawn = onDrawn;
        getElement().setProperty("columns", pixelGrid.width());
        getElement().setProperty("rows", pixelGrid.height());
        getElement().setPropertyList("labels", labels);
        clear();
    }

    /** Forgets the drawing, its grid and its probabilities. */
    public void clear() {
        getElement().callJsFunction("clear");
        send(new int[0], new double[0], "");
    }

    /** The strokes drawn so far, each as x0, y0, x1, y1, ... in the pad's 0-1 units; sent by the element. */
    @ClientCallable
    void drawn(double[][] strokes) {
        if (grid == null) {
            return;
        }
        int[] reduced;
        try {
            reduced = DigitDrawing.reduce(grid, strokes);
        } catch (IllegalArgumentException e) {
            send(pixels, probabilities, e.getMessage() + ": press Clear and draw again.");
            return;
        }
        if (strokes.length == 0) {
            send(new int[0], new double[0], "");
            return;
        }
        send(reduced, network.apply(reduced), "");
        onDrawn.accept(reduced);
    }

    private void send(int[] grid, double[] classes, String problem) {
        pixels = grid;
        probabilities = classes;
        getElement().setPropertyList("pixels", Arrays.stream(grid).boxed().toList());
        getElement().setPropertyList("probabilities", Arrays.stream(classes).boxed().toList());
        getElement().setProperty("problem", problem);
    }

    /** The grid last sent, row by row; empty before a drawing. */
    public int[] pixels() {
        return pixels.clone();
    }

    /** The probabilities last sent; empty before a drawing. */
    public double[] probabilities() {
        return probabilities.clone();
    }

    public String problem() {
        return getElement().getProperty("problem", "");
    }
}
