package com.nnplayground.diagnosis;

import com.nnplayground.engine.Network;
import java.util.ArrayList;
import java.util.List;

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
        List<Diagnosis> notes = new ArrayList<>();
        if (divergence != null) {
            notes.add(new Diagnosis(Diagnosis.Kind.DIVERGED, divergence, ""));
        }
        if (network != null) {
            UnitHealth.saturated(network, x).ifPresent(notes::add);
            UnitHealth.deadRelus(network, x).ifPresent(notes::add);
        }
        LossTrends.rateTooHigh(history).ifPresent(notes::add);
        LossTrends.plateau(history).ifPresent(notes::add);
        LossTrends.overfitting(history).ifPresent(notes::add);
        return notes;
    }
}
