package com.nnplayground.playground;

import com.nnplayground.experiment.PreparedExperiment;
import com.nnplayground.experiment.RateChange;
import com.nnplayground.training.ProgressBatch;
import com.nnplayground.training.TrainingJob;
import java.util.Optional;

/** The page's run: what it trains, its job on the server, and the rates the page last showed for it. */
final class PageRun {
    private final PreparedExperiment prepared;
    /** Set once the service took the run; read by a delivery thread when the page has gone. */
    private volatile TrainingJob job;
    private double shownRate;
    private double shownL2;

    PageRun(PreparedExperiment prepared) {
        this.prepared = prepared;
        this.shownRate = prepared.config().learningRate();
        this.shownL2 = prepared.config().l2();
    }

    PreparedExperiment prepared() {
        return prepared;
    }

    TrainingJob job() {
        return job;
    }

    void started(TrainingJob started) {
        this.job = started;
    }

    /** Safe from any thread. */
    void cancel() {
        TrainingJob j = job;
        if (j != null) {
            j.cancel();
        }
    }

    /**
     * The rates of the run's next iteration, when they differ from those the page last showed: a recorded change
     * reached, or one typed on the page taking effect (then they are what the field shows already).
     */
    Optional<double[]> ratesNow(ProgressBatch batch) {
        double rate = prepared.config().learningRate();
        double l2 = prepared.config().l2();
        for (RateChange c : batch.rateChanges()) {
            if (c.iteration() <= batch.iterationsDone() + 1) {
                rate = c.learningRate();
                l2 = c.l2();
            }
        }
        if (rate == shownRate && l2 == shownL2) {
            return Optional.empty();
        }
        shownRate = rate;
        shownL2 = l2;
        return Optional.of(new double[] {rate, l2});
    }
}
