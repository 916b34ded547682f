package com.nnplayground.engine;

import java.util.Objects;

/**
 * How to train: the loss, the optimizer and its learning rate, how many iterations (passes over the data),
 * the mini-batch size (0 = the whole data set in one batch), the L2 penalty and the seed of the mini-batch
 * shuffling.
 *
 * <p>L2 adds {@code l2 * w} to each weight's gradient (biases are not penalised), i.e. it minimises
 * {@code loss + l2/2 * sum w^2}; the loss reported while training is the data loss alone, so curves with
 * and without L2 stay comparable.
 */
public record TrainingConfig(Loss loss, OptimizerKind optimizer, double learningRate, int iterations,
                             int batchSize, double l2, long seed) {

    /** @throws IllegalArgumentException in plain words when a setting is out of range */
    public TrainingConfig {
        Objects.requireNonNull(loss, "loss");
        Objects.requireNonNull(optimizer, "optimizer");
        requireRates(learningRate, l2);
        if (iterations < 1) {
            throw new IllegalArgumentException("Training needs at least 1 iteration, not " + iterations);
        }
        if (batchSize < 0) {
            throw new IllegalArgumentException("The batch size must be 0 (all rows) or more, not " + batchSize);
        }
    }

    /** @throws IllegalArgumentException in plain words when the rate is not positive or L2 is negative */
    static void requireRates(double learningRate, double l2) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("The learning rate must be a positive number, not " + learningRate);
        }
        if (!(l2 >= 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("L2 must be 0 or a positive number, not " + l2);
        }
    }

    /**
     * The seed article's settings: SSE, plain SGD with learning rate 1, 1500 full-batch iterations, no L2,
     * shuffling seed 0. (Not called {@code seed()}: that is the accessor of the {@code seed} component.)
     */
    public static TrainingConfig seedSettings() {
        return new TrainingConfig(Loss.SSE, OptimizerKind.SGD, 1.0, 1500, 0, 0.0, 0L);
    }
}
