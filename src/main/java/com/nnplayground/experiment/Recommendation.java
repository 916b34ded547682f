package com.nnplayground.experiment;

import com.nnplayground.dataset.Preset;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;
import java.util.List;

/**
 * Settings that suit a preset, so that picking one gives a run that learns it. The seed's XOR keeps the
 * seed's settings exactly.
 *
 * @param why one sentence on what was chosen and why, shown to the user
 */
public record Recommendation(NetworkSettings network, TrainingSettings training, String why) {

    public static Recommendation forPreset(Preset preset) {
        return switch (preset) {
            case XOR_SEED -> new Recommendation(NetworkSettings.seedArticle(), TrainingSettings.seedArticle(),
                    "The seed article's settings: 3-4-1, sigmoid, no biases, sum of squared errors, rate 1, 1,500 iterations.");
            case AND, OR, XOR -> classify(List.of(4), OptimizerKind.SGD, 1.0, 2000,
                    "Without the seed's constant input the network needs biases: 4 sigmoid neurons with biases, "
                            + "sigmoid output, binary cross-entropy.", Activation.SIGMOID);
            case CIRCLES, MOONS -> classify(List.of(8), OptimizerKind.ADAM, 0.03, 500,
                    "A curved boundary: 8 tanh neurons with biases, sigmoid output, binary cross-entropy, Adam.",
                    Activation.TANH);
            case SPIRALS -> classify(List.of(16, 16), OptimizerKind.ADAM, 0.03, 2000,
                    "Spirals need depth: two tanh layers of 16 with biases, binary cross-entropy, Adam.",
                    Activation.TANH);
            case CLUSTERS -> new Recommendation(
                    new NetworkSettings(List.of(8), Activation.TANH, Activation.SOFTMAX, true, Init.XAVIER, 0, null, null),
                    new TrainingSettings(Loss.CROSS_ENTROPY, OptimizerKind.ADAM, 0.05, 300, 0, 0),
                    "Three classes: one softmax output per class with cross-entropy, 8 tanh neurons, Adam.");
            case SINE -> new Recommendation(
                    new NetworkSettings(List.of(16), Activation.TANH, Activation.LINEAR, true, Init.XAVIER, 0, null, null),
                    new TrainingSettings(Loss.MSE, OptimizerKind.ADAM, 0.02, 2000, 0, 0),
                    "A number to predict (regression): linear output with mean squared error, 16 tanh neurons, Adam.");
        };
    }

    private static Recommendation classify(List<Integer> hidden, OptimizerKind optimizer, double learningRate,
                                           int iterations, String why, Activation activation) {
        return new Recommendation(
                new NetworkSettings(hidden, activation, Activation.SIGMOID, true, Init.XAVIER, 0, null, null),
                new TrainingSettings(Loss.BCE, optimizer, learningRate, iterations, 0, 0), why);
    }
}
