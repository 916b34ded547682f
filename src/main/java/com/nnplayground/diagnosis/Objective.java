package com.nnplayground.diagnosis;

import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.Network;

/**
 * What a run minimises, as far as the notes need it: whether its loss is convex in the weights, and the L2 penalty
 * on them now (a teacher may have changed it during the run).
 */
public record Objective(boolean convex, double l2) {

    /** A loss of no known shape, without a penalty: every note may apply. */
    public static final Objective ANY = new Objective(false, 0);

    /** The objective of a network trained with this loss and L2 penalty. */
    public static Objective of(Architecture architecture, Loss loss, double l2) {
        return new Objective(convex(architecture, loss), l2);
    }

    /**
     * Whether the loss of a network is convex in its weights: no hidden layer, and a loss that matches its output
     * (linear with squared errors: least squares; sigmoid with binary cross-entropy: logistic regression; softmax with
     * cross-entropy). The diabetes preset's one linear neuron is least squares, whose loss levels off at its minimum
     * (R² 0.5 there), which "try a higher rate or more neurons" would have called a plateau on two of five starts.
     */
    public static boolean convex(Architecture architecture, Loss loss) {
        if (architecture.hidden().length > 0) {
            return false;
        }
        Activation output = architecture.activation(0);
        return output == Activation.LINEAR && (loss == Loss.MSE || loss == Loss.SSE)
                || output == Activation.SIGMOID && loss == Loss.BCE
                || output == Activation.SOFTMAX && loss == Loss.CROSS_ENTROPY;
    }

    /**
     * The penalty the training adds to the loss for these weights, {@code l2/2} times the sum of their squares (the
     * biases are not penalised; {@code TrainingConfig}).
     */
    public double penalty(Network network) {
        double squares = 0;
        for (double[][] layer : network.weights()) {
            for (double[] row : layer) {
                for (double w : row) {
                    squares += w * w;
                }
            }
        }
        return l2 / 2 * squares;
    }
}
