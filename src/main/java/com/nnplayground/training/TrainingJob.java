package com.nnplayground.training;

import com.nnplayground.engine.Network;
import com.nnplayground.engine.Training;
import com.nnplayground.engine.kernels.KernelThreads;
import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.RateChange;
import com.nnplayground.experiment.RateSchedule;
import com.nnplayground.replay.Snapshots;
import com.nnplayground.training.TrainingOutcome.End;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run on the pool. At full speed each slice trains for about {@link Pacing#SLICE_NANOS}, then the job queues
 * itself again, reporting at most every {@link Pacing#publishNanos(int)} (and once after the first slice, so the first
 * point shows at once). A paced run trains what its {@link Cadence} says is due, reports it, and leaves the pool until
 * its next iterations are due (the host wakes it: no thread waits); a paused run leaves it until Continue or Step.
 * Only one slice of a job runs at a time, so the training fields need no locking; the {@link Phase} says where the
 * job is, and only the thread that moves it out of SLEEPING, PAUSED or WAITING may queue it. Its page says whether
 * anybody still sees it ({@link #setWatched(boolean)}); the job never asks.
 */
public final class TrainingJob {
    private static final Logger log = LoggerFactory.getLogger(TrainingJob.class);

    /** What a job tells the service that runs it; it asks nothing of it. */
    interface Host {
        /** Queues the job's next slice on the pool. */
        void schedule(TrainingJob job);

        /** Runs {@code wake} (a few instructions) after {@code delayNanos}, with no pool thread waiting meanwhile. */
        void wakeAfter(long delayNanos, Runnable wake);

        /**
         * Nobody watches the job since {@code since} ({@link System#nanoTime()}): it has left the pool, and ends
         * ({@link #endUnwatched(long, long)}) unless its page comes back in time.
         */
        void parked(TrainingJob job, long since);

        /** The job's outcome is about to be reported: free what it held. */
        void ended(TrainingJob job);
    }

    /**
     * In the pool or training (ACTIVE), waiting for its next paced iterations (SLEEPING), paused (PAUSED), parked until
     * its page is back (WAITING), or reported (DONE).
     */
    enum Phase { ACTIVE, SLEEPING, PAUSED, WAITING, DONE }

    private final PreparedExperiment experiment;
    private final Training training;
    private final RateSchedule schedule;
    private final TrainingObserver observer;
    private final Host host;
    private final IntSupplier activeRuns;
    private final TrainingMetrics metrics;
    private final long maxRunNanos;
    private final boolean snapshotFits;
    private final long createdNanos = System.nanoTime();
    private final LossBuffer buffer;
    private final TestLoss testLoss;
    private final Cadence cadence = new Cadence();
    private final Snapshots snapshots;
    private final AtomicReference<Phase> phase = new AtomicReference<>(Phase.ACTIVE);
    private final AtomicBoolean reported = new AtomicBoolean();
    /** What the page asked for, read by the slices. */
    private volatile double pace;
    private volatile boolean paused;
    /** Set by Continue: the pace counts again from where the run stands, instead of catching up on the pause. */
    private volatile boolean recount;
    private final AtomicInteger stepsOwed = new AtomicInteger();
    /** Rates asked for and not yet applied: {learningRate, l2}. */
    private final AtomicReference<double[]> pendingRates = new AtomicReference<>();
    /** The run's rate changes so far and still to come, as the last slice left them. */
    private volatile List<RateChange> plan;
    /** Whether the job's page is there to see it, as the page last said. */
    private volatile boolean watched = true;
    /** When the job was parked; written before it is, read by whoever moves it out of waiting. */
    private volatile long unwatchedSince;
    /** Tells a wake-up from an earlier sleep apart from the one for the current sleep. */
    private final AtomicLong sleeps = new AtomicLong();
    private boolean timeLimitHit;
    private long startNanos;
    private long trainingNanos;
    private long lastPublishNanos;
    /** Paused and sleeping time, which the run's time limit leaves out. */
    private long idleNanos;
    private long idleSince;
    private double nanosPerIteration = Double.NaN;
    /** Whether the job's slices queue in the lane of large runs ({@link LargeRuns}); read by the service. */
    private volatile boolean large;

    /**
     * {@code activeRuns}: how many runs the server has now, which sets how often this one reports;
     * {@code kernelThreads}: what this run's large products may use.
     */
    TrainingJob(PreparedExperiment experiment, TrainingObserver observer, Host host, IntSupplier activeRuns,
                TrainingMetrics metrics, int maxRunSeconds, KernelThreads kernelThreads, RunStart start) {
        this.experiment = experiment;
        this.training = experiment.newTraining(kernelThreads);
        this.schedule = experiment.schedule();
        this.plan = schedule.plan();
        this.buffer = new LossBuffer(experiment.config().iterations());
        this.testLoss = TestLoss.of(experiment);
        this.snapshots = Snapshots.of(training);
        this.observer = observer;
        this.host = host;
        this.activeRuns = activeRuns;
        this.metrics = metrics;
        this.maxRunNanos = maxRunSeconds * 1_000_000_000L;
        this.snapshotFits = ProgressBatch.snapshotFits(experiment.start().architecture());
        this.pace = start.iterationsPerSecond();
        this.paused = start.paused();
        this.stepsOwed.set(start.steps());
    }

    /** Asks the run to stop; it keeps what it learned and reports {@link End#STOPPED} at once or within one slice. */
    public void cancel() {
        training.cancel();
        if (phase.compareAndSet(Phase.PAUSED, Phase.DONE) || phase.compareAndSet(Phase.SLEEPING, Phase.DONE)) {
            finish();
        } else {
            wake(Phase.WAITING);
        }
    }

    /** Stops training after the iteration under way; everything is kept for {@link #resume()} or {@link #step(int)}. */
    public void pause() {
        paused = true;
        phase.compareAndSet(Phase.SLEEPING, Phase.PAUSED);
    }

    /** Goes on from where {@link #pause()} stopped, at the pace set: the same run, bit for bit, as without the pause. */
    public void resume() {
        stepsOwed.set(0);
        recount = true;
        paused = false;
        wake(Phase.PAUSED);
    }

    /** Trains exactly {@code iterations} more and pauses (a run going on pauses first). */
    public void step(int iterations) {
        paused = true;
        stepsOwed.addAndGet(iterations);
        if (!wake(Phase.PAUSED)) {
            wake(Phase.SLEEPING);
        }
    }

    /** Iterations a second from now on; {@link Double#POSITIVE_INFINITY}: as fast as it goes. */
    public void setPace(double iterationsPerSecond) {
        if (!(iterationsPerSecond > 0)) {
            throw new IllegalArgumentException("A pace must be above 0 iterations a second, not " + iterationsPerSecond);
        }
        pace = iterationsPerSecond;
        wake(Phase.SLEEPING);
    }

    /** The learning rate and L2 from the next iteration on; the run records the iteration where they took effect. */
    public void changeRates(double learningRate, double l2) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate) || !(l2 >= 0) || Double.isInfinite(l2)) {
            throw new IllegalArgumentException("Rates out of range: learning rate " + learningRate + ", L2 " + l2);
        }
        pendingRates.set(new double[] {learningRate, l2});
    }

    /** The run's rate changes: those applied so far, and the recorded ones still to come. */
    public List<RateChange> rateChanges() {
        return plan;
    }

    /**
     * The page saying whether anybody sees this run: false once it has gone without a word (a closed tab whose
     * last message was lost, a laptop asleep, a dropped network), true again when it is back. A run nobody sees
     * leaves the pool at its next slice (a paused one at once) and waits without using the CPU; it goes on as soon as
     * its page is back, and stops when it does not come back in time (see {@link TrainingService}).
     */
    public void setWatched(boolean watched) {
        this.watched = watched;
        if (watched) {
            wake(Phase.WAITING);
        } else if (phase.get() == Phase.PAUSED) {
            park(Phase.PAUSED);
        }
    }

    /** Whether the job's slices go to the lane of large runs: as estimated before it starts, then as measured. */
    boolean large() {
        return large;
    }

    /** The lane the job starts in, before its first slice is queued. */
    void startLarge(boolean large) {
        this.large = large;
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

    Phase phase() {
        return phase.get();
    }

    /**
     * Leaves the pool (or its pause) until the page is back. The page may have come back, or Stop been pressed, while
     * the job was on its way out: both would have found it elsewhere, so it looks once more.
     */
    private void park(Phase from) {
        long since = System.nanoTime();
        unwatchedSince = since;
        if (phase.compareAndSet(from, Phase.WAITING)) {
            host.parked(this, since);
            if (watched || training.finished()) {
                wake(Phase.WAITING);
            }
        }
    }

    /** Back to the pool from {@code from}, if the job is there; true if this call moved it. */
    private boolean wake(Phase from) {
        if (phase.compareAndSet(from, Phase.ACTIVE)) {
            host.schedule(this);
            return true;
        }
        return false;
    }

    /**
     * Leaves the pool to pause or sleep. Whatever would have kept it in the pool (Stop, Continue, a step, a new pace)
     * may have come while it was on its way out, so it looks once more.
     */
    private void idle(Phase to, long now) {
        idleSince = now;
        if (phase.compareAndSet(Phase.ACTIVE, to)) {
            boolean stay = to == Phase.PAUSED ? paused && stepsOwed.get() == 0 : !paused && pace == cadence.rate();
            if (training.finished() || !stay) {
                wake(to);
            }
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
        snapshots.end(training);
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

    /** The states the run keeps as it trains, for its page to replay any iteration: written here, read there. */
    public Snapshots snapshots() {
        return snapshots;
    }

    void runSlice() {
        if (phase.get() != Phase.ACTIVE) {
            return;
        }
        try {
            long sliceStart = System.nanoTime();
            if (idleSince != 0) {
                idleNanos += sliceStart - idleSince;
                idleSince = 0;
            }
            if (!training.finished() && !watched) {
                park(Phase.ACTIVE);
                return;
            }
            boolean first = startNanos == 0;
            if (first) {
                startNanos = sliceStart;
                lastPublishNanos = sliceStart;
            }
            if (paused) {
                train(stepsOwed.getAndSet(0), Long.MAX_VALUE);
                publish(System.nanoTime());
            } else if (Double.isFinite(pace)) {
                tick(sliceStart);
            } else {
                fullSpeed(sliceStart, first);
            }
            if (first) {
                metrics.firstProgress((System.nanoTime() - createdNanos) / 1e6);
            }
            next(sliceStart);
        } catch (Throwable e) {
            // Any error, not only exceptions: one escaping here would end the pool thread without a word, leave the
            // page saying "Training…" and keep the run's slot, so that browser could never train again
            fail("Training failed on the server: " + e.getClass().getSimpleName()
                    + ". The error was logged; try again or change the settings.", e);
        }
    }

    /** As fast as it goes, for a slice: until the slice is over, or the page pauses the run or sets a pace. */
    private void fullSpeed(long sliceStart, boolean first) {
        long sliceNanos = first ? Pacing.FIRST_SLICE_NANOS : Pacing.SLICE_NANOS;
        while (!training.finished() && !paused && Double.isInfinite(pace)
                && System.nanoTime() - sliceStart < sliceNanos) {
            train(Pacing.chunk(nanosPerIteration), sliceStart + sliceNanos);
        }
        long now = System.nanoTime();
        if (training.finished() || first || paused || now - lastPublishNanos >= Pacing.publishNanos(activeRuns.getAsInt())) {
            publish(now);
        }
    }

    /** A paced run's tick: the iterations due by now (at most a slice of them), then a report of where it stands. */
    private void tick(long now) {
        if (recount || pace != cadence.rate()) {
            recount = false;
            cadence.restart(pace, now, training.iterationsDone());
        }
        train(cadence.due(now, training.iterationsDone(), Pacing.pacedTickNanos(activeRuns.getAsInt())),
                now + Pacing.SLICE_NANOS);
        publish(System.nanoTime());
    }

    /**
     * Where the job goes after a slice: its outcome, the pool again, a pause, or a sleep until its next tick (a tick
     * after this one started, so that ticks do not drift by the time they take).
     */
    private void next(long sliceStart) {
        long now = System.nanoTime();
        if (training.finished()) {
            if (phase.compareAndSet(Phase.ACTIVE, Phase.DONE)) {
                finish();
            }
        } else if (paused) {
            if (stepsOwed.get() > 0) {
                host.schedule(this);
            } else {
                idle(Phase.PAUSED, now);
            }
        } else if (Double.isFinite(pace) && pace == cadence.rate()) {
            long wakeAt = Math.max(cadence.nextDueNanos(training.iterationsDone()),
                    sliceStart + Pacing.pacedTickNanos(activeRuns.getAsInt()));
            long ticket = sleeps.incrementAndGet();
            idle(Phase.SLEEPING, now);
            host.wakeAfter(Math.max(0, wakeAt - now), () -> {
                if (sleeps.get() == ticket) {
                    wake(Phase.SLEEPING);
                }
            });
        } else {
            host.schedule(this);
        }
    }

    /**
     * Trains up to {@code iterations} in chunks of about 2 ms, stopping at {@code deadline}; before each chunk the
     * rates asked for take effect (and are recorded), and the run's time limit is checked (paused and sleeping time
     * left out).
     */
    private void train(int iterations, long deadline) {
        int left = iterations;
        while (left > 0 && !training.finished() && System.nanoTime() < deadline) {
            double[] rates = pendingRates.getAndSet(null);
            if (rates != null) {
                schedule.change(training, rates[0], rates[1]);
                plan = schedule.plan();
            }
            long t0 = System.nanoTime();
            int ran = schedule.run(training, Math.min(left, Pacing.chunk(nanosPerIteration)), (iteration, loss) -> {
                buffer.add(iteration, loss, testLoss.at(iteration, training));
                snapshots.offer(iteration, training);
            }, null);
            long t1 = System.nanoTime();
            trainingNanos += t1 - t0;
            left -= ran;
            if (ran > 0) {
                nanosPerIteration = (double) (t1 - t0) / ran;
                large = LargeRuns.measuredLarge(large, nanosPerIteration);
            }
            if (t1 - startNanos - idleNanos > maxRunNanos && !training.finished()) {
                timeLimitHit = true;
                training.cancel();
            }
        }
    }

    private void publish(long now) {
        lastPublishNanos = now;
        double computed = trainingNanos > 0 ? training.iterationsDone() / (trainingNanos / 1e9) : 0;
        double speed = Double.isFinite(pace) ? Math.min(pace, computed) : computed;
        buffer.flush();
        observer.onProgress(new ProgressBatch(buffer.iterations(), buffer.losses(),
                testLoss.exists() ? buffer.testLosses() : null, training.iterationsDone(),
                training.config().iterations(), speed, now - startNanos,
                snapshotFits ? training.network() : null, plan));
        buffer.clear();
    }

    /** Reports how the run ended; called by whoever moved the job to DONE, once no slice can touch the training. */
    private void finish() {
        snapshots.end(training);
        Network network = training.network();
        double[][] predictions = network.predict(experiment.data().x());
        int done = training.iterationsDone();
        End end = Endings.of(training.stopReason(), timeLimitHit);
        report(new TrainingOutcome(end, Endings.message(end, done, training.config().iterations(),
                training.learningRate(), maxRunNanos), network, predictions, done, training.lastLoss(),
                testLoss.of(network)));
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
