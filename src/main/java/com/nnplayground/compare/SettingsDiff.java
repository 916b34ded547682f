package com.nnplayground.compare;

import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Init;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.OptimizerKind;
import com.nnplayground.experiment.Experiment;
import com.nnplayground.experiment.NetworkSettings;
import com.nnplayground.experiment.TrainingSettings;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What differs between two experiments, one short phrase a setting, as a legend says it: a number as
 * "learning rate 1 → 0.1", a choice as its new value ("tanh", "Adam"), one hidden layer as its size ("8 neurons").
 */
public final class SettingsDiff {

    private SettingsDiff() {
    }

    /** The settings of {@code after} that differ from {@code before}'s, in the order of the form; empty if none. */
    public static List<String> between(Experiment before, Experiment after) {
        List<String> changes = new ArrayList<>();
        if (!before.dataset().equals(after.dataset())) {
            changes.add(String.format("other data (%,d rows)", after.dataset().size()));
        }
        if (before.preparation().scaling() != after.preparation().scaling()) {
            changes.add("scaling " + after.preparation().scaling().label());
        }
        if (before.preparation().testShare() != after.preparation().testShare()) {
            changes.add("test share " + percent(before.preparation().testShare()) + " → "
                    + percent(after.preparation().testShare()));
        }
        network(before.network(), after.network(), changes);
        training(before.training(), after.training(), changes);
        return changes;
    }

    private static void network(NetworkSettings a, NetworkSettings b, List<String> changes) {
        if (!a.hidden().equals(b.hidden())) {
            changes.add(a.hidden().size() == 1 && b.hidden().size() == 1
                    ? b.hidden().get(0) + (b.hidden().get(0) == 1 ? " neuron" : " neurons")
                    : "hidden layers " + layers(a.hidden()) + " → " + layers(b.hidden()));
        }
        if (a.activation() != b.activation()) {
            changes.add(name(b.activation()));
        }
        if (a.output() != b.output()) {
            changes.add(name(b.output()) + " output");
        }
        if (a.bias() != b.bias()) {
            changes.add(b.bias() ? "biases" : "no biases");
        }
        if (a.init() != b.init()) {
            changes.add(name(b.init()) + " initial weights");
        }
        if (a.seed() != b.seed()) {
            changes.add("seed " + a.seed() + " → " + b.seed());
        }
    }

    private static void training(TrainingSettings a, TrainingSettings b, List<String> changes) {
        if (a.loss() != b.loss()) {
            changes.add(name(b.loss()));
        }
        if (a.optimizer() != b.optimizer()) {
            changes.add(name(b.optimizer()));
        }
        if (a.learningRate() != b.learningRate()) {
            changes.add("learning rate " + number(a.learningRate()) + " → " + number(b.learningRate()));
        }
        if (a.iterations() != b.iterations()) {
            changes.add(String.format("%,d → %,d iterations", a.iterations(), b.iterations()));
        }
        if (a.batchSize() != b.batchSize()) {
            changes.add("batch " + batch(a.batchSize()) + " → " + batch(b.batchSize()));
        }
        if (a.l2() != b.l2()) {
            changes.add("L2 " + number(a.l2()) + " → " + number(b.l2()));
        }
    }

    /** The shortest decimal that reads back as the number: 1, 0.1, 0.0001. */
    static String number(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static String percent(double share) {
        return number(Math.round(share * 1000) / 10.0) + " %";
    }

    private static String batch(int size) {
        return size == 0 ? "all rows" : Integer.toString(size);
    }

    private static String layers(List<Integer> hidden) {
        return hidden.isEmpty() ? "none" : hidden.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String name(Activation activation) {
        return switch (activation) {
            case SIGMOID -> "sigmoid";
            case TANH -> "tanh";
            case RELU -> "ReLU";
            case LEAKY_RELU -> "leaky ReLU";
            case LINEAR -> "linear";
            case SOFTMAX -> "softmax";
        };
    }

    private static String name(Loss loss) {
        return switch (loss) {
            case SSE -> "sum of squares loss";
            case MSE -> "mean squared error";
            case BCE -> "binary cross-entropy";
            case CROSS_ENTROPY -> "cross-entropy";
        };
    }

    private static String name(OptimizerKind optimizer) {
        return switch (optimizer) {
            case SGD -> "gradient descent";
            case MOMENTUM -> "momentum";
            case ADAM -> "Adam";
        };
    }

    private static String name(Init init) {
        return switch (init) {
            case UNIFORM -> "uniform [0, 1)";
            case XAVIER -> "Xavier";
            case HE -> "He";
        };
    }
}
