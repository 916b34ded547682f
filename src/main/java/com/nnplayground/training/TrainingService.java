package com.nnplayground.training;

import com.nnplayground.experiment.NetworkSettings;
import com.nnplayground.experiment.PreparedExperiment;
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

    public TrainingService(@Qualifier(TrainingExecutorConfiguration.EXECUTOR) ExecutorService executor,
                           PlaygroundLimits limits) {
        this.executor = executor;
        this.limits = limits;
    }

    /**
     * Starts a run; it reports through {@code observer} on a training thread.
     *
     * @throws TrainingRejectedException when the experiment is over a limit or the server is full
     */
    public TrainingJob start(PreparedExperiment experiment, TrainingObserver observer) {
        checkLimits(experiment);
        if (activeRuns.incrementAndGet() > limits.maxActiveRuns()) {
            activeRuns.decrementAndGet();
            throw new TrainingRejectedException("The server is training " + limits.maxActiveRuns()
                    + " networks already, its limit. Try again in a moment.");
        }
        TrainingJob job = new TrainingJob(experiment, observer, this::schedule, limits.maxRunSeconds(),
                activeRuns::decrementAndGet);
        schedule(job);
        return job;
    }

    public int activeRuns() {
        return activeRuns.get();
    }

    public PlaygroundLimits limits() {
        return limits;
    }

    private void schedule(TrainingJob job) {
        try {
            executor.execute(job::runSlice);
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
