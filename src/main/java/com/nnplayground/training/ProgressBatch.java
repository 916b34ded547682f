package com.nnplayground.training;

import com.nnplayground.engine.Network;

/**
 * The losses of the iterations run since the previous batch, and where the run stands.
 *
 * @param iterations          the 1-based iteration numbers, ascending
 * @param losses              the loss of each of those iterations
 * @param testLosses          the loss on the test rows after each of those iterations (NaN where not measured),
 *                            or null without test rows
 * @param iterationsDone      iterations run so far
 * @param totalIterations     iterations asked for
 * @param iterationsPerSecond training speed so far (time spent training only)
 * @param elapsedNanos        wall time since the run started
 * @param snapshot            the weights now, for small networks (null above {@link #MAX_SNAPSHOT_WEIGHTS})
 */
public record ProgressBatch(int[] iterations, double[] losses, double[] testLosses, int iterationsDone, int totalIterations,
                            double iterationsPerSecond, long elapsedNanos,
                            Network snapshot) {
    /** Copying more weights than this a few times a second would cost the run more than it shows. */
    public static final int MAX_SNAPSHOT_WEIGHTS = 10_000;


    /** Seconds left at the current speed, or NaN before the speed is known. */
    public double secondsLeft() {
        return iterationsPerSecond > 0 ? (totalIterations - iterationsDone) / iterationsPerSecond : Double.NaN;
    }
}
