package com.nnplayground.engine;

/**
 * What a {@link Training} needs of an engine: a batch's loss and its gradients. Two engines give the same numbers:
 * the reference ({@link Backprop}, the seed article's maths over row-major matrices) and the kernels
 * ({@link com.nnplayground.engine.kernels.KernelGradients}, the fast path a run uses). An instance belongs to one
 * run: it holds the run's training data in its own layout and every buffer, so a call allocates nothing.
 */
public interface Gradients {

    /**
     * The forward and backward pass over the batch of training rows {@code order[first], ...,
     * order[first + count - 1]} (rows {@code 0..count-1} when {@code order} is null), with these weights
     * ({@code [layer]}, flat {@code fanIn x fanOut}) and biases (null when the network has none). Returns the
     * batch's data loss and leaves {@code dL/dW} and {@code dL/db} in {@link #gradW()} and {@link #gradB()}.
     */
    double compute(double[][] weights, double[][] biases, int[] order, int first, int count);

    /** {@code dL/dW} of each weight layer at the last {@link #compute}, flat {@code fanIn x fanOut}: read only. */
    double[][] gradW();

    /** {@code dL/db} of each layer at the last {@link #compute}, or null without biases: read only. */
    double[][] gradB();
}
