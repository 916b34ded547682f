package com.nnplayground.experiment;

import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Init;
import java.util.List;

/**
 * The network part of an experiment.
 *
 * @param hidden     hidden layer sizes, input side first
 * @param activation the hidden layers' activation
 * @param output     the output layer's activation
 * @param bias       whether layers have biases (the seed: no)
 * @param init       how initial weights are drawn when {@code weights} is absent
 * @param seed       the seed for initial weights and mini-batch shuffling
 * @param weights    optional initial weights, [layer][fanIn][fanOut]
 * @param biases     optional initial biases, [layer][fanOut], only with bias on
 */
public record NetworkSettings(List<Integer> hidden, Activation activation, Activation output, boolean bias,
                              Init init, long seed, double[][][] weights, double[][] biases) {

    public NetworkSettings {
        hidden = List.copyOf(hidden);
    }

    /** The seed's network: one hidden layer of 4, sigmoid everywhere, no biases, uniform [0,1) weights. */
    public static NetworkSettings seedArticle() {
        return new NetworkSettings(List.of(4), Activation.SIGMOID, Activation.SIGMOID, false, Init.UNIFORM, 0,
                null, null);
    }

    public NetworkSettings withSeed(long newSeed) {
        return new NetworkSettings(hidden, activation, output, bias, init, newSeed, null, null);
    }
}
