package com.nnplayground.results.ui;

import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.PixelGrid;
import com.nnplayground.dataset.TargetKind;
import com.nnplayground.engine.Network;
import com.nnplayground.experiment.PreparedExperiment;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * "Draw a digit": the pad ({@link DigitPad}), a Clear button, and the network asked about each drawing as the
 * dataset's own rows are asked: the drawing's grid put in the pixel columns, encoded with the data's scaling.
 */
public class DrawDigit extends Composite<VerticalLayout> {
    final DigitPad pad = new DigitPad();
    final Button clear = new Button("Clear", e -> pad.clear());

    public DrawDigit() {
        clear.setId("draw-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Span label = new Span("Draw a digit");
        label.getStyle().set("font-weight", "600");
        label.setId("draw-digit-label");
        pad.getElement().setAttribute("aria-labelledby", "draw-digit-label");
        VerticalLayout content = getContent();
        content.setPadding(false);
        content.setSpacing(false);
        content.getStyle().set("gap", "var(--lumo-space-xs)");
        content.add(label, pad, clear);
    }

    /**
     * Ready for this run's network.
     *
     * @param onDrawn told each drawing's grid and the network's outputs for it
     */
    void show(PreparedExperiment prepared, PixelGrid grid, Network network, BiConsumer<int[], double[]> onDrawn) {
        EncodedDataset data = prepared.data();
        double[][] last = {new double[0]};
        pad.show(grid, data.classes(), pixels -> {
            double[] output = network.predict(data.inputs().encode(cells(prepared, grid, pixels), 0));
            last[0] = output;
            return probabilities(data, output);
        }, pixels -> onDrawn.accept(pixels, last[0]));
    }

    /** The last grid drawn, row by row; empty when nothing is drawn. */
    int[] pixels() {
        return pad.pixels();
    }

    /** A grid of pixels as the cells of the data's input columns, in their order. */
    static List<String> cells(PreparedExperiment prepared, PixelGrid grid, int[] pixels) {
        Dataset dataset = prepared.experiment().dataset();
        List<String> cells = new ArrayList<>();
        for (String input : prepared.data().inputs().columns()) {
            int column = dataset.columnIndex(input);
            int p = 0;
            while (grid.columns()[p] != column) {
                p++;
            }
            cells.add(Integer.toString(pixels[p]));
        }
        return cells;
    }

    /** One probability per class: softmax's outputs, or for one sigmoid output the two classes' 1 - p and p. */
    private static double[] probabilities(EncodedDataset data, double[] output) {
        return data.kind() == TargetKind.BINARY ? new double[] {1 - output[0], output[0]} : output;
    }
}
