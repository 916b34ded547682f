package com.nnplayground.engine;

import java.util.Optional;

/** Says, in plain words, when a loss does not fit a network's output layer. */
public final class Compatibility {

    private Compatibility() {
    }

    /** A plain-words explanation when {@code loss} does not fit the output of {@code architecture}, else empty. */
    public static Optional<String> problem(Architecture architecture, Loss loss) {
        Activation output = architecture.outputActivation();
        if (output == Activation.SOFTMAX && architecture.outputs() < 2) {
            return Optional.of("softmax needs at least 2 outputs (one per class); with 1 output use sigmoid with bce");
        }
        if (output == Activation.SOFTMAX && (loss == Loss.SSE || loss == Loss.MSE)) {
            return Optional.of("softmax outputs are probabilities over classes: use cross_entropy, not " + loss.id());
        }
        if (loss == Loss.CROSS_ENTROPY && output != Activation.SOFTMAX) {
            return Optional.of("cross_entropy compares class probabilities, so it needs a softmax output, not "
                    + output.id() + " (for one yes/no output use sigmoid with bce)");
        }
        if (loss == Loss.BCE && output != Activation.SIGMOID) {
            return Optional.of("bce needs outputs between 0 and 1, so it needs a sigmoid output, not "
                    + output.id() + (output == Activation.SOFTMAX ? " (for softmax use cross_entropy)" : ""));
        }
        return Optional.empty();
    }
}
