package com.nnplayground.training;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What one page may ask of the server, set in application.properties under {@code playground.limits}.
 *
 * @param maxIterations       iterations of one run
 * @param maxNeuronsPerLayer  neurons in one hidden layer
 * @param maxHiddenLayers     number of hidden layers
 * @param maxRows             rows of a dataset
 * @param maxRunSeconds       wall time of one run; it stops with the reason shown when reached
 * @param maxActiveRuns       runs training at once on the whole server
 */
@ConfigurationProperties("playground.limits")
public record PlaygroundLimits(int maxIterations, int maxNeuronsPerLayer, int maxHiddenLayers, int maxRows,
                               int maxRunSeconds, int maxActiveRuns) {

    public static PlaygroundLimits defaults() {
        return new PlaygroundLimits(10_000_000, 256, 8, 10_000, 600, 200);
    }
}
