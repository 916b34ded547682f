/**
 * The neural network itself, in plain Java: architectures, weights, the forward pass, backpropagation
 * and resumable training runs, with no dependency on Spring, Vaadin or any maths library.
 *
 * <p>Conventions: in the public API one row is one sample ({@code [row][column]}). Layer {@code l}'s weights are a
 * {@code [fanIn][fanOut]} matrix, stored flat inside the engine (index {@code i * fanOut + j}), so a layer computes
 * {@code z = a_prev · W + b} and {@code a = f(z)}. While training, the layers' z's, a's and deltas are held
 * neuron-major, one array per neuron indexed by sample ({@link com.nnplayground.engine.NeuronMajor}), so the inner
 * loops run over the samples; the output layer and the targets stay flat rows, as the losses read them.
 */
package com.nnplayground.engine;
