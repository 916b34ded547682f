package com.nnplayground.pictures;

import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Architecture;
import java.util.ArrayList;
import java.util.List;

/**
 * What the network's drawing shows: each layer a column of neurons, labelled, and a line for each weight between
 * two drawn neurons. A layer of more than {@value #MAX_NEURONS} neurons shows its first {@value #MAX_NEURONS}; of
 * the lines between drawn neurons, at most {@value #MAX_LINES} are drawn (the largest, see {@link PictureFrame}).
 * Both caps are said in {@link #notes()}.
 *
 * @param columns      the layers, input first
 * @param lineLayer    for each candidate line, its weight layer {@code l} (from column {@code l} to {@code l + 1})
 * @param lineFrom     its neuron in column {@code l}, as a position among the drawn ones
 * @param lineTo       its neuron in column {@code l + 1}, as a position among the drawn ones
 * @param totalWeights the network's weights, drawn or not
 * @param bias         whether the layers add biases
 * @param shape        the layer sizes, e.g. "2-8-1"
 * @param notes        what is left out of the drawing, in words (empty when nothing is)
 */
public record DiagramLayout(List<Column> columns, int[] lineLayer, int[] lineFrom, int[] lineTo, int totalWeights,
                            boolean bias, String shape, List<String> notes) {
    public static final int MAX_NEURONS = 16;
    public static final int MAX_LINES = 600;

    /**
     * @param name       "input", "hidden 1", "output"
     * @param activation the layer's activation, e.g. "tanh" (empty for the input)
     * @param size       the layer's neurons
     * @param shown      the neurons drawn (indices in the layer)
     * @param labels     a name per drawn neuron for the input and output columns; empty for hidden ones
     */
    public record Column(String name, String activation, int size, int[] shown, List<String> labels) {
    }

    public static DiagramLayout of(Architecture architecture, List<String> features, EncodedDataset data, String target) {
        int[] sizes = architecture.layerSizes();
        List<Column> columns = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int k = 0; k < sizes.length; k++) {
            int[] shown = new int[Math.min(sizes[k], MAX_NEURONS)];
            for (int i = 0; i < shown.length; i++) {
                shown[i] = i;
            }
            boolean input = k == 0;
            boolean output = k == sizes.length - 1;
            String name = input ? "input" : output ? "output" : "hidden " + k;
            List<String> all = input ? features : output ? outputNames(data, target) : List.of();
            List<String> labels = all.isEmpty() ? List.of() : all.subList(0, shown.length);
            String activation = input ? "" : activationName(architecture.activation(k - 1));
            columns.add(new Column(name, activation, sizes[k], shown, List.copyOf(labels)));
            if (shown.length < sizes[k]) {
                notes.add("Drawn: the first " + shown.length + " of the " + sizes[k] + " neurons of the " + name
                        + (input ? "s" : " layer") + ".");
            }
        }
        List<int[]> lines = new ArrayList<>();
        int totalWeights = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            totalWeights += sizes[l] * sizes[l + 1];
            for (int i = 0; i < columns.get(l).shown().length; i++) {
                for (int j = 0; j < columns.get(l + 1).shown().length; j++) {
                    lines.add(new int[] {l, i, j});
                }
            }
        }
        if (lines.size() > MAX_LINES) {
            notes.add("Lines: the " + MAX_LINES + " largest weights of the " + lines.size() + " drawn neurons' "
                    + "weights, chosen again at each update.");
        }
        StringBuilder shape = new StringBuilder();
        for (int k = 0; k < sizes.length; k++) {
            shape.append(k > 0 ? "-" : "").append(sizes[k]);
        }
        return new DiagramLayout(List.copyOf(columns), column(lines, 0), column(lines, 1), column(lines, 2),
                totalWeights, architecture.bias(), shape.toString(), List.copyOf(notes));
    }

    /** What each output means: the class it stands for, P(target = class 1) for one binary output, or the target. */
    public static List<String> outputNames(EncodedDataset data, String target) {
        return switch (data.kind()) {
            case REGRESSION -> List.of(target);
            case BINARY -> List.of("P(" + target + " = " + data.classes().get(1) + ")");
            case MULTICLASS -> data.classes();
        };
    }

    static String activationName(Activation activation) {
        return switch (activation) {
            case SIGMOID -> "sigmoid";
            case TANH -> "tanh";
            case RELU -> "ReLU";
            case LEAKY_RELU -> "leaky ReLU";
            case LINEAR -> "linear";
            case SOFTMAX -> "softmax";
        };
    }

    private static int[] column(List<int[]> rows, int c) {
        return rows.stream().mapToInt(r -> r[c]).toArray();
    }

    /** Lines between drawn neurons; the drawing shows at most {@link #MAX_LINES} of them. */
    public int candidateLines() {
        return lineLayer.length;
    }

    /** The neurons drawn in all columns together. */
    public int shownNeurons() {
        return columns.stream().mapToInt(c -> c.shown().length).sum();
    }
}
