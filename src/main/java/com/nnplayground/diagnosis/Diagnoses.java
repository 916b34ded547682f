package com.nnplayground.diagnosis;

import com.nnplayground.engine.Network;
import com.nnplayground.numbers.Numbers;
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
        return of(history, network, x, divergence, Objective.ANY);
    }

    /**
     * As above, for a run that minimises this {@code objective}. A convex loss that stops falling has reached the
     * bottom, not a flat stretch to be pushed through: no plateau. Nor is a loss that L2 holds where the network has
     * learnt ({@link #L2_HOLDS}): the penalty balances the fit, which a higher rate or more neurons would not change.
     * A plateau with L2 before the loss has fallen to half of where it started points at L2 first: a strong one
     * pulls the weights back to where the network can learn nothing. With L2 and no weights ({@code network} null)
     * whether L2 holds a learnt loss is not known, and such a plateau waits for them.
     */
    public static List<Diagnosis> of(LossHistory history, Network network, double[][] x, String divergence,
                                     Objective objective) {
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
        if (bouncing.isEmpty() && !objective.convex()) {
            LossTrends.plateau(history).flatMap(p -> explained(p, units, history, network, objective))
                    .ifPresent(notes::add);
        }
        LossTrends.overfitting(history).ifPresent(notes::add);
        return notes;
    }

    /**
     * L2 holds a levelled loss when the penalty on the weights is at least this share of the loss. Wine's preset (L2
     * 0.1) levels off at a loss of 0.17 with a penalty of 0.25 and every training row but one right, which four of
     * ten starts had called a plateau ("try a higher rate, more neurons"); a network stuck on a flat stretch has
     * little penalty to show (its weights are small, or its L2 is).
     */
    static final double L2_HOLDS = 0.25;
    /** The loss has been learnt when it is at most this share of where it started. */
    static final double LEARNT = 0.5;

    /** The plateau as it is said, with what explains it, or none when L2 holds the loss where the network has learnt. */
    private static Optional<Diagnosis> explained(Diagnosis plateau, Optional<Diagnosis> units, LossHistory history,
                                                 Network network, Objective objective) {
        if (units.isPresent()) {
            return Optional.of(causedBy(plateau, units.get()));
        }
        if (objective.l2() == 0) {
            return Optional.of(plateau);
        }
        double end = history.loss(history.size() - 1);
        if (end > LEARNT * history.loss(0)) {
            return Optional.of(new Diagnosis(plateau.kind(), plateau.finding(), String.format("Try a lower L2 first:"
                    + " at %s it may hold the weights back where the network cannot learn. Then a higher learning"
                    + " rate, Adam, more neurons, or another seed.", Numbers.setting(objective.l2()))));
        }
        if (network == null) {
            return Optional.empty();
        }
        double penalty = objective.penalty(network);
        return penalty >= L2_HOLDS * end ? Optional.empty() : Optional.of(plateau);
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
