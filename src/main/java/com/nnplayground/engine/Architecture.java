package com.nnplayground.engine;

import java.util.Arrays;
import java.util.Objects;

/**
 * The shape of a network: {@code inputs}, the sizes of the hidden layers (possibly none), {@code outputs},
 * one activation for all hidden layers, one for the output layer, and whether layers add biases.
 */
public record Architecture(int inputs, int[] hidden, int outputs, Activation hiddenActivation,
                           Activation outputActivation, boolean bias) {

    /**
     * @throws IllegalArgumentException in plain words when a size is below 1, an activation is missing or
     *                                  softmax is asked for on a hidden layer
     */
    public Architecture {
        if (inputs < 1) {
            throw new IllegalArgumentException("The network needs at least 1 input, not " + inputs);
        }
        if (outputs < 1) {
            throw new IllegalArgumentException("The network needs at least 1 output, not " + outputs);
        }
        Objects.requireNonNull(hidden, "hidden layer sizes (use an empty array for none)");
        hidden = hidden.clone();
        for (int i = 0; i < hidden.length; i++) {
            if (hidden[i] < 1) {
                throw new IllegalArgumentException(
                        "Hidden layer " + (i + 1) + " needs at least 1 neuron, not " + hidden[i]);
            }
        }
        Objects.requireNonNull(hiddenActivation, "hidden activation");
        Objects.requireNonNull(outputActivation, "output activation");
        if (hiddenActivation == Activation.SOFTMAX) {
            throw new IllegalArgumentException(
                    "softmax can only be the output activation; choose another hidden activation");
        }
        int fanIn = inputs;
        for (int i = 0; i <= hidden.length; i++) {
            int fanOut = i < hidden.length ? hidden[i] : outputs;
            // weights are one flat array per layer, so fanIn x fanOut must fit in a Java array
            if ((long) fanIn * fanOut > MAX_WEIGHTS_PER_LAYER) {
                throw new IllegalArgumentException("Layer " + (i + 1) + " would have " + (long) fanIn * fanOut
                        + " weights (" + fanIn + " x " + fanOut + "), more than the " + MAX_WEIGHTS_PER_LAYER
                        + " one layer can hold");
            }
            fanIn = fanOut;
        }
    }

    /** The most weights one layer may have: the longest flat array the engine allocates. */
    public static final int MAX_WEIGHTS_PER_LAYER = Integer.MAX_VALUE - 8;

    /** The seed article's network: 3 inputs, 4 sigmoid hidden neurons, 1 sigmoid output, no biases. */
    public static Architecture seedNetwork() {
        return new Architecture(3, new int[] {4}, 1, Activation.SIGMOID, Activation.SIGMOID, false);
    }

    /** A copy of the hidden layer sizes. */
    @Override
    public int[] hidden() {
        return hidden.clone();
    }

    /** {@code {inputs, hidden..., outputs}}. */
    public int[] layerSizes() {
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = inputs;
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = outputs;
        return sizes;
    }

    /** The number of weight matrices: {@code hidden.length + 1}. */
    public int layerCount() {
        return hidden.length + 1;
    }

    /** The activation of weight layer {@code l} (0-based): hidden ones, then the output one. */
    public Activation activation(int layer) {
        return layer == hidden.length ? outputActivation : hiddenActivation;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Architecture that
                && inputs == that.inputs && outputs == that.outputs && bias == that.bias
                && Arrays.equals(hidden, that.hidden)
                && hiddenActivation == that.hiddenActivation && outputActivation == that.outputActivation;
    }

    @Override
    public int hashCode() {
        return Objects.hash(inputs, Arrays.hashCode(hidden), outputs, hiddenActivation, outputActivation, bias);
    }

    @Override
    public String toString() {
        return "Architecture" + Arrays.toString(layerSizes()) + " hidden " + hiddenActivation.id()
                + ", output " + outputActivation.id() + (bias ? ", with biases" : ", no biases");
    }
}
