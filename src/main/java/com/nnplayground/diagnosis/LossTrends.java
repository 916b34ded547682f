package com.nnplayground.diagnosis;

import com.nnplayground.diagnosis.Diagnosis.Kind;
import java.util.Optional;

/** What the loss curves alone tell: a plateau, a rate too high (up and down), overfitting. */
final class LossTrends {

    /** Fewer iterations than this say nothing about a trend. */
    static final int MIN_ITERATIONS = 40;
    /** The last part of the run a plateau and a bouncing loss are looked for in. */
    static final double LAST_PART = 0.25;
    /** A plateau gains less than this share of its loss over the last part... */
    static final double NO_PROGRESS = 0.01;
    /** ...and is still above this share of where it started (a run that got there has converged, not stalled). */
    static final double STILL_HIGH = 0.1;
    /** The loss bounces when its rises add up to this share of its falls, and to a visible share of its size... */
    static final double RISES_PER_FALL = 0.3;
    static final double VISIBLE_RISE = 0.05;
    /**
     * ...and of how far it has fallen: a loss that fell from 0.8 to 0.003 and then spikes by thousandths has arrived
     * (Adam's spikes at the noisy sine's floor: rises of at most 2 % of the fall, invisible on the chart, and still
     * there at a quarter of the rate), while a rate too high bounces by a visible share of what the run has learned,
     * or more (the spirals at rate 0.1: 5-480 %).
     */
    static final double SHARE_OF_FALL = 0.05;
    /** Overfitting: the test loss this far above its best, while the training loss went on falling. */
    static final double TEST_ABOVE_BEST = 1.1;

    private LossTrends() {
    }

    static Optional<Diagnosis> plateau(LossHistory h) {
        int last = lastIteration(h);
        if (last < MIN_ITERATIONS) {
            return Optional.empty();
        }
        int from = h.firstAtOrAfter(last - (int) (last * LAST_PART));
        double start = h.loss(from);
        double end = h.loss(h.size() - 1);
        double first = h.loss(0);
        if (start > 0 && (start - end) / start < NO_PROGRESS && end > STILL_HIGH * first) {
            return Optional.of(new Diagnosis(Kind.PLATEAU, String.format("No progress over the last %,d iterations: the"
                    + " loss went from %s to %s (it started at %s).", last - h.iteration(from), fmt(start), fmt(end),
                    fmt(first)), "Try a higher learning rate, Adam, more neurons, or another seed: the network may be"
                    + " stuck where the slope is flat."));
        }
        return Optional.empty();
    }

    static Optional<Diagnosis> rateTooHigh(LossHistory h) {
        int last = lastIteration(h);
        if (last < MIN_ITERATIONS) {
            return Optional.empty();
        }
        int from = h.firstAtOrAfter(last - (int) (last * LAST_PART));
        double rises = 0;
        double falls = 0;
        int ups = 0;
        double sum = 0;
        for (int i = from + 1; i < h.size(); i++) {
            double change = h.loss(i) - h.loss(i - 1);
            rises += Math.max(change, 0);
            falls += Math.max(-change, 0);
            ups += change > 0 ? 1 : 0;
            sum += h.loss(i);
        }
        double mean = sum / Math.max(1, h.size() - from - 1);
        double fall = h.loss(0) - lowest(h);
        if (ups >= 3 && rises >= RISES_PER_FALL * falls && rises > VISIBLE_RISE * mean
                && rises >= SHARE_OF_FALL * fall) {
            return Optional.of(new Diagnosis(Kind.RATE_TOO_HIGH, String.format("The loss goes up and down: over the last"
                    + " %,d iterations it rose %d times, by %s in all, against %s of falls.", last - h.iteration(from),
                    ups, fmt(rises), fmt(falls)), "Lower the learning rate (try a third of it): the steps overshoot the"
                    + " valley they should go down into."));
        }
        return Optional.empty();
    }

    static Optional<Diagnosis> overfitting(LossHistory h) {
        int best = -1;
        int measured = 0;
        int lastTest = -1;
        for (int i = 0; i < h.size(); i++) {
            double test = h.testLoss(i);
            if (!Double.isNaN(test)) {
                measured++;
                lastTest = i;
                if (best < 0 || test < h.testLoss(best)) {
                    best = i;
                }
            }
        }
        if (measured < 5 || lastIteration(h) < MIN_ITERATIONS) {
            return Optional.empty();
        }
        double bestTest = h.testLoss(best);
        double now = h.testLoss(lastTest);
        if (now > TEST_ABOVE_BEST * bestTest && h.loss(lastTest) < h.loss(best)) {
            return Optional.of(new Diagnosis(Kind.OVERFITTING, String.format("The test loss rises while the training"
                    + " loss falls: the test loss was lowest at iteration %,d (%s) and is %s now, while the training"
                    + " loss went from %s to %s.", h.iteration(best), fmt(bestTest), fmt(now), fmt(h.loss(best)),
                    fmt(h.loss(lastTest))), String.format("The network learns the training rows by heart. Stop around"
                    + " iteration %,d, add L2, use fewer neurons, or more data.", h.iteration(best))));
        }
        return Optional.empty();
    }

    /** The lowest loss so far (a thinned history keeps each bucket's lowest). */
    private static double lowest(LossHistory h) {
        double lowest = h.loss(0);
        for (int i = 1; i < h.size(); i++) {
            lowest = Math.min(lowest, h.loss(i));
        }
        return lowest;
    }

    private static int lastIteration(LossHistory h) {
        return h.size() < 2 ? 0 : h.iteration(h.size() - 1);
    }

    static String fmt(double value) {
        return Math.abs(value) >= 1e-3 && Math.abs(value) < 1e5 || value == 0 ? String.format("%.4g", value)
                : String.format("%.3e", value);
    }
}
