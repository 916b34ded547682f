package com.nnplayground.training;

import com.nnplayground.capacity.MemoryBudget;
import com.nnplayground.engine.kernels.KernelThreads;
import com.nnplayground.experiment.NetworkSettings;
import com.nnplayground.experiment.PreparedExperiment;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Runs trainings on a small bounded pool shared by every page. Each run trains in time slices and then
 * queues itself again, so that with more runs than threads every run keeps making progress (round robin)
 * instead of waiting behind a long one. Runs whose one iteration takes longer than a slice take turns on a lane of
 * their own ({@link LargeRuns}), so that no small run waits a whole iteration of a large one.
 *
 * <p>A paced run trains what is due, reports it and leaves the pool until its next iterations are due (a timer queues
 * it again: no thread sleeps); a paused run leaves it until Continue or Step. Forty paced runs cost a few
 * milliseconds of the pool a second.
 *
 * <p>A run whose page says it has gone without a word ({@link TrainingJob#setWatched(boolean)}: a closed tab whose
 * last message was lost, a laptop asleep, a dropped network) leaves the pool at its next slice and waits without a
 * thread: it goes on as soon as the page says it is back, and stops after {@code maxUnwatchedSeconds}, or at once
 * when the same browser starts another run.
 */
@Service
public class TrainingService {
    private final ExecutorService executor;
    private final PlaygroundLimits limits;
    private final TrainingMetrics metrics;
    private final AtomicInteger activeRuns = new AtomicInteger();
    private final BrowserRuns browsers;

    private final Executor delivery;
    /** Runs a parked job's end, once its page has been away for {@code maxUnwatchedSeconds}. */
    private final Executor afterGrace;
    private final KernelThreads kernelThreads;

    private final MemoryBudget memory;
    private final LargeRuns largeRuns;

    /** Every run on {@code executor} (large ones too), its products on its own pool thread, no memory budget. */
    public TrainingService(ExecutorService executor, Executor delivery, PlaygroundLimits limits,
                           TrainingMetrics metrics) {
        this(executor, delivery, limits, metrics, KernelThreads.single(), MemoryBudget.unbounded());
    }

    /** Every run on {@code executor}, large ones too. */
    public TrainingService(ExecutorService executor, Executor delivery, PlaygroundLimits limits,
                           TrainingMetrics metrics, KernelThreads kernelThreads, MemoryBudget memory) {
        this(executor, new LargeRuns(executor, LargeRuns.DEFAULT_WORK), delivery, limits, metrics, kernelThreads,
                memory);
    }

    /**
     * {@code largeRunLane}: where runs whose iteration takes longer than a slice train
     * ({@code playground.training.large-run-threads}); {@code kernelThreads}: what one run's large products may use
     * ({@code playground.training.threads-per-run}); {@code memory}: what every run's network and data are held
     * against.
     */
    @Autowired
    public TrainingService(@Qualifier(TrainingExecutorConfiguration.EXECUTOR) ExecutorService executor,
                           @Qualifier(TrainingExecutorConfiguration.LARGE_RUNS) ExecutorService largeRunLane,
                           @Qualifier(TrainingExecutorConfiguration.DELIVERY) Executor delivery,
                           PlaygroundLimits limits, TrainingMetrics metrics, KernelThreads kernelThreads,
                           MemoryBudget memory) {
        this(executor, new LargeRuns(largeRunLane, LargeRuns.DEFAULT_WORK), delivery, limits, metrics,
                kernelThreads, memory);
    }

    TrainingService(ExecutorService executor, LargeRuns largeRuns, Executor delivery, PlaygroundLimits limits,
                    TrainingMetrics metrics, KernelThreads kernelThreads, MemoryBudget memory) {
        this.kernelThreads = kernelThreads;
        this.memory = memory;
        this.largeRuns = largeRuns;
        this.executor = executor;
        this.delivery = delivery;
        this.afterGrace = CompletableFuture.delayedExecutor(limits.maxUnwatchedSeconds(), TimeUnit.SECONDS, delivery);
        this.limits = limits;
        this.metrics = metrics;
        this.browsers = new BrowserRuns(limits.maxRunsPerSession());
    }

    /**
     * Starts a run; it reports through {@code observer} on a delivery thread.
     *
     * @throws TrainingRejectedException when the experiment is over a limit or the server is full
     */
    public TrainingJob start(PreparedExperiment experiment, TrainingObserver observer) {
        return start(experiment, observer, new Object());
    }

    /**
     * Starts a run for an owner (a browser session: all its tabs), which may have at most
     * {@code maxRunsPerSession} runs at once.
     */
    public TrainingJob start(PreparedExperiment experiment, TrainingObserver observer, Object owner) {
        return start(experiment, observer, owner, RunStart.atFullSpeed());
    }

    /**
     * Starts a run for an owner as {@code how} says: at a pace, or paused after a few steps. A paced or paused run
     * holds no pool thread while it waits.
     */
    public TrainingJob start(PreparedExperiment experiment, TrainingObserver observer, Object owner, RunStart how) {
        checkLimits(experiment);
        if (!browsers.acquire(owner) && !(endWaitingRunsOf(owner) && browsers.acquire(owner))) {
            throw new TrainingRejectedException(limits.maxRunsPerSession() == 1
                    ? "Another tab of yours is training already. Stop it there first (one run at a time per browser)."
                    : "Your other tabs are training " + limits.maxRunsPerSession() + " networks already, the limit per browser.");
        }
        if (activeRuns.incrementAndGet() > limits.maxActiveRuns()) {
            activeRuns.decrementAndGet();
            browsers.release(owner, null);
            throw new TrainingRejectedException("The server is training " + limits.maxActiveRuns()
                    + " networks already, its limit. Try again in a moment.");
        }
        TrainingJob job;
        RunMemory held = null;
        try {
            held = RunMemory.reserve(memory, experiment, kernelThreads.threads(), owner, observer);
            job = new TrainingJob(experiment, new OrderedDelivery(held, delivery), new Host(owner),
                    activeRuns::get, metrics, limits.maxRunSeconds(), kernelThreads, how);
            job.startLarge(largeRuns.startsLarge(experiment));
        } catch (RuntimeException | OutOfMemoryError e) {
            activeRuns.decrementAndGet();
            browsers.release(owner, null);
            RunMemory.release(held);
            throw e;
        }
        browsers.assign(owner, job);
        schedule(job);
        return job;
    }

    /** Ends the owner's runs that wait for a page that went away; true if any did. */
    private boolean endWaitingRunsOf(Object owner) {
        boolean ended = false;
        for (TrainingJob job : browsers.waiting(owner)) {
            ended |= job.endUnwatched();
        }
        return ended;
    }

    private long unwatchedNanos() {
        return limits.maxUnwatchedSeconds() * 1_000_000_000L;
    }

    /** What a job of this owner tells the service. */
    private final class Host implements TrainingJob.Host {
        private final Object owner;

        Host(Object owner) {
            this.owner = owner;
        }

        @Override
        public void schedule(TrainingJob job) {
            TrainingService.this.schedule(job);
        }

        @Override
        public void wakeAfter(long delayNanos, Runnable wake) {
            // The wake only queues a slice (a non-blocking offer), so it may run on the JDK's timer thread itself
            CompletableFuture.delayedExecutor(delayNanos, TimeUnit.NANOSECONDS, Runnable::run).execute(wake);
        }

        @Override
        public void parked(TrainingJob job, long since) {
            afterGrace.execute(() -> job.endUnwatched(since, unwatchedNanos()));
        }

        @Override
        public void ended(TrainingJob job) {
            activeRuns.decrementAndGet();
            browsers.release(owner, job);
        }
    }

    public int activeRuns() {
        return activeRuns.get();
    }

    private void schedule(TrainingJob job) {
        try {
            (job.large() ? largeRuns.lane() : executor).execute(job.notStarted() ? new FirstSlice(job::runSlice)
                    : job::runSlice);
        } catch (RejectedExecutionException e) {
            job.fail("The server is too busy to train right now. Try again in a moment.", e);
        }
    }

    private void checkLimits(PreparedExperiment experiment) {
        NetworkSettings network = experiment.experiment().network();
        if (network.hidden().size() > limits.maxHiddenLayers()) {
            throw new TrainingRejectedException("Hidden layers: " + network.hidden().size()
                    + " is over this server's limit of " + limits.maxHiddenLayers() + ".");
        }
        for (int i = 0; i < network.hidden().size(); i++) {
            if (network.hidden().get(i) > limits.maxNeuronsPerLayer()) {
                throw new TrainingRejectedException("Hidden layer " + (i + 1) + ": " + network.hidden().get(i)
                        + " neurons is over this server's limit of " + limits.maxNeuronsPerLayer() + ".");
            }
        }
        if (experiment.config().iterations() > limits.maxIterations()) {
            throw new TrainingRejectedException(String.format("Iterations: %,d is over this server's limit of %,d.",
                    experiment.config().iterations(), limits.maxIterations()));
        }
        if (experiment.data().x().length > limits.maxRows()) {
            throw new TrainingRejectedException(String.format("The dataset has %,d rows, over this server's limit of %,d.",
                    experiment.data().x().length, limits.maxRows()));
        }
    }
}
