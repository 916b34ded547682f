package com.nnplayground.experiment;

import com.nnplayground.dataset.Dataset;
import com.nnplayground.dataset.Preset;
import com.nnplayground.dataset.Scaling;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;
import java.util.List;

/**
 * Settings that suit a preset, so that picking one gives a run that learns it. The seed's XOR keeps the
 * seed's settings exactly. The classic datasets hold out a fifth of their rows for testing and scale their
 * inputs, whose units differ widely (a wine's proline is in the hundreds, its hue near 1).
 *
 * @param why one sentence on what was chosen and why, shown to the user
 */
public record Recommendation(NetworkSettings network, TrainingSettings training, Preparation preparation, String why) {
    static final double CLASSIC_TEST_SHARE = 0.2;

    public static Recommendation forPreset(Preset preset) {
        return switch (preset) {
            case XOR_SEED -> new Recommendation(NetworkSettings.seedArticle(), TrainingSettings.seedArticle(),
                    Preparation.NONE,
                    "The seed article's settings: 3-4-1, sigmoid, no biases, sum of squared errors, rate 1, 1,500 iterations.");
            case AND, OR, XOR -> classify(List.of(4), OptimizerKind.SGD, 1.0, 2000,
                    "Without the seed's constant input the network needs biases: 4 sigmoid neurons with biases, "
                            + "sigmoid output, binary cross-entropy.", Activation.SIGMOID);
            case CIRCLES, MOONS -> classify(List.of(8), OptimizerKind.ADAM, 0.03, 500,
                    "A curved boundary: 8 tanh neurons with biases, sigmoid output, binary cross-entropy, Adam.",
                    Activation.TANH);
            case SPIRALS -> classify(List.of(16, 16), OptimizerKind.ADAM, 0.003, 2000,
                    "Spirals need depth: two tanh layers of 16 with biases, binary cross-entropy, Adam at a small rate "
                            + "(at ten times it, a third of the starts bounce and never untangle).",
                    Activation.TANH);
            case CLUSTERS -> new Recommendation(
                    new NetworkSettings(List.of(8), Activation.TANH, Activation.SOFTMAX, true, Init.XAVIER, 0, null, null),
                    new TrainingSettings(Loss.CROSS_ENTROPY, OptimizerKind.ADAM, 0.05, 300, 0, 0), Preparation.NONE,
                    "Three classes: one softmax output per class with cross-entropy, 8 tanh neurons, Adam.");
            case SINE -> new Recommendation(
                    new NetworkSettings(List.of(16), Activation.TANH, Activation.LINEAR, true, Init.XAVIER, 0, null, null),
                    new TrainingSettings(Loss.MSE, OptimizerKind.ADAM, 0.01, 2000, 0, 0), Preparation.NONE,
                    "A number to predict (regression): linear output with mean squared error, 16 tanh neurons, Adam.");
            case IRIS -> classic(List.of(8), Activation.TANH, Activation.SOFTMAX, Loss.CROSS_ENTROPY, 0.01, 150, 0, 0,
                    Scaling.STANDARDISE, "Three species: inputs standardised, 8 tanh neurons, one softmax output per "
                            + "species with cross-entropy, Adam; a fifth of the flowers held out for testing.");
            case WINE -> classic(List.of(8), Activation.TANH, Activation.SOFTMAX, Loss.CROSS_ENTROPY, 0.01, 200, 0, 0.1,
                    Scaling.STANDARDISE, "Three cultivars from 13 measurements in very different units: inputs "
                            + "standardised, 8 tanh neurons, softmax with cross-entropy, Adam, L2 0.1 against learning "
                            + "the 142 training wines by heart; a fifth held out.");
            case BREAST_CANCER -> classic(List.of(8), Activation.TANH, Activation.SIGMOID, Loss.BCE, 0.003, 100, 0, 0,
                    Scaling.STANDARDISE, "Two diagnoses from 30 measurements: inputs standardised, 8 tanh neurons, "
                            + "one sigmoid output with binary cross-entropy, Adam, stopped after 100 steps (longer "
                            + "runs learn the training rows by heart); a fifth held out.");
            case DIABETES -> classic(List.of(), Activation.TANH, Activation.LINEAR, Loss.MSE, 2.0, 500, 0, 0,
                    Scaling.STANDARDISE, "A number in its own units (25-346): one linear neuron on the standardised "
                            + "inputs, which is linear regression, with mean squared error; Adam at rate 2 so the "
                            + "output can grow to the target's size. Hidden layers learn the 354 training patients by "
                            + "heart and do worse on the test rows. A fifth held out.");
            case DIGITS -> classic(List.of(32), Activation.RELU, Activation.SOFTMAX, Loss.CROSS_ENTROPY, 0.01, 100,
                    200, 0.0003, Scaling.MIN_MAX, "Ten digits from 64 pixels: inputs min-max scaled to [0, 1], 32 ReLU "
                            + "neurons, softmax with cross-entropy, Adam on batches of 200 rows, 100 epochs, L2 0.0003 "
                            + "(without it the test loss rises after about 50 epochs); a fifth held out.");
        };
    }

    /** The experiment these settings make of a preset's rows. */
    public Experiment experiment(Dataset data) {
        return new Experiment(data, network, training, preparation);
    }

    private static Recommendation classify(List<Integer> hidden, OptimizerKind optimizer, double learningRate,
                                           int iterations, String why, Activation activation) {
        return new Recommendation(
                new NetworkSettings(hidden, activation, Activation.SIGMOID, true, Init.XAVIER, 0, null, null),
                new TrainingSettings(Loss.BCE, optimizer, learningRate, iterations, 0, 0), Preparation.NONE, why);
    }

    private static Recommendation classic(List<Integer> hidden, Activation activation, Activation output, Loss loss,
                                          double learningRate, int iterations, int batchSize, double l2,
                                          Scaling scaling, String why) {
        return new Recommendation(new NetworkSettings(hidden, activation, output, true, Init.XAVIER, 0, null, null),
                new TrainingSettings(loss, OptimizerKind.ADAM, learningRate, iterations, batchSize, l2),
                new Preparation(scaling, CLASSIC_TEST_SHARE), why);
    }
}
