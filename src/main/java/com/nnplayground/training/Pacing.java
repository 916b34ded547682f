package com.nnplayground.training;

/**
 * How a run shares the pool and the pages: how long each slice trains before the run queues itself again, how
 * often it reports progress, and how often a paced run ticks.
 */
final class Pacing {
    static final long SLICE_NANOS = 25_000_000;
    /**
     * A run's first slice is short, so that its first point shows at once even on a busy server: when a class
     * presses Train together, the first slices of 40 runs queue on the pool's threads, which share the CPU with
     * everything else the burst brings, and the shorter each is, the sooner the last of them is done.
     */
    static final long FIRST_SLICE_NANOS = 1_000_000;
    /** Progress goes out at most this often while few runs share the server: about 6 chart updates a second. */
    static final long PUBLISH_NANOS = 150_000_000;
    /** With many runs, each waits this much longer per active run, up to {@link #MAX_PUBLISH_NANOS}. */
    static final long PUBLISH_NANOS_PER_RUN = 25_000_000;
    static final long MAX_PUBLISH_NANOS = 1_000_000_000;
    static final long PACED_TICK_NANOS = 100_000_000;

    private Pacing() {
    }

    /**
     * How long a run waits between progress reports when {@code runs} are active on the server: 150 ms (about six
     * chart updates a second) for up to 6 runs, then 25 ms more per run, at most 1 s (40 runs: one a second each).
     * Every report costs the server a push and the browser a redraw of the chart, the numbers and the equations;
     * with a whole class training on a small server those redraws, not the training, would take most of the CPU.
     */
    static long publishNanos(int runs) {
        return Math.min(MAX_PUBLISH_NANOS, Math.max(PUBLISH_NANOS, runs * PUBLISH_NANOS_PER_RUN));
    }

    /**
     * How long a paced run waits at least between two ticks (each trains what is due and reports it) when {@code runs}
     * are active: 100 ms for up to 4 runs, so that up to 10 iterations a second every iteration is a picture of its
     * own, then as {@link #publishNanos(int)}: a class of 40 paced runs costs the server 40 small reports a second.
     */
    static long pacedTickNanos(int runs) {
        return Math.min(MAX_PUBLISH_NANOS, Math.max(PACED_TICK_NANOS, runs * PUBLISH_NANOS_PER_RUN));
    }

    /** As many iterations as should train in about 2 ms at the speed measured so far (one while it is unknown). */
    static int chunk(double nanosPerIteration) {
        return Double.isNaN(nanosPerIteration) ? 1
                : (int) Math.max(1, Math.min(1_000_000, 2_000_000 / Math.max(1, nanosPerIteration)));
    }
}
