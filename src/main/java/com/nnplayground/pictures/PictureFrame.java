package com.nnplayground.pictures;

import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.ForwardPass;
import com.nnplayground.engine.Network;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The pictures of one network state: the drawing's numbers and what the network makes of the plane. One forward
 * pass over the output map's grid gives every layer's activations there: the output map is the last layer's, and
 * a neuron's own map averages its activations over blocks of that grid.
 *
 * <p>A byte holds a value on a scale from 0 (the low end) to 255 (the high end). A neuron map's scale is its
 * layer's ({@link #mapRanges}): an activation's own range when it has one (sigmoid and softmax 0 to 1, tanh −1 to
 * 1), else ± the largest |a| over the plane in that layer.
 *
 * @param weights    the value of each candidate line of the layout, in its order
 * @param drawn      which candidate lines are drawn, ascending, when there are more than the cap; null: all
 * @param biases     each drawn neuron's bias, columns 1..L in order; null without biases
 * @param inputMaps  the drawn inputs' maps, one after the other (they change only with the plane)
 * @param maps       the maps of the drawn neurons of columns 1..L, one after the other
 * @param mapRanges  per column, {low, high} of its maps' scale, flat
 * @param output     what the network makes of the plane (see {@link OutputPicture}); null, and no maps, for a
 *                   network too large to map ({@link PictureScene#mapped()})
 */
public record PictureFrame(float[] weights, int[] drawn, float[] biases, byte[] inputMaps, byte[] maps,
                           double[] mapRanges, OutputPicture output) {

    public static PictureFrame of(PictureScene scene, Network network) {
        DiagramLayout layout = scene.layout();
        float[] weights = weights(layout, network.weights());
        float[] biases = biases(layout, network.biases());
        if (!scene.mapped()) {
            return new PictureFrame(weights, drawn(weights), biases, new byte[0], new byte[0], new double[0], null);
        }
        Architecture architecture = network.architecture();
        double[][] grid = scene.plane().grid(scene.outputSize());
        ForwardPass pass = network.forward(grid);
        int columns = architecture.layerCount() + 1;
        double[] ranges = new double[2 * columns];
        byte[][] columnMaps = new byte[columns][];
        for (int k = 0; k < columns; k++) {
            double[][] a = k == 0 ? grid : pass.a(k);
            int[] shown = layout.columns().get(k).shown();
            double[] range = k == 0 ? symmetric(a, shown) : range(architecture.activation(k - 1), a, shown);
            ranges[2 * k] = range[0];
            ranges[2 * k + 1] = range[1];
            columnMaps[k] = maps(scene, a, shown, range);
        }
        byte[] maps = concat(Arrays.copyOfRange(columnMaps, 1, columns));
        return new PictureFrame(weights, drawn(weights), biases, columnMaps[0], maps, ranges,
                OutputPicture.of(scene, pass.output()));
    }

    /** Each drawn neuron's activation for one input row: columns 0..L in order (column 0 is the row itself). */
    public static float[] activations(PictureScene scene, Network network, double[] inputRow) {
        ForwardPass pass = network.forward(new double[][] {inputRow});
        float[] out = new float[scene.layout().shownNeurons()];
        int at = 0;
        for (int k = 0; k < scene.layout().columns().size(); k++) {
            double[] a = pass.a(k)[0];
            for (int neuron : scene.layout().columns().get(k).shown()) {
                out[at++] = (float) a[neuron];
            }
        }
        return out;
    }

    /** The largest |weight| of the drawn lines (0 when none). */
    public double maxAbsWeight() {
        double max = 0;
        for (int i = 0; i < weights.length; i++) {
            if (drawn == null || Arrays.binarySearch(drawn, i) >= 0) {
                max = Math.max(max, Math.abs(weights[i]));
            }
        }
        return max;
    }

    /** The number of lines drawn. */
    public int drawnLines() {
        return drawn == null ? weights.length : drawn.length;
    }

    private static float[] weights(DiagramLayout layout, double[][][] w) {
        float[] out = new float[layout.candidateLines()];
        for (int i = 0; i < out.length; i++) {
            int l = layout.lineLayer()[i];
            int from = layout.columns().get(l).shown()[layout.lineFrom()[i]];
            int to = layout.columns().get(l + 1).shown()[layout.lineTo()[i]];
            out[i] = (float) w[l][from][to];
        }
        return out;
    }

    /** Above the cap, the largest |w| are drawn: the lines that matter most to what the network computes. */
    private static int[] drawn(float[] weights) {
        if (weights.length <= DiagramLayout.MAX_LINES) {
            return null;
        }
        return IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> -Math.abs(weights[i])).thenComparingInt(i -> i))
                .limit(DiagramLayout.MAX_LINES).mapToInt(Integer::intValue).sorted().toArray();
    }

    private static float[] biases(DiagramLayout layout, double[][] b) {
        if (b == null) {
            return null;
        }
        int n = layout.shownNeurons() - layout.columns().get(0).shown().length;
        float[] out = new float[n];
        int at = 0;
        for (int k = 1; k < layout.columns().size(); k++) {
            for (int neuron : layout.columns().get(k).shown()) {
                out[at++] = (float) b[k - 1][neuron];
            }
        }
        return out;
    }

    private static double[] range(Activation activation, double[][] a, int[] shown) {
        return switch (activation) {
            case SIGMOID, SOFTMAX -> new double[] {0, 1};
            case TANH -> new double[] {-1, 1};
            case RELU, LEAKY_RELU, LINEAR -> symmetric(a, shown);
        };
    }

    private static double[] symmetric(double[][] a, int[] shown) {
        double max = 0;
        for (double[] row : a) {
            for (int neuron : shown) {
                max = Math.max(max, Math.abs(row[neuron]));
            }
        }
        return max > 0 && Double.isFinite(max) ? new double[] {-max, max} : new double[] {-1, 1};
    }

    private static byte[] maps(PictureScene scene, double[][] a, int[] shown, double[] range) {
        int bytes = scene.neuronMapBytes();
        byte[] out = new byte[shown.length * bytes];
        for (int i = 0; i < shown.length; i++) {
            pool(scene, a, shown[i], range, out, i * bytes);
        }
        return out;
    }

    /** One neuron's map: the mean of its activations over each block of the grid, on its layer's scale. */
    private static void pool(PictureScene scene, double[][] a, int neuron, double[] range, byte[] out, int at) {
        int n = scene.outputSize();
        int m = scene.neuronMapSize();
        if (!scene.plane().twoDimensional()) {
            int p = PictureScene.NEURON_POOL_1D;
            for (int b = 0; b < m; b++) {
                double sum = 0;
                for (int i = b * p; i < (b + 1) * p; i++) {
                    sum += a[i][neuron];
                }
                out[at + b] = Bytes.onScale(sum / p, range[0], range[1]);
            }
            return;
        }
        int p = PictureScene.NEURON_POOL_2D;
        for (int br = 0; br < m; br++) {
            for (int bc = 0; bc < m; bc++) {
                double sum = 0;
                for (int r = br * p; r < (br + 1) * p; r++) {
                    for (int c = bc * p; c < (bc + 1) * p; c++) {
                        sum += a[r * n + c][neuron];
                    }
                }
                out[at + br * m + bc] = Bytes.onScale(sum / (p * p), range[0], range[1]);
            }
        }
    }

    private static byte[] concat(byte[][] parts) {
        byte[] out = new byte[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }
}
