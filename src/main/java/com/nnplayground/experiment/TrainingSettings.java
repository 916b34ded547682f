package com.nnplayground.experiment;

import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;

/**
 * The training part of an experiment.
 *
 * @param batchSize 0 for full batch (the seed), else the mini-batch size
 */
public record TrainingSettings(Loss loss, OptimizerKind optimizer, double learningRate, int iterations,
                               int batchSize, double l2) {

    /** The seed's training: sum of squared errors, plain gradient steps of rate 1, 1500 full-batch iterations. */
    public static TrainingSettings seedArticle() {
        return new TrainingSettings(Loss.SSE, OptimizerKind.SGD, 1.0, 1500, 0, 0);
    }
}
