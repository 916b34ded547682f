package com.nnplayground.training;

import com.nnplayground.experiment.PreparedExperiment;
import java.util.concurrent.ExecutorService;

/**
 * The lane of large runs. A slice trains for about {@link Pacing#SLICE_NANOS} but never less than one iteration, and
 * one iteration of a large run (10,000 rows through 256 x 256) takes longer than many slices: in the pool the small
 * runs would wait a whole iteration for each of its slices. So a run whose iteration is expected to take longer than
 * a slice, or is measured to, queues its slices on threads of its own ({@code playground.training.large-run-threads},
 * 1 by default): the pool stays the small runs', and the large ones take turns on their lane, an iteration at a time.
 *
 * @param lane      the large runs' threads
 * @param workAbove multiply-adds per iteration above which a run starts in the lane, before anything is measured
 */
record LargeRuns(ExecutorService lane, long workAbove) {
    /**
     * About 20 ms on one of this machine's cores at the engine's 2-3 billion multiply-adds a second (bench/README.md),
     * well under a slice on a busy one: a run just below it still shares the pool fairly, and one that turns out
     * slower moves once its iterations are measured.
     */
    static final long DEFAULT_WORK = 50_000_000L;

    /** The multiply-adds of one iteration: the forward products, the weight gradients and the deltas passed back. */
    static long work(PreparedExperiment experiment) {
        int[] sizes = experiment.start().architecture().layerSizes();
        long weights = 0;
        for (int l = 1; l < sizes.length; l++) {
            weights += (long) sizes[l - 1] * sizes[l];
        }
        long rows = experiment.data().x().length;
        int batch = experiment.config().batchSize();
        long batchRows = batch == 0 || batch >= rows ? rows : batch;
        return 3 * weights * batchRows;
    }

    boolean startsLarge(PreparedExperiment experiment) {
        return work(experiment) > workAbove;
    }

    /**
     * Whether a run whose iterations take {@code nanosPerIteration} belongs in the lane: one over a slice goes there,
     * and one there comes back below half a slice, so that a run near the line (or measured on a busy machine) does
     * not go back and forth.
     */
    static boolean measuredLarge(boolean large, double nanosPerIteration) {
        return nanosPerIteration > (large ? Pacing.SLICE_NANOS / 2 : Pacing.SLICE_NANOS);
    }
}
