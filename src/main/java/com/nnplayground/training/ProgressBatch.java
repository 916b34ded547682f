package com.nnplayground.training;

import com.nnplayground.engine.Architecture;
import com.nnplayground.engine.Network;
import com.nnplayground.experiment.RateChange;
import java.util.List;

/**
 * The losses of the iterations run since the previous batch, and where the run stands. A long run's losses
 * come thinned (see {@link LossBuffer}): each bucket of iterations as its lowest and highest loss, and always
 * the latest iteration and those with a test loss.
 *
 * @param iterations          the 1-based iteration numbers, ascending (the last, if any, is {@code iterationsDone})
 * @param losses              the loss of each of those iterations
 * @param testLosses          the loss on the test rows after each of those iterations (NaN where not measured),
 *                            or null without test rows
 * @param iterationsDone      iterations run so far
 * @param totalIterations     iterations asked for
 * @param iterationsPerSecond training speed so far (time spent training only)
 * @param elapsedNanos        wall time since the run started
 * @param snapshot            the weights now, for small networks (null above {@link #MAX_SNAPSHOT_WEIGHTS})
 * @param rateChanges         the run's rate changes: applied so far, and recorded ones still to come
 */
public record ProgressBatch(int[] iterations, double[] losses, double[] testLosses, int iterationsDone, int totalIterations,
                            double iterationsPerSecond, long elapsedNanos,
                            Network snapshot, List<RateChange> rateChanges) {

    public ProgressBatch {
        rateChanges = rateChanges == null ? List.of() : rateChanges;
    }

    /** A batch of a run whose rates never change. */
    public ProgressBatch(int[] iterations, double[] losses, double[] testLosses, int iterationsDone, int totalIterations,
                         double iterationsPerSecond, long elapsedNanos, Network snapshot) {
        this(iterations, losses, testLosses, iterationsDone, totalIterations, iterationsPerSecond, elapsedNanos, snapshot,
                List.of());
    }

    /** Copying more weights than this a few times a second would cost the run more than it shows. */
    public static final int MAX_SNAPSHOT_WEIGHTS = 10_000;

    /** Whether a batch carries the weights of a network of this shape. */
    static boolean snapshotFits(Architecture architecture) {
        int[] sizes = architecture.layerSizes();
        long weights = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            weights += (long) sizes[l] * sizes[l + 1];
        }
        return weights <= MAX_SNAPSHOT_WEIGHTS;
    }

    /** Several consecutive batches as one: all their losses in order, and where the run stood at the last. */
    static ProgressBatch merge(List<ProgressBatch> batches) {
        if (batches.size() == 1) {
            return batches.get(0);
        }
        int n = batches.stream().mapToInt(b -> b.iterations().length).sum();
        int[] iterations = new int[n];
        double[] losses = new double[n];
        ProgressBatch last = batches.get(batches.size() - 1);
        double[] testLosses = last.testLosses() == null ? null : new double[n];
        int at = 0;
        for (ProgressBatch b : batches) {
            System.arraycopy(b.iterations(), 0, iterations, at, b.iterations().length);
            System.arraycopy(b.losses(), 0, losses, at, b.losses().length);
            if (testLosses != null) {
                System.arraycopy(b.testLosses(), 0, testLosses, at, b.testLosses().length);
            }
            at += b.iterations().length;
        }
        return new ProgressBatch(iterations, losses, testLosses, last.iterationsDone(), last.totalIterations(),
                last.iterationsPerSecond(), last.elapsedNanos(), last.snapshot(), last.rateChanges());
    }

    /** Seconds left at the current speed, or NaN before the speed is known. */
    public double secondsLeft() {
        return iterationsPerSecond > 0 ? (totalIterations - iterationsDone) / iterationsPerSecond : Double.NaN;
    }
}
