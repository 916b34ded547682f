package com.nnplayground.training;

import com.nnplayground.engine.Network;
import com.nnplayground.engine.Training;
import com.nnplayground.engine.kernels.KernelThreads;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.training.TrainingOutcome.End;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run on the pool. Each slice trains for about {@link Pacing#SLICE_NANOS}, then the job queues itself again;
 * progress goes out at most every {@link Pacing#publishNanos(int)} (and once after the first slice, so the first
 * point shows at once). Only one slice of a job runs at a time, so the training fields need no locking; the
 * {@link Phase} says whether a job is in the pool, waiting for its page to come back, or over, and only one thread
 * may move it out of waiting. Its page says whether anybody still sees it ({@link #setWatched(boolean)}); the job
 * never asks.
 */
public final class TrainingJob {
    private static final Logger log = LoggerFactory.getLogger(TrainingJob.class);

    /** What a job tells the service that runs it; it asks nothing of it. */
    interface Host {
        /** Queues the job's next slice on the pool. */
        void schedule(TrainingJob job);

        /**
         * Nobody watches the job since {@code since} ({@link System#nanoTime()}): it has left the pool, and ends
         * ({@link #endUnwatched(long, long)}) unless its page comes back in time.
         */
        void parked(TrainingJob job, long since);

        /** The job's outcome is about to be reported: free what it held. */
        void ended(TrainingJob job);
    }

    /** In the pool or training (ACTIVE), parked until its page is back (WAITING), or reported (DONE). */
    enum Phase { ACTIVE, WAITING, DONE }

    private final PreparedExperiment experiment;
    private final Training training;
    private final TrainingObserver observer;
    private final Host host;
    private final IntSupplier activeRuns;
    private final TrainingMetrics metrics;
    private final long maxRunNanos;
    private final boolean snapshotFits;
    private final long createdNanos = System.nanoTime();
    private final LossBuffer buffer;
    private final TestLoss testLoss;
    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.ACTIVE);
    private final AtomicBoolean reported = new AtomicBoolean();
    /** Whether the job's page is there to see it, as the page last said. */
    private volatile boolean watched = true;
    /** When the job was parked; written before it is, read by whoever moves it out of waiting. */
    private volatile long unwatchedSince;
    private boolean timeLimitHit;
    private long startNanos;
    private long trainingNanos;
    private long lastPublishNanos;
    private double nanosPerIteration = Double.NaN;

    /**
     * {@code activeRuns}: how many runs the server has now, which sets how often this one reports;
     * {@code kernelThreads}: what this run's large products may use.
     */
    TrainingJob(PreparedExperiment experiment, TrainingObserver observer, Host host, IntSupplier activeRuns,
                TrainingMetrics metrics, int maxRunSeconds, KernelThreads kernelThreads) {
        this.experiment = experiment;
        this.training = experiment.newTraining(kernelThreads);
        this.buffer = new LossBuffer(experiment.config().iterations());
        this.testLoss = TestLoss.of(experiment);
        this.observer = observer;
        this.host = host;
        this.activeRuns = activeRuns;
        this.metrics = metrics;
        this.maxRunNanos = maxRunSeconds * 1_000_000_000L;
        this.snapshotFits = ProgressBatch.snapshotFits(experiment.start().architecture());
    }

    /** Asks the run to stop; it keeps what it learned and reports {@link End#STOPPED} within one slice. */
    public void cancel() {
        training.cancel();
        resumeIfWaiting();
    }

    /**
     * The page saying whether anybody sees this run: false once it has gone without a word (a closed tab whose
     * last message was lost, a laptop asleep, a dropped network), true again when it is back. A run nobody sees
     * leaves the pool at its next slice and waits without using the CPU; it goes on as soon as its page is back, and
     * stops when it does not come back in time (see {@link TrainingService}).
     */
    public void setWatched(boolean watched) {
        this.watched = watched;
        if (watched) {
            resumeIfWaiting();
        }
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
     * Leaves the pool until the page is back. The page may have come back, or Stop been pressed, while the job was
     * on its way out: both would have found it still active, so it looks once more.
     */
    private void park() {
        long since = System.nanoTime();
        unwatchedSince = since;
        if (phase.compareAndSet(Phase.ACTIVE, Phase.WAITING)) {
            host.parked(this, since);
            if (watched || training.finished()) {
                resumeIfWaiting();
            }
        }
    }

    /** Back to the pool from waiting: its page is back, or it was asked to stop (its next slice reports that). */
    private void resumeIfWaiting() {
        if (phase.compareAndSet(Phase.WAITING, Phase.ACTIVE)) {
            host.schedule(this);
        }
    }

    /**
     * Stops the job if it still waits since {@code since}, nobody having watched it for {@code graceNanos}. False
     * when it went on (or was parked again later, or ended) in the meantime.
     */
    boolean endUnwatched(long since, long graceNanos) {
        return unwatchedSince == since && end(graceNanos);
    }

    /** Stops a parked job now: its browser started another run. False when it was not waiting. */
    boolean endUnwatched() {
        return end(0);
    }

    private boolean end(long graceNanos) {
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
            if (!training.finished() && !watched) {
                park();
                return;
            }
            long sliceStart = System.nanoTime();
            if (startNanos == 0) {
                startNanos = sliceStart;
                lastPublishNanos = sliceStart;
            }
            boolean first = training.iterationsDone() == 0;
            long sliceNanos = first ? Pacing.FIRST_SLICE_NANOS : Pacing.SLICE_NANOS;
            while (!training.finished() && System.nanoTime() - sliceStart < sliceNanos) {
                trainChunk();
                if (System.nanoTime() - startNanos > maxRunNanos && !training.finished()) {
                    timeLimitHit = true;
                    training.cancel();
                }
            }
            long now = System.nanoTime();
            if (training.finished() || first || now - lastPublishNanos >= Pacing.publishNanos(activeRuns.getAsInt())) {
                publish(now);
            }
            if (first) {
                metrics.firstProgress((System.nanoTime() - createdNanos) / 1e6);
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

    private void trainChunk() {
        long t0 = System.nanoTime();
        int ran = training.run(Pacing.chunk(nanosPerIteration), (iteration, loss) -> buffer.add(iteration, loss,
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
                training.config().iterations(), speed, now - startNanos,
                snapshotFits ? training.network() : null));
        buffer.clear();
    }

    private void finish() {
        Network network = training.network();
        double[][] predictions = network.predict(experiment.data().x());
        int done = training.iterationsDone();
        End end = Endings.of(training.stopReason(), timeLimitHit);
        report(new TrainingOutcome(end, Endings.message(end, done, training.config(), maxRunNanos), network,
                predictions, done, training.lastLoss(), testLoss.of(network)));
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
