package com.nnplayground.maths;

import com.nnplayground.engine.BackwardPass;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * Backprop's gradient next to the central finite difference {@code (L(w + h) - L(w - h)) / 2h}, for a few weights:
 * the chain rule checked on the current network and data. The gradient is that of the data loss over the training
 * rows (L2 is a separate, simple term). For each weight layer the weights with the largest gradients are checked: a
 * gradient near 0 is all rounding noise in a finite difference, and says nothing about the chain rule.
 */
public final class GradientCheck {

    /** The step h: small enough for the difference's h^2 error, large enough for rounding in L. */
    public static final double H = 1e-5;
    /** Relative errors below this say the two agree. */
    public static final double AGREES = 1e-6;

    /**
     * @param backprop       the gradient backprop computed
     * @param finiteDifference the central finite difference
     * @param relativeError  {@code |backprop - fd| / max(|backprop|, |fd|)}; 0 when both are 0
     */
    public record Entry(WeightChoice weight, double backprop, double finiteDifference, double relativeError) {
        public boolean agrees() {
            return relativeError < AGREES;
        }
    }

    private GradientCheck() {
    }

    /** Checks up to {@code perLayer} weights of each layer of {@code network} on these training rows. */
    public static List<Entry> of(Network network, double[][] x, double[][] y, Loss loss, int perLayer) {
        BackwardPass backward = network.backward(x, y, loss);
        double[][][] weights = network.weights();
        List<Entry> entries = new ArrayList<>();
        for (int k = 1; k <= weights.length; k++) {
            double[][] gradW = backward.gradW(k);
            for (WeightChoice weight : largest(gradW, k, perLayer)) {
                double g = gradW[weight.from()][weight.to()];
                double fd = (lossWith(network, weights, weight, H, x, y, loss)
                        - lossWith(network, weights, weight, -H, x, y, loss)) / (2 * H);
                double size = Math.max(Math.abs(g), Math.abs(fd));
                entries.add(new Entry(weight, g, fd, size == 0 ? 0 : Math.abs(g - fd) / size));
            }
        }
        return entries;
    }

    private static List<WeightChoice> largest(double[][] gradW, int layer, int count) {
        List<WeightChoice> all = new ArrayList<>();
        for (int i = 0; i < gradW.length; i++) {
            for (int j = 0; j < gradW[i].length; j++) {
                all.add(new WeightChoice(layer, i, j));
            }
        }
        all.sort((p, q) -> Double.compare(Math.abs(gradW[q.from()][q.to()]), Math.abs(gradW[p.from()][p.to()])));
        return all.subList(0, Math.min(count, all.size()));
    }

    private static double lossWith(Network network, double[][][] weights, WeightChoice w, double step, double[][] x,
                                   double[][] y, Loss loss) {
        double original = weights[w.layer() - 1][w.from()][w.to()];
        weights[w.layer() - 1][w.from()][w.to()] = original + step;
        Network moved = Network.of(network.architecture(), weights, network.biases());
        weights[w.layer() - 1][w.from()][w.to()] = original;
        return loss.value(flat(y), flat(moved.predict(x)), x.length, y[0].length);
    }

    private static double[] flat(double[][] rows) {
        int columns = rows[0].length;
        double[] out = new double[rows.length * columns];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, out, r * columns, columns);
        }
        return out;
    }
}
