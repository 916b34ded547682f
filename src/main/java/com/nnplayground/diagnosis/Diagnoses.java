package com.nnplayground.diagnosis;

import com.nnplayground.engine.Activation;
import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.Loss;
import com.nnplayground.engine.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every note that applies to a run now, divergence first. */
public final class Diagnoses {

    private Diagnoses() {
    }

    /**
     * @param history    the losses so far
     * @param network    the weights now, or null when the page does not have them (the unit checks are left out)
     * @param x          the training rows' inputs, for the unit checks
     * @param divergence the run's own words when it diverged ({@code TrainingOutcome.message()}, which says what to
     *                   do), else null
     */
    public static List<Diagnosis> of(LossHistory history, Network network, double[][] x, String divergence) {
        return of(history, network, x, divergence, false);
    }

    /**
     * As above, for a run whose loss is {@code convex} in its weights ({@link #convex}): there a loss that stops
     * falling has reached the bottom, not a flat stretch to be pushed through, so no plateau is said.
     */
    public static List<Diagnosis> of(LossHistory history, Network network, double[][] x, String divergence,
                                     boolean convex) {
        List<Diagnosis> notes = new ArrayList<>();
        if (divergence != null) {
            notes.add(new Diagnosis(Diagnosis.Kind.DIVERGED, divergence, ""));
        }
        Optional<Diagnosis> units = network == null ? Optional.empty()
                : UnitHealth.saturated(network, x).or(() -> UnitHealth.deadRelus(network, x));
        units.ifPresent(notes::add);
        Optional<Diagnosis> bouncing = LossTrends.rateTooHigh(history);
        bouncing.ifPresent(notes::add);
        // a loss that bounces without getting lower is the rate, not a flat slope: no plateau's "try a higher rate"
        if (bouncing.isEmpty() && !convex) {
            LossTrends.plateau(history).map(p -> units.map(u -> causedBy(p, u)).orElse(p)).ifPresent(notes::add);
        }
        LossTrends.overfitting(history).ifPresent(notes::add);
        return notes;
    }

    /**
     * Whether the loss of a network is convex in its weights: no hidden layer, and a loss that matches its output
     * (linear with squared errors: least squares; sigmoid with binary cross-entropy: logistic regression; softmax with
     * cross-entropy). The diabetes preset's one linear neuron is least squares, whose loss levels off at its minimum
     * (R² 0.5 there), which "try a higher rate or more neurons" would have called a plateau on two of five starts.
     */
    public static boolean convex(Architecture architecture, Loss loss) {
        if (architecture.hidden().length > 0) {
            return false;
        }
        Activation output = architecture.activation(0);
        return output == Activation.LINEAR && (loss == Loss.MSE || loss == Loss.SSE)
                || output == Activation.SIGMOID && loss == Loss.BCE
                || output == Activation.SOFTMAX && loss == Loss.CROSS_ENTROPY;
    }

    /**
     * A plateau the unit note explains: it points there, instead of at a higher rate (which pushes saturated units
     * further out and kills more ReLUs).
     */
    private static Diagnosis causedBy(Diagnosis plateau, Diagnosis units) {
        String which = units.kind() == Diagnosis.Kind.SATURATED ? "saturated units" : "dead ReLUs";
        return new Diagnosis(plateau.kind(), plateau.finding(), "The " + which + " above are the likely reason (they"
                + " pass little or no gradient back): try what is suggested there, not a higher rate.");
    }
}
