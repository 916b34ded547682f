package com.nnplayground.experiment;

import com.nnplayground.engine.Training;
import com.nnplayground.engine.TrainingListener;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A run's rate changes as it trains: the experiment's recorded ones, applied at their iterations, and the ones made
 * while it goes on, which replace whatever was still to come (the teacher has taken over from the recording).
 * {@link #plan()} is then the record of the run: what a saved file or a replay needs to train it again. Owned by the
 * thread that trains the run, like the {@link Training} itself.
 */
public final class RateSchedule {
    private final List<RateChange> changes;
    /** How many of {@link #changes} have been applied. */
    private int applied;

    /** The recorded changes, iterations ascending. */
    public RateSchedule(List<RateChange> recorded) {
        this.changes = new ArrayList<>(recorded);
    }

    /**
     * Trains up to {@code maxIterations} more, applying each change before its iteration: one call of
     * {@link Training#run} per stretch between two changes. Returns the iterations run.
     */
    public int run(Training training, int maxIterations, TrainingListener listener, BooleanSupplier cancelled) {
        int ran = 0;
        while (ran < maxIterations && !training.finished()) {
            applyDue(training);
            int stretch = Math.min(maxIterations - ran, untilNextChange(training.iterationsDone()));
            int done = training.run(stretch, listener, cancelled);
            ran += done;
            if (done < stretch) {
                break;
            }
        }
        return ran;
    }

    /**
     * A change made now: it applies from the next iteration, is recorded there, and drops the recorded changes still
     * to come. Returns the change as recorded.
     */
    public RateChange change(Training training, double learningRate, double l2) {
        training.changeRates(learningRate, l2);
        RateChange change = new RateChange(training.iterationsDone() + 1, learningRate, l2);
        changes.subList(applied, changes.size()).clear();
        if (applied > 0 && changes.get(applied - 1).iteration() == change.iteration()) {
            changes.set(applied - 1, change);
        } else {
            changes.add(change);
            applied++;
        }
        return change;
    }

    /** The changes applied so far and those still to come: the run as it will have been trained. */
    public List<RateChange> plan() {
        return List.copyOf(changes);
    }

    private void applyDue(Training training) {
        int next = training.iterationsDone() + 1;
        while (applied < changes.size() && changes.get(applied).iteration() <= next) {
            RateChange change = changes.get(applied++);
            training.changeRates(change.learningRate(), change.l2());
        }
    }

    private int untilNextChange(int done) {
        return applied < changes.size() ? changes.get(applied).iteration() - 1 - done : Integer.MAX_VALUE;
    }
}
