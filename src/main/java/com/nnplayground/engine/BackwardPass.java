package com.nnplayground.engine;

/**
 * What one forward and backward pass of the reference engine computed for some rows ({@link Network#backward}):
 * the {@link ForwardPass}, the loss, each layer's delta {@code delta(k) = dL/dz(k)} and the gradients
 * {@code dL/dW(k)} and {@code dL/db(k)} of the data loss (without L2), numbered like the forward pass:
 * {@code k = 1..L}, {@code W(k)} being the weights from layer {@code k-1} into layer {@code k}. The equations of
 * {@link Backprop}, with these numbers. Every accessor returns a copy.
 */
public final class BackwardPass {

    private final int[] sizes;
    private final ForwardPass forward;
    private final double loss;
    private final double[][] delta;
    private final double[][] gradW;
    private final double[][] gradB;

    BackwardPass(Architecture architecture, Backprop backprop, double loss) {
        this.sizes = architecture.layerSizes();
        this.forward = backprop.pass;
        this.loss = loss;
        this.delta = backprop.delta;
        this.gradW = backprop.gradW;
        this.gradB = backprop.gradB;
    }

    /** The z's and a's of every layer. */
    public ForwardPass forward() {
        return forward;
    }

    /** The data loss of the rows. */
    public double loss() {
        return loss;
    }

    /** {@code dL/dz(k)} of neuron layer {@code k}, {@code 1 <= k <= L}, as {@code [row][neuron]}. */
    public double[][] delta(int k) {
        requireLayer(k);
        return Matrices.unflatten(delta[k], forward.rows(), sizes[k]);
    }

    /** {@code dL/dW(k)}, {@code 1 <= k <= L}, as {@code [fanIn][fanOut]}, the shape of {@link Network#weights()}. */
    public double[][] gradW(int k) {
        requireLayer(k);
        return Matrices.unflatten(gradW[k - 1], sizes[k - 1], sizes[k]);
    }

    /** {@code dL/db(k)}, {@code 1 <= k <= L}, one value per neuron of layer k; null without biases. */
    public double[] gradB(int k) {
        requireLayer(k);
        return gradB == null ? null : gradB[k - 1].clone();
    }

    private void requireLayer(int k) {
        if (k < 1 || k >= sizes.length) {
            throw new IllegalArgumentException("layers are numbered 1.." + (sizes.length - 1) + ", not " + k);
        }
    }
}
