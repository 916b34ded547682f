package com.nnplayground.training;

import com.nnplayground.engine.Network;
import com.nnplayground.engine.StopReason;
import com.nnplayground.engine.Training;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.training.TrainingOutcome.End;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run on the pool. Each slice trains for about {@link #SLICE_NANOS}, then the job queues itself again;
 * progress goes out at most every {@link #publishNanos(int)} (and once after the first slice, so the first
 * point shows at once). Only one slice of a job runs at a time, so the fields need no locking; only
 * {@link #cancel()} comes from other threads.
 */
public final class TrainingJob {
    static final long SLICE_NANOS = 25_000_000;
    /**
     * A run's first slice is short, so that its first point shows at once even on a busy server: when a class
     * presses Train together, the first slices of 40 runs queue on the pool's threads, which share the CPU with
     * everything else the burst brings. 1 ms (was 3 ms) shortens that queue; the load test could not tell the two
     * apart, its browsers' share of the CPU varying more from run to run.
     */
    static final long FIRST_SLICE_NANOS = 1_000_000;
    /** Progress goes out at most this often while few runs share the server: about 6 chart updates a second. */
    static final long PUBLISH_NANOS = 150_000_000;
    /** With many runs, each waits this much longer per active run, up to {@link #MAX_PUBLISH_NANOS}. */
    static final long PUBLISH_NANOS_PER_RUN = 25_000_000;
    static final long MAX_PUBLISH_NANOS = 1_000_000_000;
    private static final Logger log = LoggerFactory.getLogger(TrainingJob.class);

    private final PreparedExperiment experiment;
    private final Training training;
    private final TrainingObserver observer;
    private final Consumer<TrainingJob> scheduler;
    private final long maxRunNanos;
    private final Runnable onFirstProgress;
    private final Runnable onEnd;
    private final IntSupplier activeRuns;
    private final LossBuffer buffer;
    private final TestLoss testLoss;
    private volatile boolean ended;
    private boolean timeLimitHit;
    private long startNanos;
    private long trainingNanos;
    private long lastPublishNanos;
    private double nanosPerIteration = Double.NaN;

    TrainingJob(PreparedExperiment experiment, TrainingObserver observer, Consumer<TrainingJob> scheduler,
                int maxRunSeconds, Runnable onFirstProgress, Runnable onEnd, IntSupplier activeRuns) {
        this.experiment = experiment;
        this.training = experiment.newTraining();
        this.buffer = new LossBuffer(experiment.config().iterations());
        this.testLoss = TestLoss.of(experiment);
        this.observer = observer;
        this.scheduler = scheduler;
        this.maxRunNanos = maxRunSeconds * 1_000_000_000L;
        this.onFirstProgress = onFirstProgress;
        this.onEnd = onEnd;
        this.activeRuns = activeRuns;
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

    /** Asks the run to stop; it keeps what it learned and reports {@link End#STOPPED} within one slice. */
    public void cancel() {
        training.cancel();
    }

    /** True before the first slice has run: such a slice goes ahead of the queue (see {@link FirstSlice}). */
    boolean notStarted() {
        return startNanos == 0;
    }

    /** True until the outcome has been reported. */
    public boolean running() {
        return !ended;
    }

    public int iterationsDone() {
        return training.iterationsDone();
    }

    void runSlice() {
        if (ended) {
            return;
        }
        try {
            long sliceStart = System.nanoTime();
            if (startNanos == 0) {
                startNanos = sliceStart;
                lastPublishNanos = sliceStart;
            }
            boolean first = training.iterationsDone() == 0;
            long sliceNanos = first ? FIRST_SLICE_NANOS : SLICE_NANOS;
            while (!training.finished() && System.nanoTime() - sliceStart < sliceNanos) {
                trainChunk();
                if (System.nanoTime() - startNanos > maxRunNanos && !training.finished()) {
                    timeLimitHit = true;
                    training.cancel();
                }
            }
            long now = System.nanoTime();
            if (training.finished() || first || now - lastPublishNanos >= publishNanos(activeRuns.getAsInt())) {
                publish(now);
            }
            if (first) {
                onFirstProgress.run();
            }
            if (training.finished()) {
                finish();
            } else {
                scheduler.accept(this);
            }
        } catch (Throwable e) {
            // Any error, not only exceptions: one escaping here would end the pool thread without a word, leave the
            // page saying "Training…" and keep the run's slot, so that browser could never train again
            fail("Training failed on the server: " + e.getClass().getSimpleName()
                    + ". The error was logged; try again or change the settings.", e);
        }
    }

    /** Runs as many iterations as should fit in a few milliseconds, by the speed measured so far. */
    private void trainChunk() {
        int chunk = Double.isNaN(nanosPerIteration) ? 1
                : (int) Math.max(1, Math.min(1_000_000, 2_000_000 / Math.max(1, nanosPerIteration)));
        long t0 = System.nanoTime();
        int ran = training.run(chunk, (iteration, loss) -> buffer.add(iteration, loss,
                testLoss.at(iteration, training)), null);
        long spent = System.nanoTime() - t0;
        trainingNanos += spent;
        if (ran > 0) {
            nanosPerIteration = (double) spent / ran;
        }
    }

    private void publish(long now) {
        lastPublishNanos = now;
        double speed = trainingNanos > 0 ? training.iterationsDone() / (trainingNanos / 1e9) : 0;
        buffer.flush();
        observer.onProgress(new ProgressBatch(buffer.iterations(), buffer.losses(),
                testLoss.exists() ? buffer.testLosses() : null, training.iterationsDone(),
                training.config().iterations(), speed, now - startNanos, snapshot()));
        buffer.clear();
    }

    private Network snapshot() {
        int[] sizes = experiment.start().architecture().layerSizes();
        long weights = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            weights += (long) sizes[l] * sizes[l + 1];
        }
        return weights <= ProgressBatch.MAX_SNAPSHOT_WEIGHTS ? training.network() : null;
    }

    private void finish() {
        Network network = training.network();
        double[][] predictions = network.predict(experiment.data().x());
        int done = training.iterationsDone();
        End end = end();
        report(new TrainingOutcome(end, message(end, done), network, predictions, done, training.lastLoss(),
                testLoss.of(network)));
    }

    private End end() {
        if (timeLimitHit) {
            return End.TIME_LIMIT;
        }
        StopReason reason = training.stopReason();
        return reason == StopReason.COMPLETED ? End.COMPLETED
                : reason == StopReason.DIVERGED ? End.DIVERGED : End.STOPPED;
    }

    private String message(End end, int done) {
        int total = training.config().iterations();
        return switch (end) {
            case COMPLETED -> String.format("Trained for %,d iterations.", done);
            case STOPPED -> String.format("Stopped at iteration %,d of %,d; the results show the network as it was then.",
                    done, total);
            case TIME_LIMIT -> String.format("Stopped at iteration %,d of %,d: a run may take at most %d seconds on"
                    + " this server. Use fewer iterations or a smaller network.", done, total, maxRunNanos / 1_000_000_000L);
            case DIVERGED -> String.format("The loss became infinite or not a number at iteration %,d: the steps"
                    + " are too large and the weights blew up. Lower the learning rate (now %s) and train again."
                    + " The results show the last good state.", done + 1, training.config().learningRate());
            case FAILED -> "Training failed.";
        };
    }

    void fail(String message, Throwable cause) {
        log.error("Training run failed", cause);
        Network network = training.network();
        report(new TrainingOutcome(End.FAILED, message, network, null, training.iterationsDone(), training.lastLoss(),
                Double.NaN));
    }

    private void report(TrainingOutcome outcome) {
        if (ended) {
            return;
        }
        ended = true;
        onEnd.run();
        try {
            observer.onFinished(outcome);
        } catch (RuntimeException e) {
            log.warn("A training observer failed on the outcome", e);
        }
    }
}
