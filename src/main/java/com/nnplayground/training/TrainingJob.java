package com.nnplayground.training;

import com.nnplayground.engine.Network;
import com.nnplayground.engine.StopReason;
import com.nnplayground.engine.Training;
import com.nnplayground.engine.kernels.KernelThreads;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.training.TrainingOutcome.End;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run on the pool. Each slice trains for about {@link #SLICE_NANOS}, then the job queues itself again;
 * progress goes out at most every {@link #publishNanos(int)} (and once after the first slice, so the first
 * point shows at once). Only one slice of a job runs at a time, so the training fields need no locking; the
 * {@link Phase} says whether a job is in the pool, waiting for its page to come back, or over, and only one thread
 * may move it out of waiting.
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

    /** What a job needs of the service that runs it. */
    interface Host {
        /** Queues the job's next slice on the pool. */
        void schedule(TrainingJob job);

        /** Nobody watches the job: look again later ({@link #lookAgain(long)}), without using the pool. */
        void park(TrainingJob job);

        /** The job's first progress went out, this long after the job was made. */
        void firstProgress(double millis);

        /** The job's outcome is about to be reported: free what it held. */
        void ended(TrainingJob job);

        int activeRuns();
    }

    /** In the pool or training (ACTIVE), parked until its page is back (WAITING), or reported (DONE). */
    enum Phase { ACTIVE, WAITING, DONE }

    private final PreparedExperiment experiment;
    private final Training training;
    private final TrainingObserver observer;
    private final Host host;
    private final long maxRunNanos;
    private final long createdNanos = System.nanoTime();
    private final LossBuffer buffer;
    private final TestLoss testLoss;
    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.ACTIVE);
    private final AtomicBoolean reported = new AtomicBoolean();
    /** When the job was parked; written before it is, read only by whoever moves it out of waiting. */
    private volatile long unwatchedSince;
    private boolean timeLimitHit;
    private long startNanos;
    private long trainingNanos;
    private long lastPublishNanos;
    private double nanosPerIteration = Double.NaN;

    TrainingJob(PreparedExperiment experiment, TrainingObserver observer, Host host, int maxRunSeconds,
                KernelThreads kernelThreads) {
        this.experiment = experiment;
        this.training = experiment.newTraining(kernelThreads);
        this.buffer = new LossBuffer(experiment.config().iterations());
        this.testLoss = TestLoss.of(experiment);
        this.observer = observer;
        this.host = host;
        this.maxRunNanos = maxRunSeconds * 1_000_000_000L;
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
        return phase.get() != Phase.DONE;
    }

    /** True while the job is parked, its page gone. */
    boolean waiting() {
        return phase.get() == Phase.WAITING;
    }

    /**
     * For a parked job: goes on (back to the pool) if its page is back or it was asked to stop, stops it if nobody
     * has watched it for {@code graceNanos}, else leaves it waiting. Returns whether it is still waiting.
     */
    boolean lookAgain(long graceNanos) {
        if (phase.get() != Phase.WAITING) {
            return false;
        }
        if (training.finished() || observer.watched()) {
            if (phase.compareAndSet(Phase.WAITING, Phase.ACTIVE)) {
                host.schedule(this);
            }
            return false;
        }
        if (System.nanoTime() - unwatchedSince >= graceNanos) {
            endUnwatched(graceNanos);
            return false;
        }
        return true;
    }

    /**
     * Stops a parked job now: nobody watched it for the grace period, or its browser started another run (grace 0).
     * False when it was not waiting (it went on, or ended, in the meantime).
     */
    boolean endUnwatched(long graceNanos) {
        if (!phase.compareAndSet(Phase.WAITING, Phase.DONE)) {
            return false;
        }
        training.cancel();
        Network network = training.network();
        int done = training.iterationsDone();
        report(new TrainingOutcome(End.UNWATCHED, Endings.unwatched(done, training.config().iterations(),
                graceNanos), network, network.predict(experiment.data().x()), done, training.lastLoss(),
                testLoss.of(network)));
        return true;
    }

    public int iterationsDone() {
        return training.iterationsDone();
    }

    void runSlice() {
        if (phase.get() != Phase.ACTIVE) {
            return;
        }
        try {
            if (!training.finished() && !observer.watched()) {
                unwatchedSince = System.nanoTime();
                if (phase.compareAndSet(Phase.ACTIVE, Phase.WAITING)) {
                    host.park(this);
                }
                return;
            }
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
            if (training.finished() || first || now - lastPublishNanos >= publishNanos(host.activeRuns())) {
                publish(now);
            }
            if (first) {
                host.firstProgress((System.nanoTime() - createdNanos) / 1e6);
            }
            if (training.finished()) {
                finish();
            } else {
                host.schedule(this);
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
        report(new TrainingOutcome(end, Endings.message(end, done, training.config(), maxRunNanos), network,
                predictions, done, training.lastLoss(), testLoss.of(network)));
    }

    private End end() {
        if (timeLimitHit) {
            return End.TIME_LIMIT;
        }
        StopReason reason = training.stopReason();
        return reason == StopReason.COMPLETED ? End.COMPLETED
                : reason == StopReason.DIVERGED ? End.DIVERGED : End.STOPPED;
    }

    void fail(String message, Throwable cause) {
        log.error("Training run failed", cause);
        Network network = training.network();
        report(new TrainingOutcome(End.FAILED, message, network, null, training.iterationsDone(), training.lastLoss(),
                Double.NaN));
    }

    private void report(TrainingOutcome outcome) {
        if (!reported.compareAndSet(false, true)) {
            return;
        }
        phase.set(Phase.DONE);
        host.ended(this);
        try {
            observer.onFinished(outcome);
        } catch (RuntimeException e) {
            log.warn("A training observer failed on the outcome", e);
        }
    }
}
