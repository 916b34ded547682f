package com.nnplayground.training;

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
 */
public record ProgressBatch(int[] iterations, double[] losses, double[] testLosses, int iterationsDone, int totalIterations,
                            double iterationsPerSecond, long elapsedNanos) {

    /** Seconds left at the current speed, or NaN before the speed is known. */
    public double secondsLeft() {
        return iterationsPerSecond > 0 ? (totalIterations - iterationsDone) / iterationsPerSecond : Double.NaN;
    }
}
