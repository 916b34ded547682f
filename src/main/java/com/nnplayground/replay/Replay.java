package com.nnplayground.replay;

import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.Network;
import com.nnplayground.engine.Training;
import com.nnplayground.engine.TrainingConfig;
import com.nnplayground.engine.TrainingState;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.RateChange;
import com.nnplayground.experiment.RateSchedule;
import java.util.List;

/**
 * A run's network at any iteration: the nearest earlier snapshot, trained on to that iteration (training is
 * deterministic, so these are the run's own bits). Going forward from the iteration shown last goes on from there
 * rather than from the snapshot, so a slider dragged forward trains each iteration once. When reaching an iteration
 * would take more than {@link #MAX_WORK} (a large network far from a snapshot), the snapshot itself is shown, and
 * {@link Replayed#exact()} says so. Rates changed during the run ({@link #followRates}) are applied at their
 * iterations, as the run applied them. Owned by one thread (the page's).
 */
public final class Replay {
    /** About the multiply-adds of a few tens of milliseconds: what a slider's answer may cost. */
    static final long MAX_WORK = 40_000_000L;

    /** The network after {@code iterationsDone} iterations; not {@code exact}: that of the nearest earlier snapshot. */
    public record Replayed(int iterationsDone, Network network, boolean exact) {
    }

    private final Snapshots snapshots;
    private final double[][] x;
    private final double[][] y;
    private final TrainingConfig config;
    private final long workPerIteration;
    private final boolean shuffled;
    /** The run's rate changes as it last reported them: recorded ones and those made during the run. */
    private List<RateChange> rates;
    /** The run trained on to the iteration shown last, or null. */
    private Training cursor;

    public Replay(Snapshots snapshots, double[][] x, double[][] y, TrainingConfig config, List<RateChange> rates) {
        this.snapshots = snapshots;
        this.rates = List.copyOf(rates);
        this.x = x;
        this.y = y;
        this.config = config;
        this.workPerIteration = (long) x.length * parameters(snapshots.atOrBefore(0).architecture());
        this.shuffled = config.batchSize() > 0 && config.batchSize() < x.length;
    }

    /** The replay of a run of this experiment (its training rows) from its snapshots. */
    public static Replay of(PreparedExperiment experiment, Snapshots snapshots) {
        return new Replay(snapshots, experiment.data().trainX(), experiment.data().trainY(), experiment.config(),
                experiment.schedule().plan());
    }

    /**
     * The run's rate changes as it now reports them. A change made during the run applies after the iterations it
     * has reached, so the iterations already replayed stay as they were.
     */
    public void followRates(List<RateChange> plan) {
        this.rates = List.copyOf(plan);
    }

    /**
     * The network after {@code done} iterations, which the run must have reached (0: the starting weights).
     *
     * @throws IllegalArgumentException when {@code done} is negative
     */
    public Replayed after(int done) {
        if (done < 0) {
            throw new IllegalArgumentException("iterations done must be 0 or more, not " + done);
        }
        TrainingState base = snapshots.atOrBefore(done);
        if (base.iterationsDone() == done) {
            return new Replayed(done, base.network(), true);
        }
        boolean fromCursor = cursor != null && cursor.iterationsDone() >= base.iterationsDone()
                && cursor.iterationsDone() <= done;
        int from = fromCursor ? cursor.iterationsDone() : base.iterationsDone();
        long work = (done - from) * workPerIteration + (fromCursor || !shuffled ? 0 : (long) from * x.length);
        if (work > MAX_WORK) {
            return new Replayed(base.iterationsDone(), base.network(), false);
        }
        if (!fromCursor) {
            cursor = Training.resume(base, x, y, config);
        }
        // Applies, before each iteration, the rates in force there: those of the last change at or before it
        new RateSchedule(rates).run(cursor, done - from, null, null);
        return new Replayed(cursor.iterationsDone(), cursor.network(), cursor.iterationsDone() == done);
    }

    private static long parameters(Architecture architecture) {
        int[] sizes = architecture.layerSizes();
        long count = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            count += (long) sizes[l] * sizes[l + 1] + (architecture.bias() ? sizes[l + 1] : 0);
        }
        return count;
    }
}
