package com.nnplayground.training;

/**
 * When a paced run's iterations are due: iteration {@code k} after the pace was set is due {@code k / rate} seconds
 * after it (the first at once), by the wall clock, so a run of 1,500 iterations at 200 a second takes 7.5 s however
 * its ticks fall. A run that falls behind (a busy server, a slow tick) starts counting again from where it is instead
 * of racing to catch up.
 */
final class Cadence {
    /** How far behind a run may fall beyond one tick, in seconds of its pace, before it starts counting again. */
    static final double MAX_BACKLOG_SECONDS = 0.5;

    private double rate;
    private long anchorNanos;
    private int anchorDone;

    /** Counts from now: {@code done} iterations done, {@code rate} a second from here. */
    void restart(double rate, long now, int done) {
        this.rate = rate;
        this.anchorNanos = now;
        this.anchorDone = done;
    }

    double rate() {
        return rate;
    }

    /** How many iterations are due now, with {@code done} done and ticks {@code tickNanos} apart. */
    int due(long now, int done, long tickNanos) {
        long target = anchorDone + 1 + (long) Math.floor((now - anchorNanos) * rate / 1e9);
        if (target - done > Math.max(1, rate * (tickNanos / 1e9 + MAX_BACKLOG_SECONDS))) {
            restart(rate, now, done);
            return 1;
        }
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, target - done));
    }

    /** When the next iteration after {@code done} is due ({@link System#nanoTime()} scale). */
    long nextDueNanos(int done) {
        return anchorNanos + (long) Math.ceil((done - anchorDone) * 1e9 / rate);
    }
}
