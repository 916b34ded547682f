package com.nnplayground.replay;

import com.nnplayground.engine.Training;
import com.nnplayground.engine.TrainingState;
import java.util.Map;
import java.util.TreeMap;

/**
 * The snapshots one run keeps as it trains, as its {@link SnapshotSchedule} says: written by the thread that trains the
 * run, read by its page. {@link #offer} is called after every iteration and costs one comparison unless the iteration
 * is kept; the end of a run (completed, stopped or diverged early) is kept by {@link #end}.
 */
public final class Snapshots {
    private final SnapshotSchedule schedule;
    private final TreeMap<Integer, TrainingState> kept = new TreeMap<>();
    private long bytes;
    /** The next iteration to keep: read and written by the training thread only. */
    private int next;

    /** Starts with {@code start}, the state before the first iteration; the budget sets how many more are kept. */
    public Snapshots(TrainingState start, int iterations, long budgetBytes) {
        this.schedule = SnapshotSchedule.of(iterations, start.bytes(), budgetBytes);
        add(start);
        next = schedule.keptAfter(start.iterationsDone());
    }

    /** The run's snapshots within {@link SnapshotSchedule#DEFAULT_BUDGET_BYTES}, starting from its state now. */
    public static Snapshots of(Training training) {
        return new Snapshots(training.state(), training.config().iterations(), SnapshotSchedule.DEFAULT_BUDGET_BYTES);
    }

    /** After iteration {@code done} of {@code training}: keeps its state when the schedule says so. */
    public void offer(int done, Training training) {
        if (done == next) {
            add(training.state());
            next = schedule.keptAfter(done);
        }
    }

    /** The run is over, wherever it stopped: keeps its last state. */
    public void end(Training training) {
        add(training.state());
    }

    /** The latest snapshot at or before {@code done} iterations (the start at the least). */
    public synchronized TrainingState atOrBefore(int done) {
        Map.Entry<Integer, TrainingState> entry = kept.floorEntry(done);
        return entry == null ? kept.firstEntry().getValue() : entry.getValue();
    }

    /** The latest snapshot kept. */
    public synchronized TrainingState latest() {
        return kept.lastEntry().getValue();
    }

    public synchronized int size() {
        return kept.size();
    }

    /** The heap the snapshots' arrays take. */
    public synchronized long bytes() {
        return bytes;
    }

    public SnapshotSchedule schedule() {
        return schedule;
    }

    private synchronized void add(TrainingState state) {
        TrainingState before = kept.put(state.iterationsDone(), state);
        bytes += state.bytes() - (before == null ? 0 : before.bytes());
    }
}
