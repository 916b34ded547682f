/**
 * The neural network itself, in plain Java: architectures, weights, the forward pass, backpropagation
 * and resumable training runs, with no dependency on Spring, Vaadin or any maths library.
 *
 * <p>Conventions, used throughout: matrices are flat row-major {@code double[]}; one row is one sample.
 * Layer {@code l}'s weights are a {@code [fanIn][fanOut]} matrix stored flat (index {@code i * fanOut + j}),
 * so a layer computes {@code z = a_prev · W + b} and {@code a = f(z)}.
 */
package com.nnplayground.engine;
