/**
 * The neural network itself, in plain Java: architectures, weights, activations, losses, optimizers and resumable
 * training runs, with no dependency on Spring, Vaadin or any maths library.
 *
 * <p>The reference engine reads like the seed article, top to bottom: {@link com.nnplayground.engine.ForwardPass}
 * ({@code z = a · W + b}, {@code a = f(z)}), {@link com.nnplayground.engine.Backprop} (the deltas and
 * {@code dL/dW}), the update ({@code Optimizer}), over the row-major matrices of
 * {@link com.nnplayground.engine.Matrices}. A {@link com.nnplayground.engine.Training} run gets the same numbers
 * faster from {@link com.nnplayground.engine.kernels}, behind the {@link com.nnplayground.engine.Gradients} seam.
 *
 * <p>Conventions: one row is one sample ({@code [row][column]}). Layer {@code k}'s weights {@code W(k)} are a
 * {@code [fanIn][fanOut]} matrix, stored flat inside the engine (index {@code i * fanOut + j}), so a layer computes
 * {@code z(k) = a(k-1) · W(k) + b(k)}; neuron layers are numbered {@code 0..L}, 0 being the input.
 */
package com.nnplayground.engine;
