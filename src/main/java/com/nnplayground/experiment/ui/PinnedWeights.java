package com.nnplayground.experiment.ui;

import com.nnplayground.engine.Init;
import com.nnplayground.experiment.NetworkSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * An experiment file's own initial weights ({@code network.weights}, {@code network.biases}), with the seed and the
 * initialisation the file named beside them: the page trains from them, as {@code train} does, while they fit.
 *
 * @param weights [layer][fanIn][fanOut]
 * @param biases  [layer][fanOut], or null without biases
 */
public record PinnedWeights(double[][][] weights, double[][] biases, long seed, Init init) {

    /** The file's weights, or null when it has none. */
    static PinnedWeights of(NetworkSettings n) {
        return n.weights() == null ? null : new PinnedWeights(n.weights(), n.biases(), n.seed(), n.init());
    }

    /** Whether they are the weights of a network of these layer sizes, with or without biases. */
    boolean fits(int inputs, List<Integer> hidden, int outputs, boolean bias) {
        if (hidden == null || hidden.contains(null) || (biases != null) != bias) {
            return false;
        }
        List<Integer> sizes = new ArrayList<>();
        sizes.add(inputs);
        sizes.addAll(hidden);
        sizes.add(outputs);
        if (weights.length != sizes.size() - 1) {
            return false;
        }
        for (int l = 0; l < weights.length; l++) {
            if (weights[l].length != sizes.get(l)) {
                return false;
            }
            for (double[] row : weights[l]) {
                if (row.length != sizes.get(l + 1)) {
                    return false;
                }
            }
            if (biases != null && (l >= biases.length || biases[l].length != sizes.get(l + 1))) {
                return false;
            }
        }
        return true;
    }

    /** The matrices' shapes, e.g. "3×4, 4×1". */
    String shape() {
        List<String> shapes = new ArrayList<>();
        for (double[][] w : weights) {
            shapes.add(w.length + "×" + (w.length == 0 ? 0 : w[0].length));
        }
        return String.join(", ", shapes);
    }
}
