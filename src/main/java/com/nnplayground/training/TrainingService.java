package com.nnplayground.training;

import com.nnplayground.experiment.NetworkSettings;
import com.nnplayground.experiment.PreparedExperiment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Runs trainings on a small bounded pool shared by every page. Each run trains in time slices and then
 * queues itself again, so that with more runs than threads every run keeps making progress (round robin)
 * instead of waiting behind a long one.
 */
@Service
public class TrainingService {
    private final ExecutorService executor;
    private final PlaygroundLimits limits;
    private final AtomicInteger activeRuns = new AtomicInteger();
    private final Map<Object, Integer> runsByOwner = new HashMap<>();
    /** Milliseconds from start() to a run's first progress batch, since the last drain: the server's share of "Train to first point". */
    private final List<Double> firstProgressMillis = new ArrayList<>();

    private final Executor delivery;

    public TrainingService(@Qualifier(TrainingExecutorConfiguration.EXECUTOR) ExecutorService executor,
                           @Qualifier(TrainingExecutorConfiguration.DELIVERY) Executor delivery,
                           PlaygroundLimits limits) {
        this.executor = executor;
        this.delivery = delivery;
        this.limits = limits;
    }

    /**
     * Starts a run; it reports through {@code observer} on a training thread.
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
        if (!acquire(owner)) {
            throw new TrainingRejectedException(limits.maxRunsPerSession() == 1
                    ? "Another tab of yours is training already. Stop it there first (one run at a time per browser)."
                    : "Your other tabs are training " + limits.maxRunsPerSession() + " networks already, the limit per browser.");
        }
        if (activeRuns.incrementAndGet() > limits.maxActiveRuns()) {
            activeRuns.decrementAndGet();
            release(owner);
            throw new TrainingRejectedException("The server is training " + limits.maxActiveRuns()
                    + " networks already, its limit. Try again in a moment.");
        }
        long startedAt = System.nanoTime();
        TrainingJob job = new TrainingJob(experiment, new OrderedDelivery(observer, delivery), this::schedule, limits.maxRunSeconds(),
                () -> recordFirstProgress((System.nanoTime() - startedAt) / 1e6), () -> {
            activeRuns.decrementAndGet();
            release(owner);
        }, activeRuns::get);
        schedule(job);
        return job;
    }

    private boolean acquire(Object owner) {
        synchronized (runsByOwner) {
            int runs = runsByOwner.getOrDefault(owner, 0);
            if (runs >= limits.maxRunsPerSession()) {
                return false;
            }
            runsByOwner.put(owner, runs + 1);
            return true;
        }
    }

    private void release(Object owner) {
        synchronized (runsByOwner) {
            runsByOwner.computeIfPresent(owner, (o, runs) -> runs <= 1 ? null : runs - 1);
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
