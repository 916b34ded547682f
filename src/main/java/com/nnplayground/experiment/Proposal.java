package com.nnplayground.experiment;

import com.nnplayground.dataset.EncodedDataset;
import com.nnplayground.dataset.Scaling;
import com.nnplayground.dataset.TargetKind;
import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.numbers.Numbers;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings that suit a loaded dataset, and what they change from the current ones: the output and loss
 * from the target (softmax + cross-entropy for several classes, sigmoid + binary cross-entropy for two,
 * linear + mean squared error for numbers, standardised so that a target in the thousands is learnt as easily
 * as one near 1), scaling when inputs lie far outside [0, 1], and a small tanh network trained by Adam at a rate
 * that suits it.
 *
 * @param targetScaling how a numeric target is scaled for training (none for classes)
 * @param changes       one phrase per setting that differs from the current ones, e.g. "loss: sse → cross_entropy"
 */
public record Proposal(NetworkSettings network, TrainingSettings training, Scaling scaling, Scaling targetScaling,
                       String why, List<String> changes) {
    /** Inputs beyond this magnitude make sigmoid and tanh neurons saturate from the first step. */
    static final double FAR_OUTSIDE_UNIT = 3;

    public static Proposal forData(EncodedDataset data, NetworkSettings network, TrainingSettings training,
                                   Scaling scaling, Scaling targetScaling) {
        Activation output;
        Loss loss;
        String target;
        switch (data.kind()) {
            case MULTICLASS -> {
                output = Activation.SOFTMAX;
                loss = Loss.CROSS_ENTROPY;
                target = data.classes().size() + " classes: softmax output with cross-entropy";
            }
            case BINARY -> {
                output = Activation.SIGMOID;
                loss = Loss.BCE;
                target = "2 classes: sigmoid output with binary cross-entropy";
            }
            default -> {
                output = Activation.LINEAR;
                loss = Loss.MSE;
                target = "numbers to predict: linear output with mean squared error on the standardised target"
                        + " (results in its own units)";
            }
        }
        double largest = largestInput(data);
        Scaling proposedScaling = largest > FAR_OUTSIDE_UNIT ? Scaling.STANDARDISE : scaling;
        NetworkSettings n = new NetworkSettings(List.of(8), Activation.TANH, output, true, Init.XAVIER,
                network.seed(), null, null);
        TrainingSettings t = new TrainingSettings(loss, OptimizerKind.ADAM, 0.01, 1000, 0, training.l2());
        Scaling proposedTarget = data.kind() == TargetKind.REGRESSION ? Scaling.STANDARDISE : Scaling.NONE;
        String why = "For " + target + "; 8 tanh neurons with biases, Adam at rate 0.01 for 1,000 iterations"
                + (proposedScaling != scaling ? "; inputs standardised (they reach " + Numbers.format(largest) + ")" : "") + ".";
        List<String> changes = changes(network, training, scaling, n, t, proposedScaling);
        change(changes, "target scaling", targetScaling.id(), proposedTarget.id());
        return new Proposal(n, t, proposedScaling, proposedTarget, why, changes);
    }

    private static double largestInput(EncodedDataset data) {
        double largest = 0;
        for (double[] row : data.x()) {
            for (double v : row) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        return largest;
    }

    private static List<String> changes(NetworkSettings n0, TrainingSettings t0, Scaling s0, NetworkSettings n,
                                        TrainingSettings t, Scaling s) {
        List<String> changes = new ArrayList<>();
        change(changes, "hidden layers", n0.hidden(), n.hidden());
        change(changes, "hidden activation", n0.activation().id(), n.activation().id());
        change(changes, "output", n0.output().id(), n.output().id());
        change(changes, "biases", n0.bias() ? "on" : "off", n.bias() ? "on" : "off");
        change(changes, "initial weights", n0.init().id(), n.init().id());
        change(changes, "loss", t0.loss().id(), t.loss().id());
        change(changes, "optimizer", t0.optimizer().id(), t.optimizer().id());
        change(changes, "learning rate", Numbers.setting(t0.learningRate()), Numbers.setting(t.learningRate()));
        change(changes, "iterations", t0.iterations(), t.iterations());
        change(changes, "batch size", t0.batchSize(), t.batchSize());
        change(changes, "scaling", s0.id(), s.id());
        return changes;
    }

    private static void change(List<String> changes, String name, Object from, Object to) {
        if (!from.equals(to)) {
            changes.add(name + ": " + from + " → " + to);
        }
    }
}
