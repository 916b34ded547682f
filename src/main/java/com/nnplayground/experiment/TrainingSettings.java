package com.nnplayground.experiment;

import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;
import java.util.List;

/**
 * The training part of an experiment.
 *
 * @param batchSize    0 for full batch (the seed), else the mini-batch size
 * @param learningRate the rate of the first iteration
 * @param l2           the L2 penalty of the first iteration
 * @param rateChanges  the rates changed during the run, iterations ascending (empty: the first ones throughout)
 */
public record TrainingSettings(Loss loss, OptimizerKind optimizer, double learningRate, int iterations,
                               int batchSize, double l2, List<RateChange> rateChanges) {

    public TrainingSettings {
        rateChanges = rateChanges == null ? List.of() : List.copyOf(rateChanges);
    }

    /** Settings whose rates stay as they start. */
    public TrainingSettings(Loss loss, OptimizerKind optimizer, double learningRate, int iterations, int batchSize,
                            double l2) {
        this(loss, optimizer, learningRate, iterations, batchSize, l2, List.of());
    }

    /** The seed's training: sum of squared errors, plain gradient steps of rate 1, 1500 full-batch iterations. */
    public static TrainingSettings seedArticle() {
        return new TrainingSettings(Loss.SSE, OptimizerKind.SGD, 1.0, 1500, 0, 0);
    }

    /** These settings with other rate changes. */
    public TrainingSettings withRateChanges(List<RateChange> changes) {
        return new TrainingSettings(loss, optimizer, learningRate, iterations, batchSize, l2, changes);
    }
}
