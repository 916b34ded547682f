package com.nnplayground.training;

import com.nnplayground.capacity.MemoryBudget;
import com.nnplayground.experiment.NetworkSettings;
import com.nnplayground.experiment.PreparedExperiment;
import java.util.ArrayList;
import java.util.List;
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
 * instead of waiting behind a long one.
 *
 * <p>A run whose page has gone without a word ({@link TrainingObserver#watched()} false: a closed tab whose last
 * message was lost, a laptop asleep, a dropped network) leaves the pool at its next slice and waits, looked at
 * every {@value #LOOK_AGAIN_MILLIS} ms: it goes on if the page comes back, and stops after
 * {@code maxUnwatchedSeconds}, or at once when the same browser starts another run.
 */
@Service
public class TrainingService {
    static final long LOOK_AGAIN_MILLIS = 250;
    private final ExecutorService executor;
    private final PlaygroundLimits limits;
    private final AtomicInteger activeRuns = new AtomicInteger();
    private final BrowserRuns browsers;
    /** Milliseconds from start() to a run's first progress batch, since the last drain: the server's share of "Train to first point". */
    private final List<Double> firstProgressMillis = new ArrayList<>();

    private final Executor delivery;
    private final Executor later;

    private final MemoryBudget memory;

    public TrainingService(ExecutorService executor, Executor delivery, PlaygroundLimits limits) {
        this(executor, delivery, limits, MemoryBudget.unbounded());
    }

    @Autowired
    public TrainingService(@Qualifier(TrainingExecutorConfiguration.EXECUTOR) ExecutorService executor,
                           @Qualifier(TrainingExecutorConfiguration.DELIVERY) Executor delivery,
                           PlaygroundLimits limits, MemoryBudget memory) {
        this.memory = memory;
        this.executor = executor;
        this.delivery = delivery;
        this.later = CompletableFuture.delayedExecutor(LOOK_AGAIN_MILLIS, TimeUnit.MILLISECONDS, delivery);
        this.limits = limits;
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
            held = RunMemory.reserve(memory, experiment, owner, observer);
            job = new TrainingJob(experiment, new OrderedDelivery(held, delivery), new Host(owner),
                    limits.maxRunSeconds());
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
            ended |= job.endUnwatched(0);
        }
        return ended;
    }

    private long unwatchedNanos() {
        return limits.maxUnwatchedSeconds() * 1_000_000_000L;
    }

    /** What a job of this owner needs of the service. */
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
        public void park(TrainingJob job) {
            later.execute(() -> {
                if (job.lookAgain(unwatchedNanos())) {
                    park(job);
                }
            });
        }

        @Override
        public void firstProgress(double millis) {
            recordFirstProgress(millis);
        }

        @Override
        public void ended(TrainingJob job) {
            activeRuns.decrementAndGet();
            browsers.release(owner, job);
        }

        @Override
        public int activeRuns() {
            return activeRuns.get();
        }
    }

    public int activeRuns() {
        return activeRuns.get();
    }

    /** The first-progress delays recorded since the last call, in milliseconds; clears them. */
    public List<Double> drainFirstProgressMillis() {
        synchronized (firstProgressMillis) {
            List<Double> drained = List.copyOf(firstProgressMillis);
            firstProgressMillis.clear();
            return drained;
        }
    }

    private void recordFirstProgress(double millis) {
        synchronized (firstProgressMillis) {
            if (firstProgressMillis.size() < 10_000) {
                firstProgressMillis.add(millis);
            }
        }
    }

    public PlaygroundLimits limits() {
        return limits;
    }

    private void schedule(TrainingJob job) {
        try {
            executor.execute(job.notStarted() ? new FirstSlice(job::runSlice) : job::runSlice);
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
