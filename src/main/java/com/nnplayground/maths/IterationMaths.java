package com.nnplayground.maths;

import com.nnplayground.engine.BackwardPass;
import com.nnplayground.engine.ForwardPass;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.Network;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.engine.TrainingConfig;

/**
 * The numbers of one iteration for one data row, as the reference engine computes them from the weights the
 * iteration starts with: the row's forward pass, its share of the loss, its deltas, the gradient of one chosen
 * weight (the row's term and the sum over the training rows) and that weight's update. Layers are numbered as in
 * {@link ForwardPass}: {@code a(0)} is the input, {@code z(k)}, {@code a(k)}, {@code delta(k)} for {@code k = 1..L}.
 *
 * @param row        the data row shown (0-based, among all rows)
 * @param trainIndex its index among the training rows, or -1 for a test row (which takes no part in the gradient)
 * @param a          {@code a[k]} the row's activations, {@code a[0]} its inputs
 * @param z          {@code z[k]} the row's pre-activations ({@code z[0]} is null)
 * @param y          the row's target
 * @param rowLoss    the row's term of the loss (for a mean loss, already divided by the training rows' count)
 * @param loss       the data loss over all training rows: the loss the chart shows for this iteration
 * @param trainRows  how many training rows the loss and gradient sum over
 * @param delta      {@code delta[k] = dL/dz(k)} of this row, as in the training rows' backward pass; null for a test row
 * @param weight     the weight whose gradient and update are shown
 * @param gradW      {@code dL/dW(weight.layer())} over all training rows, {@code [fanIn][fanOut]}
 * @param rowGradient the row's term of the chosen weight's gradient, {@code a(k-1)[from] * delta(k)[to]} (0 for a test row)
 * @param update     the chosen weight's update
 */
public record IterationMaths(int row, int trainIndex, double[][] a, double[][] z, double[] y, double rowLoss,
                             double loss, int trainRows, double[][] delta, WeightChoice weight, double[][] gradW,
                             double rowGradient, Update update) {

    /**
     * One weight's step: {@code newValue = oldValue - rate * (gradient + l2 * oldValue)} for gradient descent.
     *
     * @param exact whether {@code newValue} is what the run computes: plain gradient descent on the whole batch. With
     *              momentum or Adam the step also depends on earlier gradients, and mini-batches take several steps
     *              an iteration; then {@code newValue} is NaN.
     */
    public record Update(double oldValue, double gradient, double l2, double rate, OptimizerKind optimizer,
                         boolean exact, double newValue) {
    }

    /**
     * @param network the weights the iteration starts with
     * @param x       every data row's inputs
     * @param y       every data row's targets
     * @param test    which rows are test rows (not trained on)
     * @param row     the row to show, 0-based
     */
    public static IterationMaths of(Network network, double[][] x, double[][] y, boolean[] test, TrainingConfig config,
                                    int row, WeightChoice weight) {
        if (!weight.fits(network.architecture())) {
            throw new IllegalArgumentException("The network has no weight " + weight);
        }
        int trainRows = 0;
        int trainIndex = -1;
        for (int r = 0; r < x.length; r++) {
            if (r == row && !test[r]) {
                trainIndex = trainRows;
            }
            trainRows += test[r] ? 0 : 1;
        }
        double[][] trainX = new double[trainRows][];
        double[][] trainY = new double[trainRows][];
        for (int r = 0, t = 0; r < x.length; r++) {
            if (!test[r]) {
                trainX[t] = x[r];
                trainY[t++] = y[r];
            }
        }
        Loss lossFunction = config.loss();
        BackwardPass backward = network.backward(trainX, trainY, lossFunction);
        int layers = network.architecture().layerCount();
        ForwardPass forward = trainIndex >= 0 ? backward.forward() : network.forward(new double[][] {x[row]});
        int at = Math.max(trainIndex, 0);
        double[][] a = new double[layers + 1][];
        double[][] z = new double[layers + 1][];
        double[][] delta = trainIndex >= 0 ? new double[layers + 1][] : null;
        for (int k = 0; k <= layers; k++) {
            a[k] = forward.a(k)[at];
            if (k >= 1) {
                z[k] = forward.z(k)[at];
                if (delta != null) {
                    delta[k] = backward.delta(k)[at];
                }
            }
        }
        double[] output = a[layers];
        double rowLoss = lossFunction.value(y[row], output, 1, output.length)
                * (lossFunction == Loss.SSE ? 1.0 : 1.0 / trainRows);
        double[][] gradW = backward.gradW(weight.layer());
        double rowGradient = delta == null ? 0 : a[weight.layer() - 1][weight.from()] * delta[weight.layer()][weight.to()];
        double old = network.weights()[weight.layer() - 1][weight.from()][weight.to()];
        double gradient = gradW[weight.from()][weight.to()];
        boolean exact = config.optimizer() == OptimizerKind.SGD
                && (config.batchSize() == 0 || config.batchSize() >= trainRows);
        double newValue = exact ? old - config.learningRate() * (gradient + config.l2() * old) : Double.NaN;
        Update update = new Update(old, gradient, config.l2(), config.learningRate(), config.optimizer(), exact, newValue);
        return new IterationMaths(row, trainIndex, a, z, y[row].clone(), rowLoss, backward.loss(), trainRows, delta,
                weight, gradW, rowGradient, update);
    }

    /** The number of weight layers L. */
    public int layerCount() {
        return a.length - 1;
    }

    public boolean isTestRow() {
        return trainIndex < 0;
    }
}
