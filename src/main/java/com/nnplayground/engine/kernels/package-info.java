/**
 * The fast path of training: the reference engine's sums ({@code com.nnplayground.engine.Backprop}) in the same
 * order, so the same numbers, on a layout and with loops the JIT turns into vector code, and large products (or a
 * large batch's blocks of samples) shared between the threads a {@link com.nnplayground.engine.kernels.KernelThreads}
 * allows.
 * {@link com.nnplayground.engine.kernels.KernelGradients} is what a {@code Training} runs on.
 *
 * <p>The layout is neuron-major ({@link com.nnplayground.engine.kernels.NeuronMajor}): a layer's z's, a's and deltas
 * are one array per neuron indexed by sample, so the inner loops run over the samples of a batch (150 to thousands)
 * instead of a layer's 3 to 16 neurons.
 */
package com.nnplayground.engine.kernels;
