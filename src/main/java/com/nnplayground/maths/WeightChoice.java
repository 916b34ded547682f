package com.nnplayground.maths;

import com.nnplayground.engine.Architecture;

/**
 * One weight {@code W(layer)[from][to]}: weight layer {@code layer} (1-based, as in the equations: {@code W(1)} takes
 * the inputs), from neuron {@code from} of layer {@code layer - 1} to neuron {@code to} of layer {@code layer}, both
 * 0-based.
 */
public record WeightChoice(int layer, int from, int to) {

    /** The seed's first derivation starts at the output: the first weight into the first output. */
    public static WeightChoice firstOfLastLayer(Architecture architecture) {
        return new WeightChoice(architecture.layerCount(), 0, 0);
    }

    /** Whether this weight exists in a network of this shape. */
    public boolean fits(Architecture architecture) {
        int[] sizes = architecture.layerSizes();
        return layer >= 1 && layer < sizes.length && from >= 0 && from < sizes[layer - 1] && to >= 0
                && to < sizes[layer];
    }
}
